import type { DrugMask } from './drug-mask.ts';
import { EmergencyModel, type EmergencyModelFile } from './emergency-model.ts';
import { FEATURE_BITS } from './features.ts';
import { trainAveragedLogistic } from './logistic.ts';
import { readTrainingSet, triageSetFile } from './training-data.ts';

/**
 * The probability at which the model raises a message to emergency: the plain 0.5 of a logistic model,
 * fixed before round 28 was measured and not re-chosen per training run (see
 * data/models/triage-emergency.card.md for the back-test that supports it).
 */
export const EMERGENCY_PROMOTE_AT = 0.5;
/** Four times the longest training message: beyond this the text is not a patient's message. */
export const EMERGENCY_MODEL_MAX_CHARS = 2000;
/**
 * How many training runs (shuffle seeds) the model's weights are the mean of. One run's decisions depend
 * on the order it happened to read the examples in; in the time-split back-test over rounds 18–59 the mean
 * of five raised rules + model from 0.982 / 0.889 to 0.985 / 0.901 (recall / precision) and halved the
 * model's false alarms on the everyday training questions under cross-validation (22 → 11 of 392); see
 * data/models/triage-emergency.card.md.
 */
export const EMERGENCY_TRAINING_RUNS = 5;
export const EMERGENCY_MODEL_VERSION = '1.37.0';

/**
 * Plain everyday questions (medicines, mild symptoms, test results), written as training data only: the
 * held-out rounds are mostly alarming messages and their look-alikes, and without these the model
 * learns that a medicine's name alone ("paracetamol") means an overdose.
 */
export const EVERYDAY_TRAINING_FILE = 'data/labelled/triage-everyday-train.jsonl';

/** What a model for round `through + 1` may learn from: the first set, held-out rounds 1 to `through`, the everyday questions. */
export const emergencyTrainingFiles = (through: number): string[] => [
  ...Array.from({ length: through + 1 }, (_, round) => triageSetFile(round)),
  EVERYDAY_TRAINING_FILE,
];

/** The model file trained on the given labelled triage files, reading them with drug names masked. */
export function trainEmergencyModel(
  files: readonly string[],
  mask: DrugMask,
  root = '.',
): EmergencyModelFile {
  const sets = files.map((file) => readTrainingSet(file, mask, root));
  const model = trainAveragedLogistic(
    sets.flatMap((s) => s.examples),
    { buckets: 1 << FEATURE_BITS },
    EMERGENCY_TRAINING_RUNS,
  );
  return EmergencyModel.toFile(model, {
    version: EMERGENCY_MODEL_VERSION,
    promote_at: EMERGENCY_PROMOTE_AT,
    max_chars: EMERGENCY_MODEL_MAX_CHARS,
    drug_names_sha256: mask.digest,
    training: sets.map((s) => ({ file: s.file, sha256: s.sha256, messages: s.examples.length })),
  });
}
