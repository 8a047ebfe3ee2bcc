import { mentions } from '../util/text.ts';

export interface Keywords {
  any?: string[];
  all?: string[];
  none?: string[];
}

/**
 * The offline judge: a criterion is met when any `any` term appears (case-insensitive), all
 * `all` terms appear and no `none` term appears. Undefined when the criterion has no keywords,
 * so the caller can say "ungraded" instead of guessing.
 */
export function keywordJudge(keywords: Keywords | undefined, text: string): boolean | undefined {
  if (!keywords) return undefined;
  const { any = [], all = [], none = [] } = keywords;
  if (any.length + all.length + none.length === 0) return undefined;
  if (any.length && !any.some((term) => mentions(text, term))) return false;
  if (!all.every((term) => mentions(text, term))) return false;
  if (none.some((term) => mentions(text, term))) return false;
  return true;
}
