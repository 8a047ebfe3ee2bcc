import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DrugLookup } from '../../foundation/knowledge/drugs.ts';
import { type DrugMask, drugMask } from './drug-mask.ts';
import { FEATURE_BITS, featureOccurrences, visitFeatureBuckets } from './features.ts';
import { type LogisticWeights, quantiseWeights, readQuantisedWeights, sigmoid } from './logistic.ts';

/**
 * The bundled emergency model's file: logistic-regression weights over hashed n-gram features, stored
 * as signed bytes (one per bucket, base64) with one scale factor. Quantising to 8 bits changed no
 * decision in the back-test over rounds 18–27 and keeps the file at about 350 KB.
 */
export const emergencyModelFile = z.object({
  format: z.literal('yiheng-emergency-model/1'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  feature_bits: z.literal(FEATURE_BITS),
  bias: z.number(),
  scale: z.number().positive(),
  /** At or above this probability, a message the rules leave below emergency is raised to emergency. */
  promote_at: z.number().min(0).max(1),
  /** Longer texts (a pasted record, a long chat) are outside what the model was trained on. */
  max_chars: z.number().int().positive(),
  /** The drug names masked before reading (DrugMask.digest): the model only works with the same names. */
  drug_names_sha256: z.string().length(64),
  training: z.array(
    z.object({ file: z.string(), sha256: z.string().length(64), messages: z.number().int() }),
  ),
  weights: z.string().min(1),
});
export type EmergencyModelFile = z.infer<typeof emergencyModelFile>;

/** One n-gram that pushed the probability up, for explanations. */
export interface Evidence {
  gram: string;
  start: number;
  end: number;
  weight: number;
}

/**
 * The weights as stored: one signed byte per bucket, times `scale`. Scoring sums the bytes and scales
 * once; kept at 8 bits in memory too, so that the 256 KB of weights and the 256 KB of seen-stamps stay
 * in cache beside the red-flag matcher (as 64-bit floats they took 3 MB and ran 1.6× slower there).
 */
interface QuantisedWeights {
  weights: Int8Array;
  scale: number;
  bias: number;
}

export class EmergencyModel {
  /** Which call last saw each bucket (a byte that wraps): counts each feature once per text without a Set per call. */
  private readonly seenIn = new Uint8Array(1 << FEATURE_BITS);
  private call = 0;

  private constructor(
    private readonly model: QuantisedWeights,
    readonly file: Omit<EmergencyModelFile, 'weights'>,
    private readonly mask: DrugMask,
  ) {}

  /** The model in a file, reading texts with drug names masked by `mask` (which must be the one it was trained with). */
  static fromFile(data: unknown, mask: DrugMask): EmergencyModel {
    const parsed = emergencyModelFile.parse(data);
    if (parsed.drug_names_sha256 !== mask.digest)
      throw new Error(
        'emergency model: it was trained with a different text mask (the list of drug names, or the long-number rule) than this code and knowledge base have; retrain it (npx tsx scripts/train-emergency-model.ts)',
      );
    const weights = readQuantisedWeights(parsed.weights, 1 << FEATURE_BITS, 'emergency model');
    const { weights: _encoded, ...meta } = parsed;
    return new EmergencyModel({ weights, scale: parsed.scale, bias: parsed.bias }, meta, mask);
  }

  /** Quantises trained weights into the file format. */
  static toFile(
    model: LogisticWeights,
    meta: Omit<EmergencyModelFile, 'weights' | 'scale' | 'bias' | 'format' | 'feature_bits'>,
  ): EmergencyModelFile {
    const { scale, base64 } = quantiseWeights(model.weights);
    return {
      format: 'yiheng-emergency-model/1',
      version: meta.version,
      feature_bits: FEATURE_BITS,
      bias: model.bias,
      scale,
      promote_at: meta.promote_at,
      max_chars: meta.max_chars,
      drug_names_sha256: meta.drug_names_sha256,
      training: meta.training,
      weights: base64,
    };
  }

  /** The probability that the message describes an emergency; undefined when the text is too long to judge. */
  probability(text: string): number | undefined {
    if (text.length > this.file.max_chars) return undefined;
    if (++this.call === 256) {
      this.seenIn.fill(0);
      this.call = 1;
    }
    const { weights } = this.model;
    const { seenIn, call } = this;
    let sum = 0;
    visitFeatureBuckets(this.mask(text), (bucket) => {
      if (seenIn[bucket] === call) return;
      seenIn[bucket] = call;
      sum += weights[bucket]!;
    });
    return sigmoid(this.model.bias + sum * this.model.scale);
  }

  /**
   * The phrases that pushed the probability up most, strongest first, not overlapping: each feature's
   * weight is credited to the text it came from (Latin n-grams widened to whole words, so that "ys h"
   * reads as "sweaty, says his"), and phrases are ranked by the weight credited to them.
   */
  evidence(text: string, count = 3): Evidence[] {
    const { masked, original } = this.mask.withOffsets(text);
    const seen = new Set<number>();
    const credit = new Map<string, Evidence>();
    for (const f of featureOccurrences(masked)) {
      if (seen.has(f.bucket)) continue;
      seen.add(f.bucket);
      const weight = this.model.weights[f.bucket]! * this.model.scale;
      if (weight <= 0) continue;
      let start = original(f.start, false);
      let end = original(f.end, true);
      if (end <= start) continue;
      if (f.gram[0] !== 'c') {
        while (start > 0 && LATIN_WORD.test(text[start - 1]!)) start--;
        while (end < text.length && LATIN_WORD.test(text[end]!)) end++;
      }
      const key = `${start}:${end}`;
      const entry = credit.get(key) ?? { gram: text.slice(start, end), start, end, weight: 0 };
      entry.weight += weight;
      credit.set(key, entry);
    }
    const chosen: Evidence[] = [];
    for (const e of [...credit.values()].sort((a, b) => b.weight - a.weight || a.start - b.start)) {
      if (chosen.some((c) => c.start < e.end && e.start < c.end)) continue;
      chosen.push(e);
      if (chosen.length === count) break;
    }
    return chosen;
  }
}

const LATIN_WORD = /[A-Za-z0-9']/;

export const BUNDLED_EMERGENCY_MODEL = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/models/triage-emergency.json',
);

/**
 * The model bundled in data/models, reading with the bundled drug names masked; undefined when the file
 * or the drug look-up is absent (rules alone then decide).
 */
export function loadBundledEmergencyModel(
  drugs: DrugLookup | undefined,
  file = BUNDLED_EMERGENCY_MODEL,
): EmergencyModel | undefined {
  if (!drugs) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return EmergencyModel.fromFile(JSON.parse(text), drugMask(drugs));
}
