import path from 'node:path';
import { z } from 'zod';
import { GOVERNANCE_DATA_DIR, readYamlFile } from '../catalogue/catalogue.ts';
import { bilingualSchema } from '../shared/bilingual.ts';
import { parseRecord } from '../shared/errors.ts';

export const BUNDLED_INCIDENT_RULES = path.join(GOVERNANCE_DATA_DIR, 'incident-rules.yaml');

export const severities = ['low', 'medium', 'high', 'critical'] as const;

/** A finding type such as DOSE_ABOVE_MAX, or a family such as PII.* */
const findingPattern = z
  .string()
  .regex(/^[A-Z][A-Z0-9_.]*(\.\*)?$/, 'a finding type such as DOSE_ABOVE_MAX, or PII.*');

export const incidentRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    title: bilingualSchema,
    description: bilingualSchema,
    match: z
      .object({
        /** Audit record kinds to count; chat answers by default. */
        kinds: z.array(z.string().min(1)).min(1).default(['chat.completion', 'chat.stream.end']),
        stage: z.enum(['input', 'output', 'any']).default('any'),
        findings: z.array(findingPattern).min(1).optional(),
        decision: z.enum(['allow', 'redact', 'review', 'escalate', 'block']).optional(),
      })
      .strict(),
    threshold: z
      .object({
        count: z.number().int().min(1).max(1_000_000),
        window_minutes: z
          .number()
          .int()
          .min(1)
          .max(7 * 24 * 60),
      })
      .strict(),
    severity: z.enum(severities),
    /** Also pull the kill switch for the deployment (off by default: a person decides). */
    auto_suspend: z.boolean().default(false),
  })
  .strict()
  .refine(
    (r) => r.match.stage === 'any' || r.match.findings !== undefined || r.match.decision !== undefined,
    {
      message: 'a stage needs findings or a decision to look at',
      path: ['match', 'stage'],
    },
  );
export type IncidentRule = z.infer<typeof incidentRuleSchema>;

export const incidentRulesSchema = z
  .object({ version: z.string().regex(/^\d+\.\d+\.\d+$/), rules: z.array(incidentRuleSchema) })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.rules.forEach((r, i) => {
      if (ids.has(r.id))
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id ${r.id}` });
      ids.add(r.id);
    });
  });
export type IncidentRules = z.infer<typeof incidentRulesSchema>;

export function loadIncidentRules(file = BUNDLED_INCIDENT_RULES): IncidentRules {
  return parseRecord(incidentRulesSchema, readYamlFile(file), `incident rules ${file}`);
}
