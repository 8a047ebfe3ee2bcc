import { createWriteStream } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import {
  DbVectorCache,
  DenseIndex,
  EmbeddingClient,
  hybridSearch,
} from '../../foundation/knowledge/embeddings.ts';
import type { KnowledgeBase } from '../../foundation/knowledge/knowledge-base.ts';
import type { SearchResult } from '../../foundation/knowledge/search-index.ts';
import {
  exportCollection,
  importFile,
  listCollections,
  loadKnowledge,
  removeCollection,
} from '../../foundation/knowledge/store.ts';
import type { CliContext } from '../context.ts';
import { printJson, printTable } from '../output.ts';

/** `yiheng kb …`: search the knowledge base, structured look-ups, and user document collections. */
export function registerKbCommands(program: Command, ctx: () => CliContext): void {
  const kb = program
    .command('kb')
    .description('medical knowledge base: search, drug interactions, doses, red flags, collections (知识库)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng kb search "心梗 症状"\n  $ yiheng kb interactions 华法林 布洛芬\n  $ yiheng kb redflags "突然胸痛，出冷汗"',
    );

  const knowledge = async (collections?: string[]): Promise<KnowledgeBase> =>
    loadKnowledge((await ctx().store()).db, collections ? { collections } : {});

  kb.command('search <query>')
    .description('search passages (BM25 with Chinese segmentation and synonym expansion)')
    .option('--k <n>', 'number of hits (1–100)', positiveInt('--k', 100), 5)
    .option('--collection <name>', 'only this collection')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng kb search "heart attack symptoms" --k 3\n  $ yiheng kb search "胸痛处理" --collection ward-guide --json',
    )
    .action(async (query: string, o: { k: number; collection?: string; json?: boolean }) => {
      const base = await knowledge(o.collection ? [o.collection] : undefined);
      const options = { k: o.k, ...(o.collection ? { collection: o.collection } : {}) };
      const embeddings = ctx().config.knowledge.embeddings;
      let result: SearchResult;
      if (embeddings?.enabled) {
        // Dense retrieval fused with BM25; vectors are cached in the database.
        const apiKey = embeddings.api_key_env ? process.env[embeddings.api_key_env] : undefined;
        const client = new EmbeddingClient({
          baseUrl: embeddings.base_url,
          model: embeddings.model,
          batchSize: embeddings.batch_size,
          ...(apiKey ? { apiKey } : {}),
        });
        const dense = await DenseIndex.build(
          base.index.passages,
          client,
          new DbVectorCache((await ctx().store()).db),
        );
        result = await hybridSearch(base.index, dense, query, {
          ...options,
          rrfK: ctx().config.knowledge.rrf_k,
        });
      } else {
        result = base.search(query, options);
      }
      if (o.json) {
        return printJson({
          query,
          expanded_with: result.expandedWith,
          hits: result.hits.map((h) => ({
            collection: h.passage.collection,
            id: h.passage.id,
            score: h.score,
            title: h.passage.title,
            source: h.passage.source,
            lang: h.passage.lang,
            text: h.passage.text,
          })),
        });
      }
      if (result.hits.length === 0) return console.log('no passages found (没有找到相关内容)');
      printTable(
        result.hits.map((h, i) => ({
          '#': String(i + 1),
          id: `${h.passage.collection}/${h.passage.id}`,
          score: h.score.toFixed(2),
          title: clip(h.passage.title, 30),
          source: clip(h.passage.source, 50),
        })),
      );
    });

  kb.command('interactions <drugs...>')
    .description('list known interactions among two or more drugs (zh or en names, aliases)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng kb interactions warfarin aspirin\n  $ yiheng kb interactions 舍曲林 苯乙肼 --json',
    )
    .action(async (drugs: string[], o: { json?: boolean }) => {
      const report = (await knowledge()).drugs.interactions(drugs);
      if (o.json) return printJson(report);
      for (const unknown of report.unknown) {
        const hint = unknown.suggestions.length ? ` — did you mean ${unknown.suggestions.join(', ')}?` : '';
        process.stderr.write(`yiheng: unknown drug "${unknown.query}" (知识库中没有这个药名)${hint}\n`);
      }
      const names = report.drugs.map((d) => `${d.name.en} (${d.name.zh})`).join(', ');
      if (report.interactions.length === 0) {
        console.log(
          report.drugs.length < 2
            ? 'fewer than two known drugs: nothing to check (少于两个已知药物，无法检查)'
            : `no interaction recorded among ${names} (未记录相互作用；没有记录不等于一定安全)`,
        );
        return;
      }
      for (const i of report.interactions) {
        console.log(
          `${i.severity.toUpperCase()}  ${i.drugs[0].name.en} + ${i.drugs[1].name.en}  (${i.drugs[0].name.zh} + ${i.drugs[1].name.zh})${i.via.length ? `  via ${i.via.join(', ')}` : ''}`,
        );
        console.log(`  effect 后果: ${i.effect.en} / ${i.effect.zh}`);
        console.log(`  advice 建议: ${i.advice.en} / ${i.advice.zh}`);
      }
    });

  kb.command('dose <drug>')
    .description('check a daily dose against the maximum for a route')
    .requiredOption('--daily <amount>', 'total daily amount with unit, e.g. 4g, 4000mg, "500 mg", 4克')
    .option(
      '--route <route>',
      'oral, iv, im, sc, sublingual, rectal, inhaled, topical, transdermal, intranasal',
      'oral',
    )
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng kb dose paracetamol --route oral --daily 5g\n  $ yiheng kb dose 布洛芬 --daily 1200mg --json',
    )
    .action(async (drug: string, o: { daily: string; route: string; json?: boolean }) => {
      const check = (await knowledge()).checkDose(drug, o.route, o.daily);
      if (o.json) return printJson(check);
      const max = `${check.maximum.amount} ${check.maximum.unit}`;
      const diff = `${Math.abs(check.difference.amount)} ${check.difference.unit}`;
      const verdict =
        check.status === 'above'
          ? `ABOVE the maximum of ${max} by ${diff} (${check.percentOfMaximum}% of maximum) — 超过每日最大剂量`
          : check.status === 'at'
            ? `AT the maximum of ${max} — 等于每日最大剂量`
            : `within the maximum of ${max} (${diff} below, ${check.percentOfMaximum}% of maximum) — 在每日最大剂量以内`;
      console.log(
        `${check.drug.name.en} (${check.drug.name.zh}), ${check.route}, ${check.daily.amount} ${check.daily.unit}/day: ${verdict}`,
      );
      if (check.maximum.note) console.log(`  note: ${check.maximum.note.en} / ${check.maximum.note.zh}`);
    });

  kb.command('redflags <text>')
    .description('emergency red flags in a message, and the highest triage level')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng kb redflags "我爸现在胸口疼得厉害，出冷汗"\n  $ yiheng kb redflags "denies chest pain" --json',
    )
    .action(async (text: string, o: { json?: boolean }) => {
      const result = (await knowledge()).redflags.match(text);
      if (o.json) return printJson(result);
      console.log(`level 分级: ${result.level}`);
      for (const m of result.matches) {
        console.log(
          `${m.level.padEnd(9)} ${m.id}  ${m.name.zh} / ${m.name.en}  [${m.spans.map((s) => s.text).join(', ')}]`,
        );
        console.log(`  ${m.advice.zh}`);
        console.log(`  ${m.advice.en}`);
      }
    });

  kb.command('import <file>')
    .description('import Markdown, plain text or JSONL into a collection (all or nothing)')
    .requiredOption('--collection <name>', 'collection to import into (created if missing)')
    .option('--format <format>', 'md, txt or jsonl (default: from the extension)')
    .option('--title <title>', 'collection title')
    .option('--licence <licence>', 'licence of the content, e.g. CC-BY-4.0')
    .option('--source <source>', 'where the content comes from (cited with each passage)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng kb import ward-guide.md --collection ward --licence internal --source "Ward handbook 2024"\n  $ yiheng kb import notes.jsonl --collection notes',
    )
    .action(
      async (
        file: string,
        o: { collection: string; format?: string; title?: string; licence?: string; source?: string },
      ) => {
        const { db } = await ctx().store();
        const result = await importFile(db, { file, ...o });
        if (result.unchanged)
          return console.log(
            `${result.fileName} is already in ${result.collection} unchanged; nothing to do`,
          );
        console.log(
          `${result.replaced ? 'replaced' : 'imported'} ${result.fileName} into ${result.collection}: ${result.passages} passage(s), ${result.entries} entr${result.entries === 1 ? 'y' : 'ies'} (sha256 ${result.sha256.slice(0, 12)}…)`,
        );
      },
    );

  kb.command('export <collection>')
    .description('write a collection as JSONL (entries, then passages), re-importable')
    .option('--out <file>', 'write to a file instead of stdout')
    .addHelpText('after', '\nExample:\n  $ yiheng kb export drugs --out drugs.jsonl')
    .action(async (collection: string, o: { out?: string }) => {
      const { db } = await ctx().store();
      await loadKnowledge(db); // bundled collections exist before the first export
      const file = o.out ? createWriteStream(o.out) : undefined;
      const out: NodeJS.WritableStream = file ?? process.stdout;
      let lines = 0;
      for await (const line of exportCollection(db, collection)) {
        if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
        lines++;
      }
      if (file) {
        await new Promise<void>((resolve, reject) => {
          file.once('error', reject);
          file.end(() => resolve());
        });
        console.log(`wrote ${lines} line(s) to ${o.out}`);
      }
    });

  kb.command('collections')
    .description('list collections with their provenance')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const { db } = await ctx().store();
      await loadKnowledge(db);
      const list = await listCollections(db);
      if (o.json) return printJson(list);
      printTable(
        list.map((c) => ({
          name: c.name,
          kind: c.kind,
          entities: String(c.entities),
          passages: String(c.passages),
          files: c.files.map((f) => f.fileName).join(', ') || '-',
          licence: c.licence ?? '-',
          source: clip(c.source ?? '-', 40),
        })),
      );
    });

  kb.command('remove <collection>')
    .description('remove a collection you imported')
    .action(async (collection: string) => {
      await removeCollection((await ctx().store()).db, collection);
      console.log(`removed ${collection}`);
    });
}

function positiveInt(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`${name} must be a whole number from 1 to ${max}`);
    return n;
  };
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
