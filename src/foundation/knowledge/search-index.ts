import { YihengError } from '../errors.ts';
import type { Language } from '../text/language.ts';
import { normalizeText } from '../text/normalize.ts';
import { addUserWords } from '../text/segment.ts';
import { tokenizeNormalized } from '../text/tokenize.ts';
import { Bm25Index, type WeightedTerm } from './bm25.ts';
import type { Passage } from './passages.ts';
import { SynonymExpander, type TermGroup } from './synonyms.ts';

/**
 * Lexical retrieval over passages: our tokenizer (jieba + English stemming + normalisation),
 * synonym expansion at query time, BM25 ranking. Built in memory from the passages it is given;
 * building 50,000 passages takes a few seconds (npm run bench:kb).
 */

export const MAX_QUERY_CHARS = 2_000;
/** Synonyms count for half a typed word: they widen recall without outranking exact matches. */
const SYNONYM_WEIGHT = 0.5;
const TITLE_WEIGHT = 2;

export interface SearchOptions {
  /** Number of hits (1–100, default 5). */
  k?: number;
  /** Only passages of these collections. */
  collection?: string | readonly string[];
  /** Only passages in this language (and those with none recorded). */
  lang?: Language;
  /** Cut queries longer than MAX_QUERY_CHARS instead of refusing them (for long chat messages). */
  truncate?: boolean;
}

export interface SearchHit {
  passage: Passage;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** The query was cut to MAX_QUERY_CHARS. */
  truncated: boolean;
  /** Synonym groups that widened the query. */
  expandedWith: string[];
}

export interface IndexOptions {
  synonyms?: readonly TermGroup[];
  /** Terms the Chinese segmenter should keep whole. */
  userWords?: Iterable<string>;
}

export class KnowledgeIndex {
  private readonly bm25 = new Bm25Index();
  private readonly expander: SynonymExpander;
  private readonly collectionOf: Int32Array;
  private readonly collectionIds = new Map<string, number>();

  private constructor(
    readonly passages: readonly Passage[],
    options: IndexOptions,
  ) {
    const synonyms = options.synonyms ?? [];
    addUserWords([...(options.userWords ?? []), ...synonyms.flatMap((g) => g.terms)]);
    this.expander = new SynonymExpander(synonyms);
    this.collectionOf = new Int32Array(passages.length);
    passages.forEach((passage, doc) => {
      let id = this.collectionIds.get(passage.collection);
      if (id === undefined) {
        id = this.collectionIds.size;
        this.collectionIds.set(passage.collection, id);
      }
      this.collectionOf[doc] = id;
      const title = tokenizeNormalized(normalizeText(passage.title));
      const text = tokenizeNormalized(normalizeText(passage.text));
      const tokens = text.slice();
      for (let i = 1; i < TITLE_WEIGHT; i++) tokens.push(...title);
      this.bm25.add(tokens);
    });
  }

  static build(passages: readonly Passage[], options: IndexOptions = {}): KnowledgeIndex {
    return new KnowledgeIndex(passages, options);
  }

  get size(): number {
    return this.passages.length;
  }

  /** The weighted terms a query searches for: its own tokens, then synonym tokens at lower weight. */
  queryTerms(query: string): { terms: WeightedTerm[]; expandedWith: string[] } {
    const normalized = normalizeText(query);
    const weights = new Map<string, number>();
    for (const token of tokenizeNormalized(normalized)) weights.set(token, 1);
    const expansion = this.expander.expand(normalized);
    for (const term of expansion.terms) {
      for (const token of tokenizeNormalized(term))
        if (!weights.has(token)) weights.set(token, SYNONYM_WEIGHT);
    }
    return {
      terms: [...weights].map(([term, weight]) => ({ term, weight })),
      expandedWith: expansion.groups,
    };
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const k = options.k ?? 5;
    if (!Number.isInteger(k) || k < 1 || k > 100) {
      throw new YihengError(`k must be a whole number from 1 to 100 (got ${k})`, { code: 'kb_query' });
    }
    let text = query;
    let truncated = false;
    if (text.trim() === '') {
      throw new YihengError('the search query is empty', {
        hint: 'give some words to search for, e.g. yiheng kb search "胸痛 出汗"',
        code: 'kb_query',
      });
    }
    if (text.length > MAX_QUERY_CHARS) {
      if (!options.truncate) {
        throw new YihengError(
          `the search query is ${text.length} characters long; the limit is ${MAX_QUERY_CHARS}`,
          {
            hint: 'search with a few key words or a sentence, not a whole document',
            code: 'kb_query',
          },
        );
      }
      text = text.slice(0, MAX_QUERY_CHARS);
      truncated = true;
    }
    const { terms, expandedWith } = this.queryTerms(text);
    const accept = this.filter(options);
    const hits = this.bm25
      .search(terms, k, accept)
      .map(({ doc, score }) => ({ passage: this.passages[doc]!, score: Math.round(score * 1000) / 1000 }));
    return { hits, truncated, expandedWith };
  }

  /** Re-scores one passage (by position) for the given terms; for option scoring in the reference model. */
  scorePassage(doc: number, terms: readonly WeightedTerm[]): number {
    return this.bm25.scoreDoc(doc, terms);
  }

  /** Search returning passage positions, for callers that re-score. */
  searchDocs(
    terms: readonly WeightedTerm[],
    k: number,
    options: SearchOptions = {},
  ): Array<{ doc: number; score: number }> {
    return this.bm25.search(terms, k, this.filter(options));
  }

  /** A test for passage positions that applies the collection and language filters of the options. */
  filterFor(options: SearchOptions): ((doc: number) => boolean) | undefined {
    return this.filter(options);
  }

  termIdf(term: string): number {
    return this.bm25.termIdf(term);
  }

  private filter(options: SearchOptions): ((doc: number) => boolean) | undefined {
    const wanted = options.collection === undefined ? undefined : [options.collection].flat();
    const ids = wanted ? new Set(wanted.map((c) => this.collectionIds.get(c) ?? -1)) : undefined;
    const lang = options.lang;
    if (!ids && !lang) return undefined;
    return (doc) => {
      if (ids && !ids.has(this.collectionOf[doc]!)) return false;
      if (lang) {
        const passageLang = this.passages[doc]!.lang;
        if (passageLang && passageLang !== lang) return false;
      }
      return true;
    };
  }
}
