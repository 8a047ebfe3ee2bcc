/**
 * npm run bench:kb — knowledge-base performance on this machine, each figure beside its target
 * and beside a baseline measured in the same run:
 *   · index build over 50,000 generated passages (mixed zh/en, from the bundled vocabulary)
 *   · query latency p50/p99 (BM25 + synonym expansion) vs a naive substring scan, and vs MiniSearch
 *   · memory used by the index (RSS and heap delta)
 *   · red-flag matching of a 2 KB message p50/p99 vs a naive per-term scan
 */
import MiniSearch from 'minisearch';
import { readBundledCollections } from '../src/foundation/knowledge/bundled.ts';
import { entryTerms, type Passage } from '../src/foundation/knowledge/passages.ts';
import { compileRedFlags } from '../src/foundation/knowledge/redflags.ts';
import type { KnowledgeEntry, RedFlag } from '../src/foundation/knowledge/schema.ts';
import { KnowledgeIndex } from '../src/foundation/knowledge/search-index.ts';
import { termGroupsOf } from '../src/foundation/knowledge/synonyms.ts';
import { fixtureEntries } from '../src/foundation/knowledge/testing/fixtures.ts';
import { normalizeText } from '../src/foundation/text/normalize.ts';
import { tokenizeNormalized } from '../src/foundation/text/tokenize.ts';

const PASSAGES = Number(process.env.BENCH_PASSAGES ?? 50_000);
const QUERIES = 500;
const gc = (globalThis as { gc?: () => void }).gc;

// Deterministic pseudo-random numbers (mulberry32), so every run indexes the same text.
let seed = 20_240_601;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
function timings(run: () => void, times: number): { p50: number; p99: number } {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}
const ms = (n: number) => `${n.toFixed(n < 10 ? 3 : 1)} ms`;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
function row(label: string, value: string, target = '', note = ''): void {
  console.log(`${label.padEnd(44)} ${value.padStart(14)}  ${target.padEnd(16)} ${note}`);
}
function memory(): { rss: number; heap: number } {
  gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
}

const bundled = readBundledCollections();
let entries: KnowledgeEntry[] = bundled.flatMap((c) => c.entries);
if (entries.length === 0) entries = fixtureEntries;
const zhWords = [
  ...new Set(entries.flatMap(entryTerms).filter((t) => /[\u4e00-\u9fff]/.test(t) && t.length <= 8)),
];
const enWords = [
  ...new Set(
    entries
      .flatMap((e) => ('name' in e ? [e.name.en] : e.kind === 'synonym' ? e.terms.en : []))
      .concat(
        entries.flatMap((e) =>
          e.kind === 'redflag' ? e.patterns.en.flatMap((p) => p.split(/\s*\+\s*|\|/)) : [],
        ),
      )
      .filter((t) => t.length <= 30),
  ),
];
const zhFrames = [
  '患者出现{w}，伴有{w}。',
  '{w}常见于{w}，建议{w}。',
  '如果{w}持续加重，应及时就诊。',
  '{w}与{w}需鉴别。',
  '治疗{w}时注意{w}。',
];
const enFrames = [
  'Patients with {w} may also report {w}. ',
  '{w} is often confused with {w}. ',
  'Seek care if {w} gets worse. ',
  'Treat {w} before {w}. ',
];
const fill = (frame: string, words: readonly string[]) => frame.replace(/\{w\}/g, () => pick(words));

console.log(
  `Yiheng knowledge-base benchmark — ${PASSAGES.toLocaleString()} passages, vocabulary ${zhWords.length} zh + ${enWords.length} en terms from ${entries.length} entries`,
);
console.log(`node ${process.version}, ${gc ? 'with' : 'without'} --expose-gc\n`);

const passages: Passage[] = [];
for (let i = 0; i < PASSAGES; i++) {
  const chinese = random() < 0.6;
  const sentences = 3 + Math.floor(random() * 4);
  let text = '';
  for (let s = 0; s < sentences; s++)
    text += chinese ? fill(pick(zhFrames), zhWords) : fill(pick(enFrames), enWords);
  passages.push({
    collection: 'bench',
    id: `p${i}`,
    title: chinese ? pick(zhWords) : pick(enWords),
    text,
    source: 'generated',
    lang: chinese ? 'zh' : 'en',
  });
}
const chars = passages.reduce((n, p) => n + p.text.length, 0);

// Warm the segmenter and the normalisation table so the build measures indexing, not loading.
tokenizeNormalized(normalizeText('预热 warm up'));
const before = memory();
let started = performance.now();
const index = KnowledgeIndex.build(passages, {
  synonyms: termGroupsOf(entries),
  userWords: entries.flatMap(entryTerms),
});
const buildMs = performance.now() - started;
const after = memory();
row('index build (BM25, jieba, synonyms)', ms(buildMs), '≤ 15000 ms', `${(chars / 1e6).toFixed(1)} M chars`);
row('memory used by the index (RSS delta)', mb(after.rss - before.rss));
row('memory used by the index (heap delta)', mb(after.heap - before.heap));

