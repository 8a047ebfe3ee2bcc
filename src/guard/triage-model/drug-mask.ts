import { createHash } from 'node:crypto';
import type { DrugLookup } from '../../foundation/knowledge/drugs.ts';

/** What a drug name becomes before the model reads the text: one word, the same for every medicine. */
export const DRUG_TOKEN = ' xdrug ';
/**
 * What a long number becomes: an identity-card, phone or record number says nothing about urgency, yet
 * its digits hash into the same features as the readings that do ("BP 220/130", "sats 85"), and a message
 * that only gives one ("My ID number is 1101…") had read as an emergency. Same length as DRUG_TOKEN, so
 * the offset map below serves both.
 */
export const NUMBER_TOKEN = ' xnumb ';
/**
 * Seven or more digits, single spaces or hyphens allowed between them (13812345678, 943 476 5919), and the
 * word "number" itself: the model's character n-grams read "number" as "numb" (a stroke and cauda-equina
 * word), and "My ID number is …" alone had read as an emergency (p ≈ 0.9).
 */
const LONG_NUMBER = /\d(?:[ -]?\d){6,30}|\b[Nn]umbers?\b/g;

/**
 * Replaces every medicine the knowledge base names with one placeholder word (and every long number with
 * another, see NUMBER_TOKEN) before the emergency model reads a message. Without it the model learns that a name alone means an overdose (most labelled
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

interface Span {
  start: number;
  end: number;
  token: string;
}

export function drugMask(drugs: DrugLookup): DrugMask {
  /** The text with each span replaced by the placeholder, and where each placeholder landed. */
  const place = (text: string, spans: ReadonlyArray<Span>) => {
    const placed: Array<{ at: number; start: number; end: number }> = [];
    let masked = '';
    let from = 0;
    for (const s of spans) {
      masked += text.slice(from, s.start);
      placed.push({ at: masked.length, start: s.start, end: s.end });
      masked += s.token;
      from = s.end;
    }
    return { masked: masked + text.slice(from), placed };
  };
  /** Drug names and long numbers, in order; a number inside a name (rare) is left to the name. */
  const spansOf = (text: string): Span[] => {
    const names: Span[] = drugs.nameSpans(text).map((s) => ({ ...s, token: DRUG_TOKEN }));
    const numbers: Span[] = [];
    for (const m of text.matchAll(LONG_NUMBER)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!names.some((n) => n.start < end && start < n.end))
        numbers.push({ start, end, token: NUMBER_TOKEN });
    }
    return numbers.length ? [...names, ...numbers].sort((a, b) => a.start - b.start) : names;
  };
  const withOffsets = (text: string) => {
    const { masked, placed } = place(text, spansOf(text));
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
  // The scoring path: one search for names and numbers, and no offset map.
  const mask = (text: string): string => {
    const spans = spansOf(text);
    return spans.length ? place(text, spans).masked : text;
  };
  // The long-number rule is part of what a model was trained with, so it is in the digest too.
  const digest = createHash('sha256')
    .update(`${drugs.mentionNames.join('\n')}\n${LONG_NUMBER.source}`)
    .digest('hex');
  return Object.assign(mask, { digest, withOffsets });
}
