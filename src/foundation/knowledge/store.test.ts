import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../db/database.ts';
import { openTestStore, testBackends } from '../db/test-stores.ts';
import type { BundledCollection } from './bundled.ts';
import {
  ensureBundledKnowledge,
  exportCollection,
  importFile,
  listCollections,
  loadKnowledge,
  removeCollection,
} from './store.ts';
import { fixtureDrugs, fixtureInteractions, fixtureRedFlags } from './testing/fixtures.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'yiheng-kb-'));
const file = (name: string, content: string | Uint8Array) => {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
};
const bundled = (hash: string): BundledCollection[] => [
  { name: 'drugs', card: undefined, entries: fixtureDrugs, hash: `d${hash}`, file: 'drugs.jsonl' },
  {
    name: 'interactions',
    card: undefined,
    entries: fixtureInteractions,
    hash: `i${hash}`,
    file: 'interactions.jsonl',
  },
  { name: 'redflags', card: undefined, entries: fixtureRedFlags, hash: `r${hash}`, file: 'redflags.jsonl' },
];

describe.each(testBackends)('knowledge store on %s', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore(kind);
  });
  afterAll(() => store.close());

  it('imports bundled knowledge once, as entities and typed relations, and again only when it changes', async () => {
    expect((await ensureBundledKnowledge(store.db, bundled('1'))).imported).toEqual([
      'drugs',
      'interactions',
      'redflags',
    ]);
    expect((await ensureBundledKnowledge(store.db, bundled('1'))).imported).toEqual([]);
    const relations = await store.db
      .selectFrom('kb_relations')
      .selectAll()
      .where('predicate', '=', 'interacts_with')
      .execute();
    expect(
      relations.map((r) => `${r.subject} ${r.object} ${(r.props as { severity: string }).severity}`),
    ).toContain('drug:warfarin drug:aspirin major');
    const classes = await store.db
      .selectFrom('kb_relations')
      .select('object')
      .where('subject', '=', 'drug:ibuprofen')
      .execute();
    expect(classes.map((c) => c.object)).toEqual(['class:nsaid']);
    const changed = bundled('1');
    changed[0] = { ...changed[0]!, hash: 'd2', entries: fixtureDrugs.slice(0, 3) };
    expect((await ensureBundledKnowledge(store.db, changed)).imported).toEqual(['drugs']);
    const drugs = await store.db
      .selectFrom('kb_entities')
      .select('id')
      .where('collection', '=', 'drugs')
      .execute();
    expect(drugs).toHaveLength(3);
  });

  it('imports Markdown by headings and paragraphs with provenance, and re-imports idempotently', async () => {
    const md = file(
      'ward-guide.md',
      '# 胸痛处理\n\n怀疑急性冠脉综合征时，10分钟内完成心电图。\n\n## 用药\n\n嚼服阿司匹林300 mg（无禁忌时）。\n\n# Sepsis\n\nGive antibiotics within one hour.\n',
    );
    const first = await importFile(store.db, {
      file: md,
      collection: 'ward',
      licence: 'CC-BY-4.0',
      source: 'Ward handbook 2024',
    });
    expect(first).toMatchObject({ passages: 3, entries: 0, unchanged: false, replaced: false });
    expect((await importFile(store.db, { file: md, collection: 'ward' })).unchanged).toBe(true);
    const passages = await store.db
      .selectFrom('kb_passages')
      .selectAll()
      .where('collection', '=', 'ward')
      .orderBy('position')
      .execute();
    expect(passages.map((p) => p.title)).toEqual(['胸痛处理', '胸痛处理 › 用药', 'Sepsis']);
    expect(passages.map((p) => p.lang)).toEqual(['zh', 'zh', 'en']);
    const [info] = (await listCollections(store.db)).filter((c) => c.name === 'ward');
    expect(info).toMatchObject({
      kind: 'user',
      licence: 'CC-BY-4.0',
      source: 'Ward handbook 2024',
      passages: 3,
    });
    expect(info!.files[0]).toMatchObject({ fileName: 'ward-guide.md', format: 'markdown', items: 3 });
    expect(info!.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);

    writeFileSync(md, '# 胸痛处理\n\n更新后的内容。\n');
    expect(await importFile(store.db, { file: md, collection: 'ward' })).toMatchObject({
      replaced: true,
      passages: 1,
    });
    expect(
      await store.db.selectFrom('kb_passages').select('id').where('collection', '=', 'ward').execute(),
    ).toHaveLength(1);
  });

  it('rejects a JSONL file with bad lines, naming every one, and leaves the collection as it was', async () => {
    const good = file(
      'good.jsonl',
      `${JSON.stringify({ id: 'a', title: 'A', text: 'alpha', source: 's' })}\n`,
    );
    await importFile(store.db, { file: good, collection: 'notes' });
    const bad = file(
      'bad.jsonl',
      [
        JSON.stringify({ id: 'b', title: 'B', text: 'beta' }),
        JSON.stringify({ id: 'c', title: 'C' }),
        '{not json',
        '',
        JSON.stringify({ id: 'b', title: 'B again', text: 'dup' }),
        JSON.stringify({ ...fixtureDrugs[0], max_daily: 'lots' }),
      ].join('\n'),
    );
    const error = await importFile(store.db, { file: bad, collection: 'notes' }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'kb_import_lines',
      lines: [{ line: 2 }, { line: 3 }, { line: 5 }, { line: 6 }],
    });
    expect((error as Error).message).toMatch(
      /line 2: text: .*line 3: not valid JSON.*line 5: id "b" repeats line 1.*line 6: max_daily/,
    );
    const ids = await store.db
      .selectFrom('kb_passages')
      .select('id')
      .where('collection', '=', 'notes')
      .execute();
    expect(ids.map((r) => r.id)).toEqual(['a']);
    expect((await listCollections(store.db)).find((c) => c.name === 'notes')!.files).toHaveLength(1);
  });

  it('rolls back when a later step fails (an id clash found inside the transaction)', async () => {
    const clash = file(
      'clash.jsonl',
      `${JSON.stringify({ id: 'fresh', title: 'F', text: 'f' })}\n${JSON.stringify({ id: 'a', title: 'A2', text: 'a2' })}\n`,
    );
    await expect(importFile(store.db, { file: clash, collection: 'notes' })).rejects.toThrow(
      /already has 1 id\(s\) from another file: a/,
    );
    const ids = await store.db
      .selectFrom('kb_passages')
      .select('id')
      .where('collection', '=', 'notes')
      .execute();
    expect(ids.map((r) => r.id)).toEqual(['a']);
    expect(
      (await listCollections(store.db)).find((c) => c.name === 'notes')!.files.map((f) => f.fileName),
    ).toEqual(['good.jsonl']);
  });

  it('refuses binary files, invalid UTF-8, bad names and bundled collections clearly', async () => {
    const binary = file('scan.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    await expect(importFile(store.db, { file: binary, collection: 'notes' })).rejects.toThrow(
      /looks like a binary file/,
    );
    const gbk = file(
      'gbk.txt',
      Buffer.concat([Buffer.from('第一行\n'), Buffer.from([0xd0, 0xd8, 0xcd, 0xb4])]),
    );
    await expect(importFile(store.db, { file: gbk, collection: 'notes' })).rejects.toThrow(
      /not valid UTF-8 \(first bad byte on line 2\)/,
    );
    const md = file('x.md', '# x\n\ny\n');
    await expect(importFile(store.db, { file: md, collection: 'Bad Name' })).rejects.toThrow(
      /not a valid collection name/,
    );
    await expect(importFile(store.db, { file: md, collection: 'drugs' })).rejects.toThrow(
      /bundled collection/,
    );
    await expect(importFile(store.db, { file: file('x.pdf', 'x'), collection: 'notes' })).rejects.toThrow(
      /cannot tell the format of x.pdf/,
    );
    await expect(
      importFile(store.db, { file: path.join(dir, 'missing.md'), collection: 'notes' }),
    ).rejects.toThrow(/cannot read/);
  });

  it('exports a collection as JSONL that imports back the same', async () => {
    const mixed = file(
      'mixed.jsonl',
      [
        JSON.stringify(fixtureDrugs[1]),
        JSON.stringify({ id: 'doc-1', title: 'T', text: '华法林需要监测INR。', source: 'Handbook' }),
      ].join('\n'),
    );
    await importFile(store.db, { file: mixed, collection: 'mine' });
    const lines: string[] = [];
    for await (const line of exportCollection(store.db, 'mine')) lines.push(line);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['warfarin', 'doc-1']);
    expect(JSON.parse(lines[0]!)).toEqual(fixtureDrugs[1]);
    await importFile(store.db, { file: file('again.jsonl', lines.join('\n')), collection: 'mine-copy' });
    const copy: string[] = [];
    for await (const line of exportCollection(store.db, 'mine-copy')) copy.push(line);
    expect(copy).toEqual(lines);
  });

  it('loads the stored knowledge for look-ups and search, and removes user collections only', async () => {
    const kb = await loadKnowledge(store.db, { bundled: bundled('1') });
    expect(kb.drugs.interactions(['warfarin', 'aspirin']).interactions.length).toBeGreaterThan(0);
    expect(kb.search('INR 监测', { k: 1 }).hits[0]!.passage.id).toBe('doc-1');
    const only = await loadKnowledge(store.db, { collections: ['ward'], bundled: bundled('1') });
    expect(only.search('更新', { k: 3 }).hits.every((h) => h.passage.collection === 'ward')).toBe(true);
    await expect(loadKnowledge(store.db, { collections: ['nope'], bundled: bundled('1') })).rejects.toThrow(
      /unknown collection "nope"/,
    );
    await removeCollection(store.db, 'mine-copy');
    await expect(removeCollection(store.db, 'mine-copy')).rejects.toThrow(/unknown collection/);
    await expect(removeCollection(store.db, 'drugs')).rejects.toThrow(/bundled/);
  });
});
