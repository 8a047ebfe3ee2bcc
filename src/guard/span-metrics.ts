/**
 * Precision, recall and F1 of predicted spans against gold spans, per type, under two matching
 * rules: exact (same start, end and type) and overlap (same type, any shared character). Each gold
 * span matches at most one prediction, so duplicates count as false positives.
 */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type MatchRule = 'exact' | 'overlap';

const matches = (rule: MatchRule, g: TypedSpan, p: TypedSpan) =>
  g.type === p.type &&
  (rule === 'exact' ? g.start === p.start && g.end === p.end : g.start < p.end && p.start < g.end);

/** Adds one document's counts into `into` (keyed by type). */
export function countDocument(
  gold: readonly TypedSpan[],
  predicted: readonly TypedSpan[],
  rule: MatchRule,
  into: Map<string, Counts>,
): void {
  const at = (type: string) => {
    let c = into.get(type);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      into.set(type, c);
    }
    return c;
  };
  const used = new Set<number>();
  for (const g of gold) {
    const index = predicted.findIndex((p, i) => !used.has(i) && matches(rule, g, p));
    if (index >= 0) {
      used.add(index);
      at(g.type).tp++;
    } else at(g.type).fn++;
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) at(p.type).fp++;
  });
}

export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function total(counts: Map<string, Counts>): Counts {
  const sum: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts.values()) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
  return sum;
}
