import { createHash } from 'node:crypto';
import type { DrugLookup } from '../../foundation/knowledge/drugs.ts';

/** What a drug name becomes before the model reads the text: one word, the same for every medicine. */
export const DRUG_TOKEN = ' xdrug ';

/**
 * Replaces every medicine the knowledge base names with one placeholder word before the emergency model
 * reads a message. Without it the model learns that a name alone means an overdose (most labelled
 * messages naming paracetamol are overdoses), and "can I take paracetamol for a mild headache?" reads
 * as an emergency; with it, the model weighs what was done with the medicine ("took 30 xdrug").
 */
export interface DrugMask {
  (text: string): string;
  /** SHA-256 of the names masked: a model must be used with the names it was trained with. */
  readonly digest: string;
  /**
   * The masked text and a map from its offsets back to the original's (an offset inside a placeholder
   * maps to the start of the name it replaced, or its end for an end offset), for explanations.
   */
  withOffsets(text: string): { masked: string; original: (offset: number, isEnd: boolean) => number };
}

export function drugMask(drugs: DrugLookup): DrugMask {
  /** The text with each span replaced by the placeholder, and where each placeholder landed. */
  const place = (text: string, spans: ReadonlyArray<{ start: number; end: number }>) => {
    const placed: Array<{ at: number; start: number; end: number }> = [];
    let masked = '';
    let from = 0;
    for (const s of spans) {
      masked += text.slice(from, s.start);
      placed.push({ at: masked.length, start: s.start, end: s.end });
      masked += DRUG_TOKEN;
      from = s.end;
    }
    return { masked: masked + text.slice(from), placed };
  };
  const withOffsets = (text: string) => {
    const { masked, placed } = place(text, drugs.nameSpans(text));
    const original = (offset: number, isEnd: boolean): number => {
      let shift = 0;
      for (const p of placed) {
        if (offset < p.at) break;
        if (offset < p.at + DRUG_TOKEN.length || (isEnd && offset === p.at + DRUG_TOKEN.length))
          return isEnd ? p.end : p.start;
        shift = p.end - (p.at + DRUG_TOKEN.length);
      }
      return offset + shift;
    };
    return { masked, original };
  };
  // The scoring path: one search for names, and no offset map.
  const mask = (text: string): string => {
    const spans = drugs.nameSpans(text);
    return spans.length ? place(text, spans).masked : text;
  };
  const digest = createHash('sha256').update(drugs.mentionNames.join('\n')).digest('hex');
  return Object.assign(mask, { digest, withOffsets });
}
