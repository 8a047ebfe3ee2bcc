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
    {
      // A bare domain with a path ("share.example.com/u/brooke_h"): the path makes it a page someone
      // was sent to, not a company name in passing. Common top-level domains only.
      name: 'bare-domain-path',
      regex:
        /(?<![A-Za-z0-9@./-])(?:[A-Za-z0-9-]{1,63}\.){1,4}(?:com|org|net|edu|gov|io|co|me|app|info|health|au|uk|ca|nz|sg|my|hk|cn|de|fr|ie|in|us)\/[^\s<>"'`()[\]{}，。；！？、（）【】“”‘’《》\u3400-\u9fff]{0,2046}[^\s<>"'`()[\]{}，。；！？、（）【】“”‘’《》\u3400-\u9fff.,;:!?]/g,
      score: 0.8,
      prefilter:
        /\/(?<=\.(?:com|org|net|edu|gov|io|co|me|app|info|health|au|uk|ca|nz|sg|my|hk|cn|de|fr|ie|in|us)\/)/,
    },
  ],
});
