import { AhoCorasick, onWordBoundaries } from '../text/aho-corasick.ts';
import { normalizeText } from '../text/normalize.ts';
import type { KnowledgeEntry } from './schema.ts';

/**
 * Query-time synonym expansion: a query that says 心梗 also looks for 心肌梗死, myocardial
 * infarction and heart attack. Groups come from data/knowledge/synonyms.jsonl and from the names
 * and aliases of drugs, conditions and lab tests, so every alias a user may type leads to the
 * entry in both languages.
 */

export interface TermGroup {
  id: string;
  terms: string[];
}

export class SynonymExpander {
  private readonly automaton: AhoCorasick;
  private readonly patterns: string[] = [];
  private readonly patternGroups: number[][] = [];
  private readonly groups: Array<{ id: string; terms: string[] }> = [];

  constructor(groups: readonly TermGroup[]) {
    const index = new Map<string, number>();
    for (const group of groups) {
      const terms = [
        ...new Set(group.terms.map((t) => normalizeText(t).trim()).filter((t) => t.length >= 2)),
      ];
      if (terms.length < 2) continue;
      const g = this.groups.length;
      this.groups.push({ id: group.id, terms });
      for (const term of terms) {
        let p = index.get(term);
        if (p === undefined) {
          p = this.patterns.length;
          index.set(term, p);
          this.patterns.push(term);
          this.patternGroups.push([]);
        }
        this.patternGroups[p]!.push(g);
      }
    }
    this.automaton = new AhoCorasick(this.patterns);
  }

  get size(): number {
    return this.groups.length;
  }

  /** Groups whose terms occur in the (normalised) text, and the other terms of those groups. */
  expand(normalized: string): { groups: string[]; terms: string[] } {
    const found = new Set<number>();
    const present = new Set<string>();
    this.automaton.search(normalized, (p, start, end) => {
      const term = this.patterns[p]!;
      if (!onWordBoundaries(normalized, term, start, end)) return;
      present.add(term);
      for (const g of this.patternGroups[p]!) found.add(g);
    });
    const terms = new Set<string>();
    for (const g of [...found].sort((a, b) => a - b)) {
      for (const term of this.groups[g]!.terms) if (!present.has(term)) terms.add(term);
    }
    return { groups: [...found].sort((a, b) => a - b).map((g) => this.groups[g]!.id), terms: [...terms] };
  }
}

/** Synonym groups from entries: synonym groups as written, and the names with aliases of drugs, conditions and labs. */
export function termGroupsOf(entries: readonly KnowledgeEntry[]): TermGroup[] {
  const groups: TermGroup[] = [];
  for (const entry of entries) {
    switch (entry.kind) {
      case 'synonym':
        groups.push({ id: `synonym:${entry.id}`, terms: [...entry.terms.zh, ...entry.terms.en] });
        break;
      case 'drug':
      case 'condition':
      case 'lab':
        groups.push({
          id: `${entry.kind}:${entry.id}`,
          terms: [entry.name.zh, entry.name.en, ...entry.aliases.zh, ...entry.aliases.en],
        });
        break;
      default:
        break;
    }
  }
  return groups;
}
