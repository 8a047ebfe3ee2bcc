import type { KnowledgeBase } from '../../foundation/knowledge/knowledge-base.ts';
import type { Language } from '../../foundation/text/language.ts';
import { entityField, entityIn, fieldCoverage } from './entity-evidence.ts';
import type { MultipleChoice } from './multiple-choice.ts';

/**
 * Scores the options of a multiple-choice question against the knowledge base.
 * - When every option names a knowledge-base entity of one kind (all drugs, all conditions, all
 *   lab tests), each option is judged by its own record: the share of the stem's words found in
 *   the field the stem asks about (entity-evidence.ts). The lexical score breaks ties.
 * - Otherwise, lexically: for each option, the passages retrieved for the stem and the option
 *   together, scored by BM25 of the option's words × (1 + BM25 of the stem's words) on the same
 *   passage; the best passage wins.
 * Synonyms widen both (the index expands queries). No item, id or wording of any benchmark is
 * special-cased. We tried coverage-normalised and sentence-level variants; on the bundled suites
 * they were no better than this rule (see the model card), so the simple rule stays.
 */

export interface ScoredOption {
  option: { letter: string; text: string };
  score: number;
  /** The passage (index position) that gave the score, or -1. */
  doc: number;
}

const QUERY_CHARS = 1_000;

export function scoreOptions(kb: KnowledgeBase, mcq: MultipleChoice, lang: Language): ScoredOption[] {
  const lexical = lexicalScores(kb, mcq);
  const entities = mcq.options.map((o) => entityIn(kb, o.text));
  const kinds = new Set(entities.map((e) => e?.kind));
  if (entities.some((e) => !e) || kinds.size !== 1) return lexical;
  const stemTerms = kb.index.queryTerms(mcq.stem.slice(0, QUERY_CHARS)).terms;
  const maxLexical = Math.max(...lexical.map((l) => l.score), 0);
  return lexical.map((scored, i) => {
    const entity = entities[i]!;
    const coverage = fieldCoverage(kb, stemTerms, entity, entityField(entity, mcq.stem, lang));
    // Scaled below the smallest coverage difference that matters.
    const tie = maxLexical > 0 ? (0.01 * scored.score) / maxLexical : 0;
    const doc = entityDoc(kb, entity.entry.id, lang);
    return { option: scored.option, score: coverage + tie, doc: doc >= 0 ? doc : scored.doc };
  });
}

function lexicalScores(kb: KnowledgeBase, mcq: MultipleChoice): ScoredOption[] {
  const index = kb.index;
  const stemTerms = index.queryTerms(mcq.stem.slice(0, QUERY_CHARS)).terms;
  return mcq.options.map((option) => {
    const optionTerms = index.queryTerms(option.text.slice(0, QUERY_CHARS)).terms;
    // Evidence: passages that match the stem and the option together.
    let best = 0;
    let bestDoc = -1;
    for (const { doc } of index.searchDocs([...stemTerms, ...optionTerms], 10)) {
      const score = index.scorePassage(doc, optionTerms) * (1 + index.scorePassage(doc, stemTerms));
      if (score > best) {
        best = score;
        bestDoc = doc;
      }
    }
    return { option, score: best, doc: bestDoc };
  });
}

const docCache = new WeakMap<KnowledgeBase, Map<string, number>>();

/** Position of an entity's passage in the given language, or -1. */
function entityDoc(kb: KnowledgeBase, id: string, lang: Language): number {
  let cache = docCache.get(kb);
  if (!cache) {
    const built = new Map<string, number>();
    kb.index.passages.forEach((p, doc) => {
      if (p.entityId && p.lang) built.set(`${p.entityId}#${p.lang}`, doc);
    });
    docCache.set(kb, built);
    cache = built;
  }
  return cache.get(`${id}#${lang}`) ?? -1;
}
