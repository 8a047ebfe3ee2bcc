import { createReadStream } from 'node:fs';
import type { LoadedSuite, LoadedTask } from '../suite/load-suite.ts';
import type { ReadItemsOptions } from '../suite/read-items.ts';
import { seedFrom } from '../util/random.ts';

/** Which items of which tasks a run asks: everything, or a deterministic stratified subset. */
export interface RunPlan {
  tasks: Array<{ task: LoadedTask; only?: Set<string> }>;
  /** Items to run (exact with a subset, counted from non-empty lines otherwise). */
  total: number;
}

const itemKey = (taskKey: string, itemId: string) => `${taskKey}\u0000${itemId}`;

/**
 * A subset of `limit` items, stratified by task, language and subject so a small run still
 * covers every part of the suite in proportion; which items within a stratum is fixed by the
 * seed. Reads item ids only (one pass), never whole items into memory.
 */
export async function selectSubset(
  tasks: LoadedTask[],
  limit: number,
  seed: number,
  read: ReadItemsOptions,
  within?: Set<string>,
): Promise<Set<string>> {
  const strata = new Map<string, Array<{ key: string; order: number }>>();
  let count = 0;
  for (const task of tasks) {
    for await (const { item } of task.readItems(read)) {
      const key = itemKey(task.key, item.id);
      if (within && !within.has(key)) continue;
      const stratum = `${task.key}|${item.lang}|${item.tags?.subject ?? ''}`;
      const list = strata.get(stratum) ?? [];
      list.push({ key, order: seedFrom(seed, key) });
      strata.set(stratum, list);
      count++;
    }
  }
  if (count <= limit) return new Set([...strata.values()].flat().map((e) => e.key));
  // Largest-remainder allocation of the limit across strata, ties broken by a seeded order.
  const entries = [...strata.entries()].sort((a, b) => seedFrom(seed, a[0]) - seedFrom(seed, b[0]));
  const quotas = entries.map(([, list]) => (list.length * limit) / count);
  const allocation = quotas.map(Math.floor);
  let left = limit - allocation.reduce((s, a) => s + a, 0);
  const byRemainder = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    if (allocation[i]! < entries[i]![1].length) {
      allocation[i]!++;
      left--;
    }
  }
  const chosen = new Set<string>();
  entries.forEach(([, list], i) => {
    for (const entry of [...list].sort((a, b) => a.order - b.order).slice(0, allocation[i]))
      chosen.add(entry.key);
  });
  return chosen;
}

export function isSelected(only: Set<string> | undefined, taskKey: string, itemId: string): boolean {
  return !only || only.has(itemKey(taskKey, itemId));
}

export async function planRun(
  suite: LoadedSuite,
  options: { limit?: number; seed: number; read: ReadItemsOptions },
): Promise<RunPlan> {
  const perTask = new Map<LoadedTask, Set<string> | undefined>();
  for (const group of suite.groups) {
    const chosen = group.limit
      ? await selectSubset(group.tasks, group.limit, options.seed, options.read)
      : undefined;
    for (const task of group.tasks) perTask.set(task, chosen);
  }
  let tasks = [...perTask.entries()].map(([task, only]) => ({ task, ...(only ? { only } : {}) }));
  if (options.limit) {
    const within = tasks.some((t) => t.only)
      ? new Set(
          (
            await Promise.all(
              tasks.map(async ({ task, only }) => {
                if (only) return [...only].filter((k) => k.startsWith(`${task.key}\u0000`));
                const keys: string[] = [];
                for await (const { item } of task.readItems(options.read))
                  keys.push(itemKey(task.key, item.id));
                return keys;
              }),
            )
          ).flat(),
        )
      : undefined;
    const chosen = await selectSubset(
      tasks.map((t) => t.task),
      options.limit,
      options.seed,
      options.read,
      within,
    );
    tasks = tasks.map(({ task }) => ({ task, only: chosen }));
  }
  let total = 0;
  for (const { task, only } of tasks) {
    if (only) total += [...only].filter((k) => k.startsWith(`${task.key}\u0000`)).length;
    else if (task.countItems) total += await task.countItems();
    else for (const file of task.files) total += await countLines(file);
  }
  return { tasks, total };
}

/** Non-empty lines of a file (a fast estimate of its items, for progress). */
export async function countLines(file: string): Promise<number> {
  let count = 0;
  let inLine = false;
  for await (const chunk of createReadStream(file)) {
    for (const byte of chunk as Buffer) {
      if (byte === 10) {
        if (inLine) count++;
        inLine = false;
      } else if (byte !== 13 && byte !== 32 && byte !== 9) inLine = true;
    }
  }
  return count + (inLine ? 1 : 0);
}
