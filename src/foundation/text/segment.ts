import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { normalizeText } from './normalize.ts';

/**
 * Chinese word segmentation with jieba (Rust, through N-API) and its bundled dictionary, plus our
 * medical terms as user words so that 心肌梗死, 对乙酰氨基酚 or 急性心梗 stay whole.
 * One segmenter per process, loaded on first use (~200 ms).
 */

let jieba: Jieba | undefined;
const added = new Set<string>();
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/**
 * Adds words to the segmenter's dictionary (normalised; only words with Chinese characters,
 * English is tokenised separately). Add them before indexing: segmentation of text indexed
 * earlier is not redone.
 */
export function addUserWords(words: Iterable<string>): number {
  const lines: string[] = [];
  for (const word of words) {
    const normalized = normalizeText(word).trim();
    if (normalized.length < 2 || !HAN.test(normalized) || /\s/.test(normalized) || added.has(normalized))
      continue;
    added.add(normalized);
    // A high frequency makes jieba prefer the whole term over its parts.
    lines.push(`${normalized} 50000 n`);
  }
  if (lines.length > 0) segmenter().loadDict(Buffer.from(`${lines.join('\n')}\n`));
  return lines.length;
}

/** Words of already-normalised text; search mode also yields the parts of long words (心肌梗死 → 心肌, 梗死, 心肌梗死). */
export function segmentForSearch(normalized: string): string[] {
  return segmenter().cutForSearch(normalized, true);
}

/** Words of already-normalised text, one segmentation (no overlapping parts). */
export function segment(normalized: string): string[] {
  return segmenter().cut(normalized, true);
}
