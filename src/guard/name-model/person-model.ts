import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Finding } from '../finding.ts';
import { type LogisticWeights, quantiseWeights, readQuantisedWeights } from '../triage-model/logistic.ts';
import {
  candidateFeatures,
  endFeatures,
  NAME_FEATURE_BITS,
  startFeatures,
  visitCandidates,
} from './features.ts';

/** The detector name of the model's findings; `disable: ['pii.person_zh_model']` switches it off. */
export const PERSON_MODEL_DETECTOR = 'pii.person_zh_model';
/** The score of a model finding: above the default 0.5 reporting line, below most rule findings. */
export const PERSON_MODEL_SCORE = 0.6;

/**
 * The value of a field that names a place or a people (籍贯：温州人, 出生地：兰州, 民族：回族): never a person's
 * name, though a surname may open it (温, 兰). The rules know these fields; the model reads characters only,
 * so it is kept out of their values.
 */
const PLACE_FIELD_VALUE =
  /(?:籍贯|祖籍|原籍|出生地|户籍(?:所在地)?|国籍|民族)(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)([^\s，。；、,;:：]{1,12})/g;

/**
 * The bundled person-name model's file: logistic-regression weights over hashed candidate features,
 * one signed byte per bucket (base64) with one scale factor, the probability at which a candidate is
 * reported, and the digests of the files it was trained on.
 */
export const personModelFile = z.object({
  format: z.literal('yiheng-person-zh-model/1'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  feature_bits: z.literal(NAME_FEATURE_BITS),
  bias: z.number(),
  scale: z.number().positive(),
  /** At or above this probability, a candidate no rule finding overlaps is reported as PERSON. */
  report_at: z.number().min(0).max(1),
  training: z.array(
    z.object({
      file: z.string(),
      sha256: z.string().length(64),
      /** Which records of the file were read ('all', or a split such as 'dev'). */
      records: z.string(),
      texts: z.number().int(),
      candidates: z.number().int(),
      names: z.number().int(),
    }),
  ),
  weights: z.string().min(1),
});
export type PersonModelFile = z.infer<typeof personModelFile>;

/** A span the rules left alone: where a finding of any type lies, the model adds nothing. */
export interface Occupied {
  start: number;
  end: number;
}

export class PersonNameModel {
  /** Reused between calls: feature buckets of one candidate, and the chosen candidates of one text. */
  private readonly scratch = new Int32Array(32);
  private readonly threshold: number;

  private constructor(
    private readonly weights: Int8Array,
    private readonly scale: number,
    private readonly bias: number,
    readonly file: Omit<PersonModelFile, 'weights'>,
  ) {
    // Compare logits, not probabilities: no exp per candidate.
    const p = Math.min(Math.max(file.report_at, 1e-9), 1 - 1e-9);
    this.threshold = Math.log(p / (1 - p));
  }

  static fromFile(data: unknown): PersonNameModel {
    const parsed = personModelFile.parse(data);
    const weights = readQuantisedWeights(parsed.weights, 1 << NAME_FEATURE_BITS, 'person model');
    const { weights: _encoded, ...meta } = parsed;
    return new PersonNameModel(weights, parsed.scale, parsed.bias, meta);
  }

  /** Quantises trained weights into the file format. */
  static toFile(
    model: LogisticWeights,
    meta: Pick<PersonModelFile, 'version' | 'report_at' | 'training'>,
  ): PersonModelFile {
    const { scale, base64 } = quantiseWeights(model.weights);
    return {
      format: 'yiheng-person-zh-model/1',
      version: meta.version,
      feature_bits: NAME_FEATURE_BITS,
      bias: model.bias,
      scale,
      report_at: meta.report_at,
      training: meta.training,
      weights: base64,
    };
  }

  /** The logit of one candidate (tests, explanations). */
  logit(text: string, start: number, end: number, surname: number): number {
    const n = candidateFeatures(text, start, end, surname, this.scratch);
    let sum = 0;
    for (let k = 0; k < n; k++) sum += this.weights[this.scratch[k]!]!;
    return this.bias + sum * this.scale;
  }

  /** The probability that text[start, end) is exactly a person's name. */
  probability(text: string, start: number, end: number, surname: number): number {
    return 1 / (1 + Math.exp(-this.logit(text, start, end, surname)));
  }

  /**
   * The names the model finds in `text` outside every span in `occupied` (the rule findings, sorted or
   * not): candidates at or above the reporting line, best first, none overlapping another. `reportAt`
   * overrides the file's line (the back-test sweeps it).
   */
  find(text: string, occupied: readonly Occupied[], reportAt?: number): Finding[] {
    const line =
      reportAt === undefined
        ? this.threshold
        : Math.log(Math.max(reportAt, 1e-9) / Math.max(1 - reportAt, 1e-9));
    const taken = new Uint8Array(text.length);
    for (const o of occupied) taken.fill(1, Math.max(0, o.start), Math.min(text.length, o.end));
    for (const m of text.matchAll(PLACE_FIELD_VALUE)) {
      const end = m.index + m[0].length;
      taken.fill(1, end - m[1]!.length, end);
    }
    const chosen: Array<{ start: number; end: number; z: number }> = [];
    const { weights, scratch } = this;
    // The start features are shared by every candidate at one start: summed once per start.
    let lastStart = -1;
    let lastSurname = 0;
    let startSum = 0;
    visitCandidates(text, (start, end, surname) => {
      for (let k = start; k < end; k++) if (taken[k] === 1) return;
      if (start !== lastStart || surname !== lastSurname) {
        const n = startFeatures(text, start, surname, scratch, 0);
        startSum = 0;
        for (let k = 0; k < n; k++) startSum += weights[scratch[k]!]!;
        lastStart = start;
        lastSurname = surname;
      }
      const n = endFeatures(text, start, end, surname, scratch, 0);
      let sum = startSum;
      for (let k = 0; k < n; k++) sum += weights[scratch[k]!]!;
      const z = this.bias + sum * this.scale;
      if (z < line) return;
      chosen.push({ start, end, z });
    });
    if (chosen.length === 0) return [];
    chosen.sort((a, b) => b.z - a.z || a.start - b.start || a.end - b.end);
    const out: Finding[] = [];
    for (const c of chosen) {
      let free = true;
      for (let k = c.start; k < c.end; k++)
        if (taken[k] !== 0) {
          free = false;
          break;
        }
      if (!free) continue;
      taken.fill(2, c.start, c.end);
      out.push({
        type: 'PERSON',
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        score: PERSON_MODEL_SCORE,
        detector: PERSON_MODEL_DETECTOR,
        detail: { probability: Math.round((1 / (1 + Math.exp(-c.z))) * 1000) / 1000 },
      });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

export const BUNDLED_PERSON_MODEL = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/models/person-zh.json',
);

let bundled: PersonNameModel | null | undefined;
/** The model bundled in data/models (read once per process); undefined when the file is absent. */
export function loadBundledPersonModel(file = BUNDLED_PERSON_MODEL): PersonNameModel | undefined {
  if (file === BUNDLED_PERSON_MODEL && bundled !== undefined) return bundled ?? undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (file === BUNDLED_PERSON_MODEL) bundled = null;
    return undefined;
  }
  const model = PersonNameModel.fromFile(JSON.parse(text));
  if (file === BUNDLED_PERSON_MODEL) bundled = model;
  return model;
}
