import type { AnyItem } from '../suite/schema.ts';

/** One way of asking an item: as written ('' variant), perturbed, or a counterfactual. */
export interface Variant {
  /** '' for the item as written; `robustness:<kind>` or `fairness:base` / `fairness:<slot>=<value>`. */
  name: string;
  item: AnyItem;
  /** Turns the variant's answer key back into the original item's terms (option shuffles). */
  remapAnswerKey?: (key: string) => string;
  /** For fairness variants: the group this variant speaks for, per slot. */
  groups?: Array<{ slot: string; value: string }>;
}