const queries: string[] = [];
for (let i = 0; i < QUERIES; i++) {
  queries.push(
    random() < 0.6
      ? `${pick(zhWords)}${pick(['怎么办', '的症状', '和', '吃什么药'])}${pick(zhWords)}`
      : `${pick(enWords)} and ${pick(enWords)}`,
  );
}
let q = 0;
index.search(queries[0]!, { k: 5 });
const search = timings(() => index.search(queries[q++ % QUERIES]!, { k: 5 }), QUERIES * 2);

// Baseline: a naive scan counting query words in every passage (what a simple implementation does).
const naiveQueries = queries.slice(0, 20);
let nq = 0;
const naive = timings(() => {
  const words = normalizeText(naiveQueries[nq++ % naiveQueries.length]!)
    .split(/\s+|和|的|怎么办|吃什么药/)
    .filter((w) => w.length > 1);
  const scores: Array<[number, number]> = [];
  for (let i = 0; i < passages.length; i++) {
    const text = normalizeText(passages[i]!.text);
    let score = 0;
    for (const word of words) if (text.includes(word)) score++;
    if (score > 0) scores.push([i, score]);
  }
  scores.sort((a, b) => b[1] - a[1]);
}, 20);
row(
  'query p50',
  ms(search.p50),
  '≤ 3 ms',
  `naive scan ${ms(naive.p50)} → ${(naive.p50 / search.p50).toFixed(0)}× faster`,
);
row('query p99', ms(search.p99), '≤ 15 ms', `naive scan ${ms(naive.p99)}`);

// Comparison: MiniSearch (BM25+) over the same tokens, without our synonym expansion.
if (process.env.BENCH_SKIP_MINISEARCH !== '1') {
  const tokensOf = passages.map((p) =>
    tokenizeNormalized(normalizeText(`${p.title} ${p.text}`)).join('\u0001'),
  );
  const mini = new MiniSearch<{ id: number; t: string }>({
    fields: ['t'],
    tokenize: (s) => s.split('\u0001'),
    processTerm: (t) => t,
  });
  started = performance.now();
  mini.addAll(tokensOf.map((t, id) => ({ id, t })));
  const miniBuild = performance.now() - started;
  const queryTokens = queries.map((query) => tokenizeNormalized(normalizeText(query)).join('\u0001'));
  let mq = 0;
  const miniSearch = timings(() => mini.search(queryTokens[mq++ % QUERIES]!).slice(0, 5), QUERIES);
  row('MiniSearch build (same tokens, not segmenting)', ms(miniBuild), '', 'comparison only');
  row(
    'MiniSearch query p50 / p99',
    `${ms(miniSearch.p50)} / ${ms(miniSearch.p99)}`,
    '',
    `ours ${(miniSearch.p50 / search.p50).toFixed(1)}× faster at p50`,
  );
}

// Red flags: one 2 KB message of mixed, mostly benign clinical text with a negated and a real sign.
const redflagEntries = entries.filter((e): e is RedFlag => e.kind === 'redflag');
const matcher = compileRedFlags(
  redflagEntries.length ? redflagEntries : fixtureEntries.filter((e): e is RedFlag => e.kind === 'redflag'),
);
const message =
  `${'患者男，58岁，咳嗽三天，无发热，否认胸痛。昨日开始头晕，饮食睡眠可。The patient denies shortness of breath; mild cough since Monday. '.repeat(30)}今天突然胸口疼，出冷汗。`.slice(
    -2048,
  );
matcher.match(message);
const redflags = timings(() => matcher.match(message), 5_000);
const allTerms = [
  ...new Set(
    matcher
      ? redflagEntries.flatMap((e) =>
          [...e.patterns.zh, ...e.patterns.en].flatMap((p) => p.split(/\s*\+\s*|\|/)),
        )
      : [],
  ),
];
const naiveRedflags = timings(() => {
  const text = message.toLowerCase();
  let found = 0;
  for (const term of allTerms) if (text.includes(term.toLowerCase())) found++;
  return found;
}, 2_000);
row(
  `red flags, ${message.length}-char message p50`,
  ms(redflags.p50),
  '',
  `${matcher.size} red flags, ${allTerms.length} terms`,
);
row(
  'red flags p99',
  ms(redflags.p99),
  '≤ 1 ms',
  `naive includes() per term p99 ${ms(naiveRedflags.p99)} (no negation) → ${(naiveRedflags.p99 / redflags.p99).toFixed(1)}×`,
);
