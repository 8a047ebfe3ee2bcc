/**
 * npm run bench:guard — quality and speed of the guard, with targets beside each figure and a naive
 * regex-only baseline measured in the same run.
 *
 * Quality: per-type precision/recall/F1 (exact span and overlap) on data/labelled/deid.jsonl, on the
 * held-out TEST split (templates hashed to "test" plus every hand-written snippet) and, for
 * reference, on the DEV split the recognizers were tuned on; then on the FRESH HELD-OUT sets
 * (data/labelled/deid-holdout.jsonl, triage-holdout.jsonl), written after the first sets and never
 * used for tuning. Triage: confusion matrix on data/labelled/triage.jsonl (the tuning set) and on
 * the fresh held-out messages. Speed (bench/guard-speed.ts, run in a process of its own): MB/s of the
 * pii + redflag pipeline on mixed clinical text, and p50/p99 for a 2 KB message. The dose output check on
 * its held-out answers (bench/dose-quality.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { TriageLevel } from '../src/foundation/knowledge/schema.ts';
import { HarmDetector } from '../src/guard/detectors/harm.ts';
import { modelRaises, RedFlagDetector, triageOf } from '../src/guard/detectors/redflag.ts';
import type { Finding } from '../src/guard/finding.ts';
import { loadBundledGuardKnowledge } from '../src/guard/knowledge.ts';
import { RecognizerRegistry } from '../src/guard/registry.ts';
import { type Counts, countDocument, scores, total } from '../src/guard/span-metrics.ts';
import { drugMask } from '../src/guard/triage-model/drug-mask.ts';
import { EmergencyModel } from '../src/guard/triage-model/emergency-model.ts';
import { emergencyTrainingFiles, trainEmergencyModel } from '../src/guard/triage-model/train.ts';
import { triageSetFile } from '../src/guard/triage-model/training-data.ts';
import { printDoseQuality } from './dose-quality.ts';
import { naiveRegistry } from './naive-registry.ts';

const record = z.object({
  id: z.string(),
  lang: z.enum(['zh', 'en']),
  split: z.enum(['dev', 'test', 'holdout']),
  source: z.string(),
  text: z.string(),
  spans: z.array(z.object({ start: z.number(), end: z.number(), type: z.string() })),
});
type LabelledRecord = z.infer<typeof record>;
/**
 * --no-holdout: leave the fresh held-out sets (the rounds named by FRESH below, and the everyday
 * questions) out, for development runs, so that they are not looked at while the detectors are being
 * changed. Earlier
 * rounds were each measured fresh and have been used for tuning since, so they are always reported,
 * as tuning data.
 */
const withHoldout = !process.argv.includes('--no-holdout');
const readRecords = (file: string): LabelledRecord[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => record.parse(JSON.parse(l)))
    : [];
const records = readRecords('data/labelled/deid.jsonl');
/**
 * The hand-written held-out rounds, oldest first. FRESH names the newest round of each kind, the fresh
 * measure; the others were each measured fresh once and have been tuning data since (rounds 1 and 7
 * were measured twice). A round's two sets can be read at different times, so each kind has its own
 * fresh round. FRESH_READ says whether the fresh rounds too have since been read and tuned on (their
 * fresh figures are in their cards' tuning notes), until new rounds are written.
 */
const FRESH = { deid: 61, triage: 64 } as const;
const FRESH_READ = { deid: false, triage: false } as const;
const freshLabel = (kind: keyof typeof FRESH_READ) =>
  FRESH_READ[kind] ? 'measured once fresh, then used for tuning' : 'never tuned on';
/** Every round up to the newest fresh one (a round's missing file of either kind is skipped where it is read). */
const ROUNDS = Array.from({ length: Math.max(FRESH.deid, FRESH.triage) }, (_, i) => i + 1);
const labelledFile = (kind: 'deid' | 'triage', round: number) =>
  `data/labelled/${kind}-holdout${round === 1 ? '' : `-${round}`}.jsonl`;
const roundRecords = new Map(
  ROUNDS.map((round) => [
    round,
    round === FRESH.deid && !withHoldout ? [] : readRecords(labelledFile('deid', round)),
  ]),
);
type Split = 'dev' | 'test' | number;
const docsOf = (split: Split) =>
  typeof split === 'number' ? roundRecords.get(split)! : records.filter((x) => x.split === split);
