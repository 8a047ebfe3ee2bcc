/**
 * Time-split back-test of the Chinese person-name model: for each round N (default 25–32), train on
 * deid.jsonl's dev records and held-out rounds 1..N−1, then score round N's Chinese records with exact
 * span matching, rules alone against rules + model, at several reporting lines. Prints the per-round
 * table at the chosen line and the pooled sweep; the numbers go into data/models/person-zh.card.md.
 *
 * The rules have since been tuned on every one of these rounds, so "rules alone" today is near perfect
 * on them and says little about a new writer. `--fresh-rules` therefore also scores rounds 25–32 with
 * the rules as they were when each round arrived blind (the source at the commit that added the round,
 * read with `git archive` into a temporary folder; git state is untouched), alone and with the model.
 *
 *   npx tsx scripts/backtest-person-model.ts [--from 25] [--to 32] [--report-at 0.5] [--lang zh] [--fresh-rules]
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import type { Finding } from '../src/guard/finding.ts';
import { PersonNameModel } from '../src/guard/name-model/person-model.ts';
import {
  deidRoundFile,
  PERSON_REPORT_AT,
  personTrainingSources,
  readDeidRecords,
  trainPersonModel,
} from '../src/guard/name-model/train.ts';
import { defaultRecognizers } from '../src/guard/recognizers/defaults.ts';
import { RecognizerRegistry } from '../src/guard/registry.ts';
import { type Counts, countDocument, scores, total } from '../src/guard/span-metrics.ts';

const options = new Command()
  .option('--from <round>', 'first round to test', '25')
  .option('--to <round>', 'last round to test', '32')
  .option('--report-at <p>', 'the reporting line for the per-round table', String(PERSON_REPORT_AT))
  .option('--sweep <list>', 'reporting lines for the pooled sweep', '0.3,0.4,0.5,0.6,0.7,0.8,0.9')
  .option('--lang <lang>', 'which records of round N to score (zh, en or all)', 'zh')
  .option('--fresh-rules', 'also score rounds 25-32 with the rules as they were when each arrived')
  .option('--speed', 'also time the registry with and without the bundled model on rounds 28-32 (zh)')
  .parse()
  .opts<{
    from: string;
    to: string;
    reportAt: string;
    sweep: string;
    lang: string;
    freshRules?: boolean;
    speed?: boolean;
  }>();

const chosen = Number(options.reportAt);
const lines = [...new Set([...options.sweep.split(',').map(Number), chosen])].sort((a, b) => a - b);
const rules = new RecognizerRegistry(defaultRecognizers());

interface Row {
  person: Counts;
  all: Counts;
}
const add = (into: Row, from: Row) => {
  for (const k of ['person', 'all'] as const) {
    into[k].tp += from[k].tp;
    into[k].fp += from[k].fp;
    into[k].fn += from[k].fn;
  }
};
const empty = (): Row => ({ person: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 } });
type Analyzer = Pick<RecognizerRegistry, 'analyze'>;
function measure(registry: Analyzer, records: ReturnType<typeof readDeidRecords>['records']): Row {
  const counts = new Map<string, Counts>();
  for (const r of records)
    countDocument(r.spans, registry.analyze(r.text, { language: r.lang }), 'exact', counts);
  return { person: counts.get('PERSON') ?? { tp: 0, fp: 0, fn: 0 }, all: total(counts) };
}
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const fmt = (row: Row) => {
  const p = scores(row.person);
  return `${pct(p.recall)} ${pct(p.precision)} ${String(row.person.fn).padStart(4)} ${String(row.person.fp).padStart(4)} ${pct(scores(row.all).precision)}`;
};

/** Each round's model file, trained on the rounds before it, once even when both tables are printed. */
const trained = new Map<number, ReturnType<typeof trainPersonModel>>();
const modelFor = (round: number) => {
  if (!trained.has(round)) trained.set(round, trainPersonModel(personTrainingSources(round - 1)));
  return trained.get(round)!;
};
const roundRecords = (round: number) =>
  readDeidRecords({ file: deidRoundFile(round), records: 'all' }).records.filter(
    (r) => options.lang === 'all' || r.lang === options.lang,
  );

/**
 * One table: for each round, the rules alone and, at every line of the sweep, the rules with a model
 * trained on the rounds before it; then the pooled row and the sweep.
 */
async function backtest(
  rounds: number[],
  rulesOf: (round: number) => Promise<Analyzer>,
  withModel: (rules: Analyzer, model: PersonNameModel) => Analyzer,
  sweepTitle: string,
): Promise<void> {
  const pooledRules = empty();
  const pooledModel = new Map<number, Row>(lines.map((l) => [l, empty()]));
  for (const round of rounds) {
    const roundRules = await rulesOf(round);
    const file = modelFor(round);
    const records = roundRecords(round);
    const base = measure(roundRules, records);
    add(pooledRules, base);
    let shown = '';
    for (const line of lines) {
      const model = PersonNameModel.fromFile({ ...file, report_at: line });
      const row = measure(withModel(roundRules, model), records);
      add(pooledModel.get(line)!, row);
      if (line === chosen) shown = fmt(row);
    }
    const names = base.person.tp + base.person.fn;
    console.log(`${String(round).padStart(5)} ${String(names).padStart(6)} | ${fmt(base)} | ${shown}`);
  }
  printPooled(pooledRules, pooledModel, sweepTitle);
}

