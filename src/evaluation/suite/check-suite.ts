import { type LoadedSuite, type LoadSuiteOptions, loadSuite } from './load-suite.ts';
import type { ItemIssue } from './read-items.ts';
import { type AnyItem, itemSources } from './schema.ts';

export interface SuiteCheck {
  suite: LoadedSuite;
  /** Valid items per task key. */
  counts: Record<string, number>;
  total: number;
  issues: ItemIssue[];
}

/**
 * Validates everything about a suite that a test of it should assert: every line parses and
 * matches its task's schema, ids are unique in the suite, no two items ask the same thing,
 * every cited source is in the card, and the card's size matches. Streams the items.
 */
export async function checkSuite(nameOrPath: string, options: LoadSuiteOptions = {}): Promise<SuiteCheck> {
  const suite = loadSuite(nameOrPath, options);
  const issues: ItemIssue[] = [];
  const counts: Record<string, number> = {};
  let total = 0;
  for (const group of suite.groups) {
    const ids = new Map<string, string>();
    const texts = new Map<string, string>();
    const sourceIds = group.card ? new Set(group.card.sources.map((s) => s.id)) : undefined;
    if (!group.card && !suite.definition?.include) {
      issues.push({ file: suite.file, line: 0, message: 'no card.yaml next to suite.yaml' });
    }
    let groupTotal = 0;
    for (const task of group.tasks) {
      counts[task.key] = 0;
      for await (const { item, file, line } of task.readItems({ onIssue: (i) => issues.push(i) })) {
        counts[task.key]!++;
        groupTotal++;
        const where = `${file}:${line}`;
        const earlier = ids.get(item.id);
        if (earlier) issues.push({ file, line, message: `id ${item.id} is already used at ${earlier}` });
        else ids.set(item.id, where);
        const text = normalisedText(item);
        const twin = texts.get(text);
        if (twin) issues.push({ file, line, message: `item ${item.id} duplicates the item at ${twin}` });
        else texts.set(text, where);
        if (sourceIds) {
          for (const source of itemSources(item))
            if (!sourceIds.has(source))
              issues.push({
                file,
                line,
                message: `item ${item.id} cites source ${source}, which card.yaml does not list`,
              });
        }
      }
    }
    if (group.card && !suite.definition?.include && group.card.size !== groupTotal) {
      issues.push({
        file: suite.file,
        line: 0,
        message: `card.yaml says size ${group.card.size} but the suite has ${groupTotal} valid items`,
      });
    }
    total += groupTotal;
  }
  return { suite, counts, total, issues };
}

/** What an item asks, without spacing and punctuation, to catch copy-paste duplicates. */
function normalisedText(item: AnyItem): string {
  const parts: string[] = [];
  if ('question' in item) parts.push(item.question);
  if ('options' in item) parts.push(...Object.values(item.options));
  if ('context' in item && item.context) parts.push(item.context);
  if ('text' in item) parts.push(item.text);
  if ('instruction' in item && item.instruction) parts.push(item.instruction);
  if ('prompt' in item && item.prompt) parts.push(item.prompt);
  if ('messages' in item && item.messages) parts.push(...item.messages.map((m) => m.content));
  if ('opening' in item) parts.push(item.persona, item.opening);
  return `${item.lang}:${parts
    .join('|')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '')}`;
}