function splitTitle(split: Split): string {
  if (split === 'dev') return 'DEV split (tuning)';
  if (split === 'test') return 'TEST split (held-out)';
  const file = labelledFile('deid', split);
  if (split === FRESH.deid) return `NEWEST round ${split} (${file}, ${freshLabel('deid')})`;
  if (split === 1 || split === 7)
    return `ROUND-${split} held-out set (${file}; measured twice, then used for tuning)`;
  return `ROUND-${split} set (${file}; measured once fresh, then used for tuning)`;
}

const registry = RecognizerRegistry.withDefaults();

const naive = naiveRegistry();

const TARGET_RECALL: Record<string, number> = {
  ID_CARD: 0.99,
  PHONE: 0.99,
  EMAIL: 0.99,
  BANK_CARD: 0.99,
  MRN: 0.99,
  PERSON: 0.95,
  ADDRESS: 0.95,
};
const f3 = (x: number) => x.toFixed(3);
const mark = (ok: boolean) => (ok ? 'ok' : 'BELOW');

function evaluate(reg: RecognizerRegistry, split: Split) {
  const exact = new Map<string, Counts>();
  const overlap = new Map<string, Counts>();
  for (const r of docsOf(split)) {
    const predicted = reg.analyze(r.text, { language: r.lang });
    countDocument(r.spans, predicted, 'exact', exact);
    countDocument(r.spans, predicted, 'overlap', overlap);
  }
  return { exact, overlap };
}

function printQuality(split: Split, withTargets: boolean) {
  const { exact, overlap } = evaluate(registry, split);
  const docs = docsOf(split);
  console.log(
    `\n## De-identification, ${splitTitle(split)} (${docs.length} snippets, ${docs.filter((d) => d.source.startsWith('handwritten')).length} hand-written)`,
  );
  console.log('type           n    exact P  exact R  exact F1 | overlap P overlap R overlap F1 | target');
  for (const type of [...exact.keys()].sort()) {
    const e = scores(exact.get(type)!);
    const o = scores(overlap.get(type)!);
    const n = e.tp + e.fn;
    const target = TARGET_RECALL[type];
    const t = withTargets && target !== undefined ? `recall ≥ ${target}: ${mark(e.recall >= target)}` : '';
    console.log(
      `${type.padEnd(13)} ${String(n).padStart(4)}   ${f3(e.precision)}    ${f3(e.recall)}    ${f3(e.f1)}   |   ${f3(o.precision)}     ${f3(o.recall)}     ${f3(o.f1)}   | ${t}`,
    );
  }
  const e = scores(total(exact));
  const o = scores(total(overlap));
  console.log(
    `OVERALL        ${String(e.tp + e.fn).padStart(4)}   ${f3(e.precision)}    ${f3(e.recall)}    ${f3(e.f1)}   |   ${f3(o.precision)}     ${f3(o.recall)}     ${f3(o.f1)}   | ${withTargets ? `precision ≥ 0.95: ${mark(e.precision >= 0.95)}` : ''}`,
  );
  return e;
}

console.log('# bench:guard');
console.log(
  `Split: templates are assigned to dev/test by a hash of their text (no template in both); the first hand-written snippets are test, the later hand-written development snippets (handwritten-dev.ts) are dev. Recognizers were tuned on DEV only. Every round before the fresh ones (de-identification ${FRESH.deid}, triage ${FRESH.triage}) was measured once fresh and has been used for tuning since${FRESH_READ.deid && FRESH_READ.triage ? ', and so have the fresh ones' : ''}.`,
);
printQuality('dev', false);
const test = printQuality('test', true);
for (const round of ROUNDS) if (docsOf(round).length) printQuality(round, true);
const baselineCounts = evaluate(naive, 'test');
const b = scores(total(baselineCounts.exact));
console.log(
  `\nBaseline (naive regexes, no checksums/context/cues) on TEST: P ${f3(b.precision)} R ${f3(b.recall)} F1 ${f3(b.f1)}; Yiheng/baseline F1 ratio ${f3(test.f1 / Math.max(b.f1, 1e-9))}`,
);

// Triage.
const knowledge = loadBundledGuardKnowledge();
/** Red flags with the emergency model when it is bundled (what the guard runs), and red flags alone. */
const redflag = knowledge.redflags
  ? new RedFlagDetector(knowledge.redflags, knowledge.emergencyModel)
  : undefined;
