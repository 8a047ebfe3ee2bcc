/**
 * Trains the bundled Chinese person-name model (data/models/person-zh.json) on the de-identification
 * sets already used for tuning: deid.jsonl's "dev" records (never its "test" split) and held-out rounds
 * 1 to THROUGH. The newest round is never included, so that it stays an honest measure of the rules and
 * the model together. Deterministic: the same files give the same bytes (src/guard/name-model tests
 * retrain and compare).
 *
 *   npx tsx scripts/train-person-model.ts [--through 32] [--out data/models/person-zh.json]
 */
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { personTrainingSources, trainPersonModel } from '../src/guard/name-model/train.ts';

const options = new Command()
  .option('--through <round>', 'the last held-out de-identification round to train on', '32')
  .option('--out <file>', 'where to write the model', 'data/models/person-zh.json')
  .parse()
  .opts<{ through: string; out: string }>();
const file = trainPersonModel(personTrainingSources(Number(options.through)));
writeFileSync(options.out, `${JSON.stringify(file, null, 1)}\n`);
const sum = (key: 'texts' | 'candidates' | 'names') => file.training.reduce((n, t) => n + t[key], 0);
console.log(
  `wrote ${options.out}: ${sum('texts')} texts, ${sum('candidates')} candidates (${sum('names')} names) from ${file.training.length} files, reporting at p ≥ ${file.report_at}`,
);
