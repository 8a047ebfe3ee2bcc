import { onWordBoundaries } from '../text/aho-corasick.ts';
import { CompactAutomaton } from '../text/compact-automaton.ts';
import { normalizeText } from '../text/normalize.ts';
import type { Bilingual, Drug, Interaction } from './schema.ts';

/**
 * Drug names and interactions: resolves Chinese or English names, brand names and aliases to one
 * drug, finds drugs mentioned in free text, and lists every known interaction among a set of
 * drugs, expanding class-level entries (warfarin + class:nsaid covers ibuprofen, aspirin …).
 */

export type Severity = Interaction['severity'];
export const SEVERITY_RANK: Record<Severity, number> = {
  contraindicated: 4,
  major: 3,
  moderate: 2,
  minor: 1,
};

export interface FoundInteraction {
  id: string;
  /** The two drugs as the caller named them (resolved). */
  drugs: [DrugRef, DrugRef];
  severity: Severity;
  mechanism: Bilingual;
  effect: Bilingual;
  advice: Bilingual;
  /** Which sides matched through a class (e.g. "class:nsaid"), for the explanation. */
  via: string[];
  sources: string[];
}

export interface DrugRef {
  id: string;
  name: Bilingual;
  /** The name the caller used. */
  query: string;
}

export interface UnknownDrug {
  query: string;
  suggestions: string[];
}

export interface InteractionReport {
  drugs: DrugRef[];
  unknown: UnknownDrug[];
  interactions: FoundInteraction[];
}

export interface DrugMention {
  drug: Drug;
  start: number;
  end: number;
  text: string;
}

export class DrugLookup {
  private readonly byName = new Map<string, Drug>();
  private readonly byKey = new Map<string, Interaction[]>();
  private readonly names: string[] = [];
  private readonly nameOwners: Drug[] = [];
  private mentionAutomaton: CompactAutomaton | undefined;
  private lastSpans:
    | { text: string; spans: ReadonlyArray<{ index: number; start: number; end: number }> }
    | undefined;
  readonly drugs: readonly Drug[];

  constructor(drugs: readonly Drug[], interactions: readonly Interaction[]) {
    this.drugs = drugs;
    for (const drug of drugs) {
      for (const name of [drug.id, drug.name.zh, drug.name.en, ...drug.aliases.zh, ...drug.aliases.en]) {
        const key = nameKey(name);
        if (!key) continue;
        // The first drug to claim a name keeps it: aliases never override a main name.
        if (!this.byName.has(key)) {
          this.byName.set(key, drug);
          if (key.length >= 2)
            for (const form of searchForms(name)) {
              this.names.push(form);
              this.nameOwners.push(drug);
            }
        }
      }
    }
    for (const interaction of interactions) {
      for (const side of new Set([interaction.a, interaction.b])) {
        const list = this.byKey.get(side) ?? [];
        list.push(interaction);
        this.byKey.set(side, list);
      }
    }
  }

  resolve(name: string): Drug | undefined {
    return this.byName.get(nameKey(name));
  }

