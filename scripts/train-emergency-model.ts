/**
 * Trains the bundled emergency model (data/models/triage-emergency.json) on the labelled triage sets
 * that have already been measured fresh (the first tuning set and held-out rounds 1 to THROUGH) and the
 * everyday-questions training supplement. The
 * newest round is never included, so that it stays an honest measure of the rules and the model
 * together. Deterministic: the same files give the same bytes (src/guard/triage-model tests retrain
 * and compare).
 *
 *   npx tsx scripts/train-emergency-model.ts [--through 27] [--out data/models/triage-emergency.json]
 */
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { loadBundledGuardKnowledge } from '../src/guard/knowledge.ts';
import { drugMask } from '../src/guard/triage-model/drug-mask.ts';
import { EmergencyModel } from '../src/guard/triage-model/emergency-model.ts';
import { emergencyTrainingFiles, trainEmergencyModel } from '../src/guard/triage-model/train.ts';

const options = new Command()
  .option('--through <round>', 'the last held-out round to train on', '27')
  .option('--out <file>', 'where to write the model', 'data/models/triage-emergency.json')
  .parse()
  .opts<{ through: string; out: string }>();
const mask = drugMask(loadBundledGuardKnowledge({ model: false }).drugs!);
const file = trainEmergencyModel(emergencyTrainingFiles(Number(options.through)), mask);
writeFileSync(options.out, `${JSON.stringify(file, null, 1)}\n`);
const model = EmergencyModel.fromFile(file, mask);
console.log(
  `wrote ${options.out}: ${file.training.reduce((n, t) => n + t.messages, 0)} messages from ${file.training.length} files, raising to emergency at p ≥ ${model.file.promote_at}`,
);