/** The pooled row of the rules and of the rules with the model at the chosen line, then every line of the sweep. */
function printPooled(rules: Row, withModel: Map<number, Row>, sweepTitle: string): void {
  console.log(
    `pooled ${String(rules.person.tp + rules.person.fn).padStart(5)} | ${fmt(rules)} | ${fmt(withModel.get(chosen)!)}`,
  );
  console.log(`\n${sweepTitle}:`);
  console.log('  line |  R     P    fn   fp   allP');
  console.log(` rules | ${fmt(rules)}`);
  for (const line of lines) console.log(`${line.toFixed(2).padStart(6)} | ${fmt(withModel.get(line)!)}`);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
console.log(
  `reporting line ${chosen}; PERSON recall, precision, missed, false; overall precision (all types), exact spans`,
);
console.log('round  names | rules: R     P    fn   fp   allP | rules+model: R     P    fn   fp   allP');
await backtest(
  range(Number(options.from), Number(options.to)),
  async () => rules,
  (_, model) => new RecognizerRegistry(defaultRecognizers(), new Set(), model),
  'pooled sweep of the reporting line (rules + model)',
);

/** The commits that added each round's fresh set: their rules had been tuned through the round before. */
const FRESH_COMMITS: Record<number, string> = {
  25: '36da05d',
  26: '6a32347', // tuning on round 25 and the round-26 set in one commit
  27: 'ea113de', // the round-27 fresh measure, before tuning on it
  28: 'f4343b3',
  29: '5a26f26',
  30: '18c9e2d',
  31: '2bc1933',
  32: 'a2310bf',
};
/** The default rules in the source of `commit` (extracted once into the temporary folder). */
async function rulesAt(commit: string): Promise<Analyzer> {
  const dir = path.join(tmpdir(), `yiheng-rules-at-${commit}`);
  if (!existsSync(path.join(dir, 'src'))) {
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${commit} src | tar -x -C ${dir}`);
    symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  }
  const old = await import(path.join(dir, 'src/guard/registry.ts'));
  return old.RecognizerRegistry.withDefaults();
}
if (options.freshRules) {
  console.log(
    '\nrules as they were when each round arrived blind (source at the commit that added the round):',
  );
  console.log(
    'round  names | fresh rules: R     P    fn   fp   allP | fresh rules+model: R     P    fn   fp   allP',
  );
  await backtest(
    range(Number(options.from), Number(options.to)).filter((round) => FRESH_COMMITS[round] !== undefined),
    (round) => rulesAt(FRESH_COMMITS[round]!),
    (oldRules, model) => ({
      analyze: (text, o) => {
        const found: Finding[] = oldRules.analyze(text, o);
        return [...found, ...model.find(text, found)].sort((a, b) => a.start - b.start);
      },
    }),
    'pooled sweep with the fresh rules',
  );
}

if (options.speed) {
  // The bundled model, the registry's default; the same rules with and without it, alternating runs.
  const texts = [28, 29, 30, 31, 32].flatMap((round) =>
    readDeidRecords({ file: deidRoundFile(round), records: 'all' })
      .records.filter((r) => r.lang === 'zh')
      .map((r) => r.text),
  );
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const on = RecognizerRegistry.withDefaults();
  const off = RecognizerRegistry.withDefaults({ personModel: false });
  const time = (registry: RecognizerRegistry) => {
    const started = process.hrtime.bigint();
    for (let k = 0; k < 5; k++) for (const t of texts) registry.analyze(t, { language: 'zh' });
    return Number(process.hrtime.bigint() - started) / 1e9 / 5;
  };
  time(on);
  time(off);
  const secondsOn: number[] = [];
  const secondsOff: number[] = [];
  for (let run = 0; run < 7; run++) {
    secondsOff.push(time(off));
    secondsOn.push(time(on));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const mbps = (s: number) => bytes / 1e6 / s;
  console.log(
    `\nspeed on ${texts.length} zh texts of rounds 28-32 (${(bytes / 1e3).toFixed(0)} KB UTF-8), median of 7 alternating runs:`,
  );
  console.log(`  rules alone   ${mbps(median(secondsOff)).toFixed(2)} MB/s`);
  console.log(`  rules + model ${mbps(median(secondsOn)).toFixed(2)} MB/s`);
  console.log(`  time ratio (with / without) ${(median(secondsOn) / median(secondsOff)).toFixed(3)}`);
}