const rulesOnly = knowledge.redflags ? new RedFlagDetector(knowledge.redflags) : undefined;
const harm = new HarmDetector();
const levels: TriageLevel[] = ['emergency', 'urgent', 'routine'];
function triageFile(
  file: string,
  title: string,
  filter: (tags: string[]) => boolean = () => true,
  detector = redflag,
) {
  if (!detector) return;
  if (!existsSync(file)) {
    console.log(`${file} not found: skipped`);
    return;
  }
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .map((x) => ({
      text: String(x.text ?? x.message ?? ''),
      label: String(x.level ?? x.label ?? x.triage) as TriageLevel,
      tags: Array.isArray(x.tags) ? x.tags.map(String) : [],
    }))
    .filter((x) => levels.includes(x.label) && filter(x.tags));
  const matrix = new Map<string, number>();
  for (const item of items) {
    const findings: Finding[] = [...detector.detect(item.text), ...harm.detect(item.text)];
    // Self-harm and lethal-dose findings count at their level, as the guard's triage does (triageOf).
    const predicted = triageOf(findings);
    matrix.set(`${item.label}>${predicted}`, (matrix.get(`${item.label}>${predicted}`) ?? 0) + 1);
  }
  console.log(`\n### ${title}: ${items.length} messages. Rows: gold; columns: predicted.`);
  console.log(`gold\\pred    ${levels.map((l) => l.padStart(9)).join(' ')}`);
  for (const g of levels)
    console.log(
      `${g.padEnd(12)} ${levels.map((p) => String(matrix.get(`${g}>${p}`) ?? 0).padStart(9)).join(' ')}`,
    );
  const tp = matrix.get('emergency>emergency') ?? 0;
  const goldE = levels.reduce((n, p) => n + (matrix.get(`emergency>${p}`) ?? 0), 0);
  const predE = levels.reduce((n, g) => n + (matrix.get(`${g}>emergency`) ?? 0), 0);
  const recall = goldE ? tp / goldE : 1;
  const precision = predE ? tp / predE : 1;
  console.log(
    `emergency recall ${f3(recall)} (${tp}/${goldE}; target ≥ 0.98: ${mark(recall >= 0.98)}), precision ${f3(precision)} (${tp}/${predE}; target ≥ 0.90: ${mark(precision >= 0.9)}); false emergencies ${predE - tp} of ${items.length - goldE} urgent or routine messages (${((100 * (predE - tp)) / Math.max(items.length - goldE, 1)).toFixed(1)}%)`,
  );
}
console.log('\n## Triage (emergency | urgent | routine)');
if (!redflag) console.log('no red-flag knowledge (data/knowledge/redflags.jsonl): skipped');
else {
  triageFile('data/labelled/triage.jsonl', 'triage.jsonl, all (the tuning set)');
  triageFile('data/labelled/triage.jsonl', 'triage.jsonl, holdout-b items only', (t) =>
    t.includes('holdout-b'),
  );
  for (const round of ROUNDS) {
    const file = labelledFile('triage', round);
    const name = file.slice('data/labelled/'.length);
    if (!existsSync(file)) continue;
    if (round !== FRESH.triage) {
      const history = round === 1 || round === 7 ? 'measured twice' : 'measured once fresh';
      triageFile(
        file,
        `ROUND-${round}${round === 1 ? ' held-out' : ''} ${name} (${history}, then used for tuning)`,
      );
    } else if (withHoldout && existsSync(file)) {
      triageFile(
        file,
        `NEWEST round ${round} ${name} (${freshLabel('triage')}), red flags + emergency model`,
      );
      triageFile(file, `NEWEST round ${round}, hard items only`, (t) => t.includes('hard'));
      triageFile(file, `NEWEST round ${round}, red flags alone`, undefined, rulesOnly);
    } else console.log(`\n(fresh round-${round} held-out sets absent or left out: --no-holdout)`);
  }
  // Plain everyday questions, most of what a service receives: how often they are called emergencies
  // (the second set has no emergencies: false alarms only).
  for (const [name, file] of [
    ['EVERYDAY QUESTIONS', 'triage-everyday-holdout.jsonl'],
    ['EVERYDAY QUESTIONS 2', 'triage-everyday-holdout-2.jsonl'],
  ]) {
    const path = `data/labelled/${file}`;
    if (!withHoldout || !existsSync(path)) continue;
    triageFile(path, `${name} held-out (${file}, never tuned on), red flags + emergency model`);
    triageFile(path, `${name} held-out, red flags alone`, undefined, rulesOnly);
  }
  modelBacktest();
}

