import type { DrugLookup, DrugMention } from '../../foundation/knowledge/drugs.ts';

/**
 * One drug-mention pass per text, shared by the dose and interaction detectors: the guard runs both
 * on the same output text one after the other, so the second asks for the mentions the first just
 * found. A one-entry cache keyed by the look-up and the text (strings compare by value; a text seen
 * again later is simply searched again).
 */
let last: { lookup: DrugLookup; text: string; mentions: DrugMention[] } | undefined;

export function drugMentions(lookup: DrugLookup, text: string): DrugMention[] {
  if (last && last.lookup === lookup && last.text === text) return last.mentions;
  const mentions = lookup.findMentions(text);
  last = { lookup, text, mentions };
  return mentions;
}
