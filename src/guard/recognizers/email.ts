import { PatternRecognizer } from './pattern-recognizer.ts';

/** Email addresses. Bounded parts keep the regex linear on long runs of address characters. */
export const emailRecognizer = new PatternRecognizer({
  name: 'pii.email',
  type: 'EMAIL',
  patterns: [
    {
      name: 'email',
      regex:
        /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
      score: 0.95,
      prefilter: /@/,
    },
  ],
});