/**
 * The emergency model's time-split back-test: for each round whose red-flag verdicts were recorded when
 * it was fresh (data/models/triage-emergency-backtest.jsonl, from the commit that added the round), a
 * model trained only on the rounds before it is combined with those verdicts, as the guard combines
 * them. This is what the rules and the model would have scored on each round before anyone read it.
 */
function modelBacktest() {
  const recorded = 'data/models/triage-emergency-backtest.jsonl';
  if (!existsSync(recorded) || !knowledge.emergencyModel) return;
  const verdicts = new Map<number, Map<string, TriageLevel>>();
  for (const line of readFileSync(recorded, 'utf8')
    .split('\n')
    .filter((l) => l.trim())) {
    const v = JSON.parse(line) as { round: number; id: string; rules: TriageLevel };
    if (v.round === FRESH.triage && !withHoldout) continue;
    if (!verdicts.has(v.round)) verdicts.set(v.round, new Map());
    verdicts.get(v.round)!.set(v.id, v.rules);
  }
  console.log(
    '\n### Emergency model, time-split back-test: each round scored by a model trained on the rounds before it, with the red-flag verdicts recorded when the round was fresh',
  );
  console.log('round  emergencies | rules R / P   | model alone R / P | rules + model R / P');
  const pooled = { rules: [0, 0], model: [0, 0], both: [0, 0], gold: 0 };
  const rp = ([tp, predicted]: number[], gold: number) =>
    `${f3(tp! / gold)} / ${f3(tp! / Math.max(predicted!, 1))}`;
  const mask = drugMask(knowledge.drugs!);
  for (const [round, byId] of verdicts) {
    const model = EmergencyModel.fromFile(trainEmergencyModel(emergencyTrainingFiles(round - 1), mask), mask);
    const counts = { rules: [0, 0], model: [0, 0], both: [0, 0], gold: 0 };
    for (const line of readFileSync(triageSetFile(round), 'utf8')
      .split('\n')
      .filter((l) => l.trim())) {
      const item = JSON.parse(line) as { id: string; text: string; label: TriageLevel };
      const gold = item.label === 'emergency';
      const rules = byId.get(item.id) === 'emergency';
      const probability = model.probability(item.text) ?? 0;
      const both = rules || modelRaises(rules, probability, model.file.promote_at);
      const alone = probability >= model.file.promote_at;
      counts.gold += Number(gold);
      for (const [key, said] of [
        ['rules', rules],
        ['model', alone],
        ['both', both],
      ] as const) {
        counts[key][0]! += Number(gold && said);
        counts[key][1]! += Number(said);
      }
    }
    for (const key of ['rules', 'model', 'both'] as const)
      for (const i of [0, 1]) pooled[key][i]! += counts[key][i]!;
    pooled.gold += counts.gold;
    console.log(
      `${String(round).padStart(5)}  ${String(counts.gold).padStart(11)} | ${rp(counts.rules, counts.gold)} | ${rp(counts.model, counts.gold)}     | ${rp(counts.both, counts.gold)}`,
    );
  }
  const recall = pooled.both[0]! / pooled.gold;
  const precision = pooled.both[0]! / pooled.both[1]!;
  console.log(
    `pooled ${String(pooled.gold).padStart(11)} | ${rp(pooled.rules, pooled.gold)} | ${rp(pooled.model, pooled.gold)}     | ${rp(pooled.both, pooled.gold)} (targets recall ≥ 0.98: ${mark(recall >= 0.98)}, precision ≥ 0.90: ${mark(precision >= 0.9)})`,
  );
}

if (knowledge.drugs) printDoseQuality(knowledge.drugs);

// Speed, in a process of its own (bench/guard-speed.ts): the quality sections above leave a large heap
// (twenty back-test models among it) whose garbage collection is charged to whatever runs next, so a
// figure measured here would read lower and move more than what a gateway process sees.
execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/guard-speed.ts'], {
  stdio: 'inherit',
});
