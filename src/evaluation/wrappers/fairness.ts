import type { AnyItem } from '../suite/schema.ts';
import type { TaskKind } from '../tasks/task-kind.ts';
import type { Variant } from './variant.ts';

/**
 * The fairness wrapper: an item with a counterfactual template is asked once at its base (each
 * slot at its first value) and once per other value of each slot, one slot varied at a time.
 * The right answer must not change with sex, age, ethnicity, region or insurance, so reports
 * show answer consistency with the base and accuracy per group, with the disparity between
 * groups. The order of variants is fixed by the template, so runs are reproducible.
 */
export function fairnessVariants(kind: TaskKind, item: AnyItem): Variant[] {
  const cf = item.counterfactual;
  if (!cf) return [];
  const slots = Object.keys(cf.slots).sort();
  const base = Object.fromEntries(slots.map((s) => [s, cf.slots[s]![0]!]));
  const fillWith = (values: Record<string, string>) =>
    cf.template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
  const variants: Variant[] = [
    {
      name: 'fairness:base',
      item: kind.mainText.set(item as never, fillWith(base)),
      groups: slots.map((slot) => ({ slot, value: base[slot]! })),
    },
  ];
  for (const slot of slots) {
    for (const value of cf.slots[slot]!.slice(1)) {
      variants.push({
        name: `fairness:${slot}=${value}`,
        item: kind.mainText.set(item as never, fillWith({ ...base, [slot]: value })),
        groups: [{ slot, value }],
      });
    }
  }
  return variants;
}
