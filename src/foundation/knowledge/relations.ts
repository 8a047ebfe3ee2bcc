import type { KnowledgeEntry } from './schema.ts';

/**
 * The typed edges of the knowledge graph, derived from entries. Node keys are "<kind>:<id>"
 * for entries and "<type>:<value>" for shared nodes (class:nsaid, department:心内科, level:emergency).
 */
export interface Relation {
  subject: string;
  predicate:
    | 'in_class'
    | 'interacts_with'
    | 'seen_in'
    | 'coded_as'
    | 'escalates_to'
    | 'concerns_system'
    | 'measured_in'
    | 'synonym_of';
  object: string;
  props: Record<string, unknown>;
}

export function entityKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/** "warfarin" → "drug:warfarin"; "class:nsaid" stays. */
function drugSide(side: string): string {
  return side.startsWith('class:') ? side : entityKey('drug', side);
}

export function relationsOf(entry: KnowledgeEntry): Relation[] {
  const self = entityKey(entry.kind, entry.id);
  switch (entry.kind) {
    case 'drug':
      return entry.classes.map((c) => ({
        subject: self,
        predicate: 'in_class',
        object: `class:${c}`,
        props: {},
      }));
    case 'interaction':
      return [
        {
          subject: drugSide(entry.a),
          predicate: 'interacts_with',
          object: drugSide(entry.b),
          props: { severity: entry.severity, interaction: entry.id },
        },
      ];
    case 'condition':
      return [
        {
          subject: self,
          predicate: 'seen_in',
          object: `department:${entry.department.zh}`,
          props: { en: entry.department.en },
        },
        ...(entry.icd10
          ? [{ subject: self, predicate: 'coded_as' as const, object: `icd10:${entry.icd10}`, props: {} }]
          : []),
      ];
    case 'redflag':
      return [
        {
          subject: self,
          predicate: 'escalates_to',
          object: `level:${entry.level}`,
          props: { cn_level: entry.cn_level, esi: entry.esi },
        },
        { subject: self, predicate: 'concerns_system', object: `system:${entry.system}`, props: {} },
      ];
    case 'lab':
      return [{ subject: self, predicate: 'measured_in', object: `specimen:${entry.specimen}`, props: {} }];
    case 'synonym':
      return [];
  }
}
