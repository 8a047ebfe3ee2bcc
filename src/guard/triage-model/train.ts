import { EmergencyModel, type EmergencyModelFile } from './emergency-model.ts';
import { FEATURE_BITS } from './features.ts';
import { trainLogistic } from './logistic.ts';
import { readTrainingSet, triageSetFile } from './training-data.ts';

/**
 * The probability at which the model raises a message to emergency: the plain 0.5 of a logistic model,
 * fixed before round 28 was measured and not re-chosen per training run (see
 * data/models/triage-emergency.card.md for the back-test that supports it).
 */
export const EMERGENCY_PROMOTE_AT = 0.5;
/** Four times the longest training message: beyond this the text is not a patient's message. */
export const EMERGENCY_MODEL_MAX_CHARS = 2000;
export const EMERGENCY_MODEL_VERSION = '1.0.0';

/** The model file trained on the first tuning set and held-out rounds 1 to `through`. */
export function trainEmergencyModel(through: number, root = '.'): EmergencyModelFile {
  const sets = Array.from({ length: through + 1 }, (_, round) => readTrainingSet(triageSetFile(round), root));
  const model = trainLogistic(
    sets.flatMap((s) => s.examples),
    { buckets: 1 << FEATURE_BITS },
  );
  return EmergencyModel.toFile(model, {
    version: EMERGENCY_MODEL_VERSION,
    promote_at: EMERGENCY_PROMOTE_AT,
    max_chars: EMERGENCY_MODEL_MAX_CHARS,
    training: sets.map((s) => ({ file: s.file, sha256: s.sha256, messages: s.examples.length })),
  });
}
