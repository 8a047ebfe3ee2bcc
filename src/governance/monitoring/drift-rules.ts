import path from 'node:path';
import { z } from 'zod';
import { GOVERNANCE_DATA_DIR, readYamlFile } from '../catalogue/catalogue.ts';
import { bilingualSchema } from '../shared/bilingual.ts';
import { parseRecord } from '../shared/errors.ts';
import { rateNames } from './monitoring.ts';

export const BUNDLED_MONITORING = path.join(GOVERNANCE_DATA_DIR, 'monitoring.yaml');

const baselineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reference_window'), days: z.number().int().min(1).max(90) }).strict(),
  z
    .object({
      kind: z.literal('evaluation'),
      suite: z.string().min(1),
      metric: z.string().min(1),
    })
    .strict(),
  z.object({ kind: z.literal('value'), value: z.number().min(0).max(1) }).strict(),
]);

export const driftRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    metric: z.enum(rateNames as [string, ...string[]]),
    title: bilingualSchema,
    window_days: z.number().int().min(1).max(90),
    baseline: baselineSchema,
    max_change: z.number().min(0).max(1),
    direction: z.enum(['both', 'increase', 'decrease']).default('both'),
  })
  .strict();
export type DriftRule = z.infer<typeof driftRuleSchema>;

export const driftRulesSchema = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    /** Fewer requests (or feedback, or decided reviews) than this in a window: no verdict. */
    min_requests: z.number().int().min(1).default(50),
    rules: z.array(driftRuleSchema),
  })
  .strict();
export type DriftRules = z.infer<typeof driftRulesSchema>;

export function loadDriftRules(file = BUNDLED_MONITORING): DriftRules {
  return parseRecord(driftRulesSchema, readYamlFile(file), `monitoring rules ${file}`);
}
