import type { PiiType } from '../src/guard/finding.ts';
import { PatternRecognizer } from '../src/guard/recognizers/pattern-recognizer.ts';
import { RecognizerRegistry } from '../src/guard/registry.ts';

/** A naive baseline: bare regexes, no checksums, no context words, no names or addresses by cue. */
export const naiveRegistry = (): RecognizerRegistry =>
  new RecognizerRegistry(
    (
      [
        ['ID_CARD', /\d{17}[\dXx]/g],
        ['PHONE', /1[3-9]\d{9}|\d{3,4}-\d{7,8}/g],
        ['EMAIL', /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,30}/g],
        ['BANK_CARD', /\d{16,19}/g],
        ['DATE', /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?/g],
        ['URL', /https?:\/\/\S{1,200}/g],
        ['IP', /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/g],
        ['PERSON', /(?<=姓名[:：])[\u4e00-\u9fff]{2,3}/g],
      ] as Array<[PiiType, RegExp]>
    ).map(
      ([type, regex]) =>
        new PatternRecognizer({
          name: `naive.${type}`,
          type,
          patterns: [{ name: 'naive', regex, score: 0.6 }],
        }),
    ),
  );
