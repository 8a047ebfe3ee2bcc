import { PatternRecognizer } from './pattern-recognizer.ts';

/**
 * Web addresses. Every URL in clinical text is treated as identifying (query strings and paths
 * often carry record numbers or names); trailing punctuation is not part of the URL.
 */
export const urlRecognizer = new PatternRecognizer({
  name: 'pii.url',
  type: 'URL',
  patterns: [
    {
      name: 'url',
      regex:
        /(?<![A-Za-z0-9@])(?:https?:\/\/|www\.)[^\s<>"'`()[\]{}，。；！？、（）【】“”‘’《》\u3400-\u9fff]{0,2046}[^\s<>"'`()[\]{}，。；！？、（）【】“”‘’《》\u3400-\u9fff.,;:!?]/g,
      score: 0.85,
      prefilter: /:\/\/|www\./i,
    },
  ],
});
