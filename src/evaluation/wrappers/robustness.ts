import type { AnyItem, McqItem } from '../suite/schema.ts';
import type { TaskKind } from '../tasks/task-kind.ts';
import { seededRandom, seedFrom, shuffled } from '../util/random.ts';
import { TEXT_PERTURBATIONS } from './perturbations.ts';
import type { Variant } from './variant.ts';

/**
 * The robustness wrapper: each item is also asked perturbed (typos, width, script, synonyms,
 * distractor, and for multiple choice an option-order shuffle with the answer remapped).
 * Reports compare each variant's answer with the clean one (consistency) and its accuracy
 * with the clean accuracy (drop).
 */
export function robustnessVariants(kind: TaskKind, item: AnyItem, seed: number): Variant[] {
  const variants: Variant[] = [];
  const text = kind.mainText.get(item as never);
  for (const [name, perturb] of Object.entries(TEXT_PERTURBATIONS)) {
    const random = seededRandom(seedFrom(seed, item.id, name));
    const changed = perturb(text, item.lang, random);
    if (changed !== undefined)
      variants.push({ name: `robustness:${name}`, item: kind.mainText.set(item as never, changed) });
  }
  if (kind.type === 'mcq') {
    const shuffle = shuffleOptions(item as McqItem, seedFrom(seed, item.id, 'shuffle'));
    if (shuffle) variants.push(shuffle);
  }
  return variants;
}

/** Reorders the options, remaps the answer, and maps the model's letters back for comparison. */
export function shuffleOptions(item: McqItem, seed: number): Variant | undefined {
  const letters = Object.keys(item.options).sort();
  if (letters.length < 2) return undefined;
  const random = seededRandom(seed);
  let order = shuffled(letters, random);
  // A shuffle that leaves every option in place tests nothing; rotate instead.
  if (order.every((l, i) => l === letters[i])) order = [...letters.slice(1), letters[0]!];
  // New letter letters[i] now shows the old option order[i].
  const newToOld = new Map(letters.map((l, i) => [l, order[i]!]));
  const oldToNew = new Map(letters.map((l, i) => [order[i]!, l]));
  const options = Object.fromEntries(letters.map((l) => [l, item.options[newToOld.get(l)!]!]));
  const answer = Array.isArray(item.answer)
    ? item.answer.map((a) => oldToNew.get(a)!).sort()
    : oldToNew.get(item.answer)!;
  return {
    name: 'robustness:shuffle',
    item: { ...item, options, answer },
    remapAnswerKey: (key) =>
      key === 'unparseable'
        ? key
        : [...key]
            .map((l) => newToOld.get(l) ?? l)
            .sort()
            .join(''),
  };
}
