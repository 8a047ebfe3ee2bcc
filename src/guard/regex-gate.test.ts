import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateOf, mayMatch, RegexGate, requiredStrings } from './regex-gate.ts';
import { RecognizerRegistry } from './registry.ts';

describe('requiredStrings', () => {
  it('reads the strings one of which every match contains, folded to lower case', () => {
    expect(requiredStrings(/(?:[Cc]ubicle|[Tt]rolley|Bay) \d{1,2}/)).toEqual([
      'cubicle ',
      'trolley ',
      'bay ',
    ]);
    expect(requiredStrings(/insurance|\bNHS\b/i)).toEqual(['insurance', 'nhs']);
    // A positive lookbehind's strings must be in the text too.
    expect(requiredStrings(/[号码](?<=(?:住院|门诊)[号码])/)).toEqual([
      '住院号',
      '住院码',
      '门诊号',
      '门诊码',
    ]);
    // An optional part may be absent; a repeated one is there at least once.
    expect(requiredStrings(/(?:ince|tarted)(?: in)? 19/)).toEqual([
      'ince in 19',
      'ince 19',
      'tarted in 19',
      'tarted 19',
    ]);
    expect(requiredStrings(/a*b+c?d/)).toEqual(['b']);
  });

  it('knows nothing when a match needs no particular string', () => {
    expect(requiredStrings(/\d{6}/)).toBeUndefined();
    expect(requiredStrings(/[^a]+/)).toBeUndefined();
    expect(requiredStrings(/(\w)\1/)).toBeUndefined();
    expect(requiredStrings(/x|\d/)).toBeUndefined();
  });

  it('does not rely on letters outside ASCII under the i flag (their case forms may fold differently)', () => {
    expect(requiredStrings(/Straße/i)).toEqual(['stra']);
    expect(requiredStrings(/é/i)).toBeUndefined();
  });
});

describe('RegexGate', () => {
  it('says a regex cannot match only when its strings are missing', () => {
    const gate = new RegexGate(/(?:Cubicle|Bay) \d/g);
    expect(gate.mayMatch('patient in bay 4')).toBe(true);
    expect(gate.mayMatch('BAY 4')).toBe(true);
    expect(gate.mayMatch('patient in bed 4')).toBe(false);
    expect(new RegexGate(/\d{6}/g).mayMatch('no digits')).toBe(true);
  });

  it('rules out a word whose pairs are all in the text but whose triples are not', () => {
    const gate = new RegexGate(/insurance/gi);
    // in, ns, su, ur, ra, an, nc, ce are all here, "insurance" is not.
    expect(gate.mayMatch('in nsu sur ura ran anc nce')).toBe(false);
    expect(gate.mayMatch('my INSURANCE card')).toBe(true);
  });

  it('answers each text afresh when texts alternate (a gate remembers only the last text)', () => {
    const gate = new RegexGate(/(?:Cubicle|Bay) \d/g);
    for (let i = 0; i < 3; i++) {
      expect(gate.mayMatch('patient in bay 4')).toBe(true);
      expect(gate.mayMatch('patient in bed 4')).toBe(false);
      expect(new RegexGate(/住院号/g).mayMatch('住院号：1')).toBe(true);
      expect(gate.mayMatch('bay 12')).toBe(true);
    }
  });

  it('is shared by regexes of the same source and flags only', () => {
    expect(gateOf(/ab(?:cd|ef)/g)).toBe(gateOf(/ab(?:cd|ef)/g));
    expect(gateOf(/ab(?:cd|ef)/g)).not.toBe(gateOf(/ab(?:cd|ef)/gi));
    expect(gateOf(/ab(?:cd|ef)/gi).mayMatch('ABEF')).toBe(true);
    expect(gateOf(/ab(?:cd|ef)/g).mayMatch('abcf abxd')).toBe(false);
  });

  it('is kept per regex for mayMatch', () => {
    const regex = /住院号[:：]\d+/g;
    expect(mayMatch(regex, '住院号：12345')).toBe(true);
    expect(mayMatch(regex, '门诊号：12345')).toBe(false);
  });

  it('never rules out a match on random text (property)', () => {
    const regexes = [
      /(?:Bed|Bay|Rm) ?\d{1,3}/gi,
      /住院号[:：]?\d+/g,
      /ab(?=c)d|e{2,}f/g,
      /K(?<=\bK)x/giu,
      /(?:abcab|bcabd|Ma(?:m|ry)) \d/gi,
    ];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aAbBcdeEfKkxyRmM住院号:：0123 \u212a') }), (text) => {
        for (const regex of regexes) {
          regex.lastIndex = 0;
          if (regex.test(text)) expect(new RegexGate(regex).mayMatch(text)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  // About a minute on a quiet machine (every regex on every labelled text it is ruled out for); the suite
  // runs files in parallel on two cores in CI, so it gets more than the default two minutes.
  it('never rules out a match of any recognizer regex on any labelled text', { timeout: 360_000 }, () => {
    const regexes = RecognizerRegistry.withDefaults().regexes();
    const gates = regexes.map((r) => new RegexGate(r));
    const texts = readdirSync('data/labelled')
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) =>
        readFileSync(`data/labelled/${f}`, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => (JSON.parse(l) as { text: string }).text),
      );
    expect(texts.length).toBeGreaterThan(10_000);
    let ruledOut = 0;
    const wrong: string[] = [];
    for (const text of texts)
      for (let i = 0; i < regexes.length; i++) {
        if (gates[i]!.mayMatch(text)) continue;
        ruledOut++;
        const regex = regexes[i]!;
        regex.lastIndex = 0;
        if (regex.test(text)) wrong.push(`${regex.source.slice(0, 60)} on ${text.slice(0, 30)}`);
      }
    expect(wrong).toEqual([]);
    // The gate earns its keep: most regexes are ruled out on most texts.
    expect(ruledOut / (texts.length * regexes.length)).toBeGreaterThan(0.3);
  });
});
