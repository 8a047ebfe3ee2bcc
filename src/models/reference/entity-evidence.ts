import type { WeightedTerm } from '../../foundation/knowledge/bm25.ts';
import type { KnowledgeBase } from '../../foundation/knowledge/knowledge-base.ts';
import type { Condition, Drug, LabTest } from '../../foundation/knowledge/schema.ts';
import { AhoCorasick, onWordBoundaries } from '../../foundation/text/aho-corasick.ts';
import type { Language } from '../../foundation/text/language.ts';
import { normalizeText } from '../../foundation/text/normalize.ts';
import { tokenizeNormalized } from '../../foundation/text/tokenize.ts';

/**
 * Structured evidence for an option that names a knowledge-base entity — a drug, a condition or
 * a lab test: the option is judged by the entity's own record, and by the field the question
 * asks about (a drug's contraindications for "禁用于 / contraindicated", its pregnancy advice for
 * a pregnancy question, otherwise its indications; a condition's symptoms, department and
 * advice; a lab's ranges and meanings). The score is the idf-weighted share of the question's
 * words found in that field.
 */

export type Entity =
  | { kind: 'drug'; entry: Drug }
  | { kind: 'condition'; entry: Condition }
  | { kind: 'lab'; entry: LabTest };

interface EntityMatcher {
  automaton: AhoCorasick;
  patterns: string[];
  owners: Entity[];
}

const matchers = new WeakMap<KnowledgeBase, EntityMatcher>();

function entityMatcher(kb: KnowledgeBase): EntityMatcher {
  let matcher = matchers.get(kb);
  if (matcher) return matcher;
  const byName = new Map<string, Entity>();
  const add = (name: string, entity: Entity) => {
    const key = normalizeText(name.trim());
    // Two-letter Latin abbreviations ("AS", "MI") are too ambiguous inside option text.
    if (key.length < 2 || (!/[\u3400-\u9fff]/.test(key) && key.length < 3)) return;
    if (!byName.has(key)) byName.set(key, entity);
  };
  for (const entry of kb.drugEntries)
    for (const name of [entry.name.zh, entry.name.en, ...entry.aliases.zh, ...entry.aliases.en])
      add(name, { kind: 'drug', entry });
  for (const entry of kb.conditions)
    for (const name of [entry.name.zh, entry.name.en, ...entry.aliases.zh, ...entry.aliases.en])
      add(name, { kind: 'condition', entry });
  for (const entry of kb.labs)
    for (const name of [entry.name.zh, entry.name.en, ...entry.aliases.zh, ...entry.aliases.en])
      add(name, { kind: 'lab', entry });
  const patterns = [...byName.keys()];
  matcher = { automaton: new AhoCorasick(patterns), patterns, owners: patterns.map((p) => byName.get(p)!) };
  matchers.set(kb, matcher);
  return matcher;
}

/** The entity an option names: the longest name found in it, or undefined. */
export function entityIn(kb: KnowledgeBase, text: string): Entity | undefined {
  const normalized = normalizeText(text);
  const { automaton, patterns, owners } = entityMatcher(kb);
  let best: { length: number; entity: Entity } | undefined;
  automaton.search(normalized, (index, start, end) => {
    if (!onWordBoundaries(normalized, patterns[index]!, start, end)) return;
    if (!best || end - start > best.length) best = { length: end - start, entity: owners[index]! };
  });
  return best?.entity;
}

const CONTRA =
  /禁用|禁忌|不宜|不能用|慎用|不良反应|副作用|contraindicat|must not|should not be used|avoid|adverse|side effect/i;
const PREGNANT = /孕|妊娠|pregnan/i;
const LACTATION = /哺乳|母乳|breastfe|lactat/i;
const CHILD = /儿童|小儿|婴|幼|child|infant|paediatric|pediatric/i;
const ELDERLY = /老年|elderly|older/i;
const DOSE = /剂量|用量|最大量|极量|dose|dosage/i;

/** The text of the entity's record that the question is about, in the question's language. */
export function entityField(entity: Entity, stem: string, lang: Language): string {
  if (entity.kind === 'drug') {
    const d = entity.entry;
    if (PREGNANT.test(stem)) return d.pregnancy[lang];
    if (LACTATION.test(stem)) return d.lactation[lang];
    if (CONTRA.test(stem)) return `${d.contraindications[lang]} ${d.pregnancy[lang]}`;
    if (CHILD.test(stem) && !/适应|indicat/i.test(stem))
      return `${d.paediatric[lang]} ${d.indications[lang]}`;
    if (ELDERLY.test(stem)) return `${d.elderly[lang]} ${d.indications[lang]}`;
    if (DOSE.test(stem)) return `${d.adult_dose[lang]} ${d.indications[lang]}`;
    return `${d.indications[lang]} ${d.classes.join(' ')}`;
  }
  if (entity.kind === 'condition') {
    const c = entity.entry;
    return [
      c.name[lang],
      ...c.aliases[lang],
      ...c.symptoms[lang],
      c.department[lang],
      c.first_advice[lang],
      c.seek_care[lang],
    ].join(' ');
  }
  const l = entity.entry;
  return [l.name[lang], ...l.aliases[lang], l.high_means[lang], l.low_means[lang]].join(' ');
}

/** Idf-weighted share of the question's words (not the entity's own names) found in the field. */
export function fieldCoverage(
  kb: KnowledgeBase,
  stemTerms: readonly WeightedTerm[],
  entity: Entity,
  field: string,
): number {
  const index = kb.index;
  const own = new Set(
    [entity.entry.name.zh, entity.entry.name.en].flatMap((n) => tokenizeNormalized(normalizeText(n))),
  );
  const tokens = new Set(tokenizeNormalized(normalizeText(field)));
  let total = 0;
  let covered = 0;
  for (const t of stemTerms) {
    if (own.has(t.term)) continue;
    const w = t.weight * index.termIdf(t.term);
    total += w;
    if (tokens.has(t.term)) covered += w;
  }
  return total > 0 ? covered / total : 0;
}
