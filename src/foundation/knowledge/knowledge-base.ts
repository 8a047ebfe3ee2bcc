import { type BundledCollection, readBundledCollections } from './bundled.ts';
import { checkDailyDose, type DoseCheck } from './dose.ts';
import { DrugLookup } from './drugs.ts';
import { entryPassages, entryTerms, type Passage } from './passages.ts';
import { compileRedFlags, type RedFlagMatcher } from './redflags.ts';
import type {
  Condition,
  Drug,
  Interaction,
  KnowledgeCard,
  KnowledgeEntry,
  LabTest,
  RedFlag,
} from './schema.ts';
import { KnowledgeIndex, type SearchOptions, type SearchResult } from './search-index.ts';
import { termGroupsOf } from './synonyms.ts';

/**
 * The knowledge base in memory: structured entries (red flags, conditions, drugs, interactions,
 * labs, synonyms) and passages (entries written out, plus user documents). Matchers, look-ups and
 * the search index are built on first use and kept, so a process that only matches red flags
 * never loads the segmenter.
 */

export interface KnowledgeCollection {
  name: string;
  card?: KnowledgeCard | undefined;
  entries: readonly KnowledgeEntry[];
}

export class KnowledgeBase {
  readonly redFlagEntries: RedFlag[] = [];
  readonly conditions: Condition[] = [];
  readonly drugEntries: Drug[] = [];
  readonly interactionEntries: Interaction[] = [];
  readonly labs: LabTest[] = [];
  private readonly collections: readonly KnowledgeCollection[];
  private readonly documents: readonly Passage[];
  private redFlagMatcher: RedFlagMatcher | undefined;
  private drugLookup: DrugLookup | undefined;
  private searchIndex: KnowledgeIndex | undefined;

  constructor(collections: readonly KnowledgeCollection[], documents: readonly Passage[] = []) {
    this.collections = collections;
    this.documents = documents;
    for (const { entries } of collections) {
      for (const entry of entries) {
        if (entry.kind === 'redflag') this.redFlagEntries.push(entry);
        else if (entry.kind === 'condition') this.conditions.push(entry);
        else if (entry.kind === 'drug') this.drugEntries.push(entry);
        else if (entry.kind === 'interaction') this.interactionEntries.push(entry);
        else if (entry.kind === 'lab') this.labs.push(entry);
      }
    }
  }

  get redflags(): RedFlagMatcher {
    this.redFlagMatcher ??= compileRedFlags(this.redFlagEntries);
    return this.redFlagMatcher;
  }

  get drugs(): DrugLookup {
    this.drugLookup ??= new DrugLookup(this.drugEntries, this.interactionEntries);
    return this.drugLookup;
  }

  /** Every passage: entries written out in zh and en, then user documents. */
  passages(): Passage[] {
    const drugNames = new Map(this.drugEntries.map((d) => [d.id, d.name]));
    const passages: Passage[] = [];
    for (const collection of this.collections) {
      for (const entry of collection.entries) {
        passages.push(
          ...entryPassages(entry, { collection: collection.name, card: collection.card, drugNames }),
        );
      }
    }
    passages.push(...this.documents);
    return passages;
  }

  get index(): KnowledgeIndex {
    if (!this.searchIndex) {
      const entries = this.collections.flatMap((c) => c.entries);
      this.searchIndex = KnowledgeIndex.build(this.passages(), {
        synonyms: termGroupsOf(entries),
        userWords: entries.flatMap(entryTerms),
      });
    }
    return this.searchIndex;
  }

  search(query: string, options?: SearchOptions): SearchResult {
    return this.index.search(query, options);
  }

  checkDose(drug: string, route: string, daily: string): DoseCheck {
    return checkDailyDose(this.drugs, drug, route, daily);
  }
}

let bundled: KnowledgeBase | undefined;

/** The bundled knowledge (data/knowledge), read once per process. */
export function bundledKnowledge(): KnowledgeBase {
  bundled ??= new KnowledgeBase(readBundledCollections());
  return bundled;
}

export function knowledgeFromBundled(collections: readonly BundledCollection[]): KnowledgeBase {
  return new KnowledgeBase(collections);
}
