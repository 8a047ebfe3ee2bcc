import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from './aho-corasick.ts';
import { CompactAutomaton } from './compact-automaton.ts';

/** Every occurrence an automaton reports, in the order it reports them. */
function occurrences(
  automaton: { search(text: string, onMatch: (p: number, s: number, e: number) => void): void },
  text: string,
) {
  const found: Array<[number, number, number]> = [];
  automaton.search(text, (p, s, e) => found.push([p, s, e]));
  return found;
}

describe('CompactAutomaton', () => {
  it('finds every occurrence of every pattern, overlapping and nested, in order of end', () => {
    const automaton = new CompactAutomaton(['he', 'she', 'his', 'hers', '胸痛', '痛', 'aspirin']);
    expect(occurrences(automaton, 'ushers 胸痛 Aspirin aspirin')).toEqual([
      [1, 1, 4],
      [0, 2, 4],
      [3, 2, 6],
      [4, 7, 9],
      [5, 8, 9],
      [6, 18, 25],
    ]);
  });

  it('reports what the Map-based AhoCorasick reports, in the same order (property)', () => {
    const unit = fc.constantFrom(...'abcAB 胸痛痛x-');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit, maxLength: 5 }), { maxLength: 12 }),
        fc.string({ unit, maxLength: 60 }),
        (patterns, text) => {
          expect(occurrences(new CompactAutomaton(patterns), text)).toEqual(
            occurrences(new AhoCorasick(patterns), text),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