  /** Close names for a name we do not know, for "did you mean". */
  suggest(name: string, limit = 3): string[] {
    const key = nameKey(name);
    if (!key) return [];
    const scored: Array<[number, string]> = [];
    for (const drug of this.drugs) {
      let best = Number.POSITIVE_INFINITY;
      for (const candidate of [drug.name.zh, drug.name.en, ...drug.aliases.zh, ...drug.aliases.en]) {
        const distance = editDistance(key, nameKey(candidate), 3);
        best = Math.min(best, distance);
        if (key.length >= 3 && nameKey(candidate).includes(key)) best = Math.min(best, 1);
      }
      if (best <= Math.max(1, Math.floor(key.length / 3)))
        scored.push([best, `${drug.name.en} (${drug.name.zh})`]);
    }
    return scored
      .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))
      .slice(0, limit)
      .map(([, label]) => label);
  }

  /** Every known interaction among the named drugs; unknown names are listed, the rest still checked. */
  interactions(queries: readonly string[]): InteractionReport {
    const resolved: Array<{ drug: Drug; ref: DrugRef }> = [];
    const unknown: UnknownDrug[] = [];
    for (const query of queries) {
      const drug = this.resolve(query);
      if (!drug) {
        unknown.push({ query, suggestions: this.suggest(query) });
        continue;
      }
      if (resolved.some((r) => r.drug.id === drug.id)) continue;
      resolved.push({ drug, ref: { id: drug.id, name: drug.name, query } });
    }
    const found: FoundInteraction[] = [];
    for (let i = 0; i < resolved.length; i++) {
      for (let j = i + 1; j < resolved.length; j++) {
        found.push(...this.between(resolved[i]!, resolved[j]!));
      }
    }
    found.sort((x, y) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || x.id.localeCompare(y.id));
    return { drugs: resolved.map((r) => r.ref), unknown, interactions: found };
  }

  private between(x: { drug: Drug; ref: DrugRef }, y: { drug: Drug; ref: DrugRef }): FoundInteraction[] {
    const keysX = keysOf(x.drug);
    const keysY = keysOf(y.drug);
    const seen = new Set<string>();
    const result: FoundInteraction[] = [];
    for (const key of keysX) {
      for (const interaction of this.byKey.get(key) ?? []) {
        if (seen.has(interaction.id)) continue;
        const other = interaction.a === key ? interaction.b : interaction.a;
        const matches =
          (interaction.a === key && keysY.has(interaction.b)) ||
          (interaction.b === key && keysY.has(interaction.a));
        if (!matches) continue;
        seen.add(interaction.id);
        result.push({
          id: interaction.id,
          drugs: [x.ref, y.ref],
          severity: interaction.severity,
          mechanism: interaction.mechanism,
          effect: interaction.effect,
          advice: interaction.advice,
          via: [key, other].filter((k) => k.startsWith('class:')),
          sources: interaction.sources,
        });
      }
    }
    return result;
  }

  /** Drugs named in free text (zh or en names and aliases), first occurrence each, in text order. */
  findMentions(text: string): DrugMention[] {
    const seen = new Set<string>();
    return this.everyMention(text).filter((m) => !seen.has(m.drug.id) && seen.add(m.drug.id));
  }

  /** Every drug name in free text, each occurrence (a dose may follow the second naming), in text order. */
  everyMention(text: string): DrugMention[] {
    return this.nameSpans(text).map((span) => ({
      drug: this.nameOwners[span.index]!,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
    }));
  }

  /**
   * Every drug name in the text, not overlapping (the longest wins: 阿司匹林肠溶片 over 阿司匹林), in order.
   * The last text's answer is kept: the guard asks for the same text several times in a row (the dose
   * and interaction checks on an answer, the emergency model's drug mask on a message).
   */
  nameSpans(text: string): ReadonlyArray<{ index: number; start: number; end: number }> {
    if (this.lastSpans && this.lastSpans.text === text) return this.lastSpans.spans;
    const spans = this.findNameSpans(text);
    this.lastSpans = { text, spans };
    return spans;
  }

  private findNameSpans(text: string): ReadonlyArray<{ index: number; start: number; end: number }> {
    this.mentionAutomaton ??= new CompactAutomaton(this.names);
    const normalized = normalizeText(text);
    const hits: Array<{ index: number; start: number; end: number }> = [];
    this.mentionAutomaton.search(normalized, (index, start, end) => {
      if (onWordBoundaries(normalized, this.names[index]!, start, end)) hits.push({ index, start, end });
    });
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const spans: typeof hits = [];
    let coveredTo = -1;
    for (const hit of hits) {
      if (hit.start < coveredTo) continue;
      coveredTo = hit.end;
      spans.push(hit);
    }
    return spans;
  }

  /** Every name the look-up finds in text, in a stable order (what a model that masks drug names depends on). */
  get mentionNames(): readonly string[] {
    return this.names;
  }
}

function keysOf(drug: Drug): Set<string> {
  return new Set([drug.id, ...drug.classes.map((c) => `class:${c}`)]);
}

/** A name's words: normalised, split at spaces, hyphens, underscores and middle dots. */
const nameWords = (name: string): string[] =>
  normalizeText(name)
    .split(/[\s\-_·•]+/)
    .filter(Boolean);

/**
 * The forms a name is searched for in free text. The comparison key drops spaces and hyphens, but a text
 * keeps them, so a name of several words ("potassium chloride", "co-amoxiclav", "MS Contin") is searched
 * spaced, hyphenated and joined; a one-word name is its key.
 */
function searchForms(name: string): string[] {
  const words = nameWords(name);
  return [...new Set([words.join(' '), words.join('-'), words.join('')])];
}

/** Name comparison key: normalised, spaces and hyphens ignored ("co-codamol" = "cocodamol"). */
export function nameKey(name: string): string {
  return nameWords(name).join('');
}

/** Levenshtein distance, stopping early past `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
