import { z } from 'zod';
import { type TrainingExample, trainLogistic } from '../triage-model/logistic.ts';
import { readLabelledJsonl } from '../triage-model/training-data.ts';
import { candidateBuckets, NAME_FEATURE_BITS, visitCandidates } from './features.ts';
import { type PersonModelFile, PersonNameModel } from './person-model.ts';

/**
 * The probability at which the model reports a candidate, chosen on the time-split back-test over
 * rounds 25–32 (scripts/backtest-person-model.ts; data/models/person-zh.card.md gives the table).
 */
export const PERSON_REPORT_AT = 0.3;
export const PERSON_MODEL_VERSION = '1.28.0';

/** The labelled de-identification file of a held-out round (1 is deid-holdout.jsonl). */
export const deidRoundFile = (round: number): string =>
  `data/labelled/deid-holdout${round === 1 ? '' : `-${round}`}.jsonl`;
/** The first de-identification set: only its "dev" records may be learnt from ("test" is the bench's test split). */
export const DEID_DEV_FILE = 'data/labelled/deid.jsonl';

export interface TrainingSource {
  file: string;
  /** 'all', or the one split whose records are read. */
  records: string;
}

/** What a model for round `through + 1` may learn from: deid.jsonl's dev records and held-out rounds 1 to `through`. */
export const personTrainingSources = (through: number): TrainingSource[] => [
  { file: DEID_DEV_FILE, records: 'dev' },
  ...Array.from({ length: through }, (_, i) => ({ file: deidRoundFile(i + 1), records: 'all' })),
];

const labelledRecord = z.object({
  id: z.string(),
  lang: z.enum(['zh', 'en']),
  split: z.string().optional(),
  text: z.string(),
  spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), type: z.string() })),
});
export type LabelledRecord = z.infer<typeof labelledRecord>;

/** The records of a labelled de-identification file (those of one split when `records` names one), with the file's digest. */
export function readDeidRecords(
  source: TrainingSource,
  root = '.',
): { sha256: string; records: LabelledRecord[] } {
  const { sha256, items } = readLabelledJsonl(source.file, labelledRecord, root);
  return { sha256, records: items.filter((r) => source.records === 'all' || r.split === source.records) };
}

/** Every candidate of a text as an example: 1 when it is exactly a gold PERSON span. */
export function recordExamples(record: Pick<LabelledRecord, 'text' | 'spans'>): TrainingExample[] {
  const gold = new Set(record.spans.filter((s) => s.type === 'PERSON').map((s) => `${s.start}:${s.end}`));
  const out: TrainingExample[] = [];
  visitCandidates(record.text, (start, end, surname) =>
    out.push({
      buckets: candidateBuckets(record.text, start, end, surname),
      label: gold.has(`${start}:${end}`) ? 1 : 0,
    }),
  );
  return out;
}

export interface PersonTrainOptions {
  reportAt?: number;
  root?: string;
}

/** The model file trained on the given sources. Deterministic: the same files give the same bytes. */
export function trainPersonModel(
  sources: readonly TrainingSource[],
  options: PersonTrainOptions = {},
): PersonModelFile {
  const examples: TrainingExample[] = [];
  const training: PersonModelFile['training'] = [];
  for (const source of sources) {
    const { sha256, records } = readDeidRecords(source, options.root);
    let candidates = 0;
    let names = 0;
    for (const record of records) {
      const e = recordExamples(record);
      candidates += e.length;
      for (const x of e) names += x.label;
      examples.push(...e);
    }
    training.push({
      file: source.file,
      sha256,
      records: source.records,
      texts: records.length,
      candidates,
      names,
    });
  }
  const model = trainLogistic(examples, { buckets: 1 << NAME_FEATURE_BITS });
  return PersonNameModel.toFile(model, {
    version: PERSON_MODEL_VERSION,
    report_at: options.reportAt ?? PERSON_REPORT_AT,
    training,
  });
}
