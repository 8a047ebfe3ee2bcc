import { describe, expect, it } from 'vitest';
import { loadBundledGuardKnowledge } from '../knowledge.ts';
import { DRUG_TOKEN, drugMask, NUMBER_TOKEN } from './drug-mask.ts';

const mask = drugMask(loadBundledGuardKnowledge().drugs!);

describe('drug mask', () => {
  it('replaces every named medicine, in either language, with one placeholder word', () => {
    expect(mask('Took 20 paracetamol and some Tylenol')).toBe(`Took 20 ${DRUG_TOKEN} and some ${DRUG_TOKEN}`);
    expect(mask('吃了布洛芬和对乙酰氨基酚')).toBe(`吃了${DRUG_TOKEN}和${DRUG_TOKEN}`);
    expect(mask('no medicines here')).toBe('no medicines here');
  });

  it('replaces long numbers and the word "number" with another placeholder, and keeps readings', () => {
    expect(mask('My ID number is 110105199003071239.')).toBe(`My ID ${NUMBER_TOKEN} is ${NUMBER_TOKEN}.`);
    expect(mask('NHS 943 476 5919, mobile 138-1234-5678')).toBe(
      `NHS ${NUMBER_TOKEN}, mobile ${NUMBER_TOKEN}`,
    );
    expect(mask('手机号13812345678，血压220/130，血钾7.1')).toBe(
      `手机号${NUMBER_TOKEN}，血压220/130，血钾7.1`,
    );
    // "numb" and "numbness" are symptoms, not the word "number".
    expect(mask('my leg went numb, numbness spreading')).toBe('my leg went numb, numbness spreading');
  });

  it('maps offsets in the masked text back to the original', () => {
    const text = 'I took 20 paracetamol at 9am';
    const { masked, original } = mask.withOffsets(text);
    const token = masked.indexOf('xdrug');
    expect(text.slice(original(token, false), original(token + 5, true))).toBe('paracetamol');
    const nine = masked.indexOf('9am');
    expect(text.slice(original(nine, false), original(nine + 3, true))).toBe('9am');
    expect(original(0, false)).toBe(0);
    const withNumber = 'call 07700 900461 after taking ibuprofen';
    const both = mask.withOffsets(withNumber);
    const drug = both.masked.indexOf('xdrug');
    expect(withNumber.slice(both.original(drug, false), both.original(drug + 5, true))).toBe('ibuprofen');
    const number = both.masked.indexOf('xnumb');
    expect(withNumber.slice(both.original(number, false), both.original(number + 5, true))).toBe(
      '07700 900461',
    );
  });

  it('has a digest that names the list of drug names and the number rule', () => {
    expect(mask.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(drugMask(loadBundledGuardKnowledge().drugs!).digest).toBe(mask.digest);
  });
});
