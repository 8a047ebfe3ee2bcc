import { describe, expect, it } from 'vitest';
import { loadBundledGuardKnowledge } from '../knowledge.ts';
import { DRUG_TOKEN, drugMask } from './drug-mask.ts';

const mask = drugMask(loadBundledGuardKnowledge().drugs!);

describe('drug mask', () => {
  it('replaces every named medicine, in either language, with one placeholder word', () => {
    expect(mask('Took 20 paracetamol and some Tylenol')).toBe(`Took 20 ${DRUG_TOKEN} and some ${DRUG_TOKEN}`);
    expect(mask('吃了布洛芬和对乙酰氨基酚')).toBe(`吃了${DRUG_TOKEN}和${DRUG_TOKEN}`);
    expect(mask('no medicines here')).toBe('no medicines here');
  });

  it('maps offsets in the masked text back to the original', () => {
    const text = 'I took 20 paracetamol at 9am';
    const { masked, original } = mask.withOffsets(text);
    const token = masked.indexOf('xdrug');
    expect(text.slice(original(token, false), original(token + 5, true))).toBe('paracetamol');
    const nine = masked.indexOf('9am');
    expect(text.slice(original(nine, false), original(nine + 3, true))).toBe('9am');
    expect(original(0, false)).toBe(0);
  });

  it('has a digest that names the list of drug names', () => {
    expect(mask.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(drugMask(loadBundledGuardKnowledge().drugs!).digest).toBe(mask.digest);
  });
});
