import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { featureBuckets } from './features.ts';
import type { TrainingExample } from './logistic.ts';

const labelledMessage = z.object({
  id: z.string(),
  text: z.string(),
  label: z.enum(['emergency', 'urgent', 'routine']),
});

/** The labelled triage file of a round: 0 is the first tuning set, 1 the first held-out round. */
export const triageSetFile = (round: number): string =>
  round === 0
    ? 'data/labelled/triage.jsonl'
    : `data/labelled/triage-holdout${round === 1 ? '' : `-${round}`}.jsonl`;

export interface TrainingSet {
  file: string;
  sha256: string;
  examples: TrainingExample[];
}

/**
 * A labelled triage file as training examples (emergency against everything else), with its digest;
 * `prepare` is what the model does to a text before reading it (masking drug names).
 */
export function readTrainingSet(file: string, prepare: (text: string) => string, root = '.'): TrainingSet {
  const { sha256, items } = readLabelledJsonl(file, labelledMessage, root);
  const examples = items.map((m) => ({
    buckets: featureBuckets(prepare(m.text)),
    label: m.label === 'emergency' ? (1 as const) : (0 as const),
  }));
  return { file, sha256, examples };
}

/**
 * The non-blank lines of a labelled JSONL file, each parsed with `schema` (a bad line stops the read and
 * is named), and the file's SHA-256, which a bundled model records for each file it was trained on.
 */
export function readLabelledJsonl<T>(
  file: string,
  schema: z.ZodType<T>,
  root = '.',
): { sha256: string; items: T[] } {
  const raw = readFileSync(`${root}/${file}`);
  const items = raw
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file} line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
  return { sha256: createHash('sha256').update(raw).digest('hex'), items };
}
