import { z } from 'zod';
import { bilingual } from '../../foundation/knowledge/schema.ts';
import { deidModes } from '../deid/deidentifier.ts';
import { detectorNames } from '../detectors/detector.ts';
import { findingTypes, piiType } from '../finding.ts';
import { registryConfigSchema } from '../registry-config.ts';

/**
 * A guard policy (data/policies/*.yaml): which detectors run on input and output, the thresholds,
 * how personal data is de-identified, and the decision for each kind of finding — per direction,
 * with overrides per role. Versioned so the audit trail can name the policy that decided.
 */
export const decisions = ['allow', 'redact', 'review', 'escalate', 'block'] as const;
export const decision = z.enum(decisions);
export type Decision = z.infer<typeof decision>;
/** Strictest first wins when a text has several findings. */
export const DECISION_RANK: Record<Decision, number> = {
  allow: 0,
  redact: 1,
  review: 2,
  escalate: 3,
  block: 4,
};

/**
 * Rule keys: a finding type (SELF_HARM, PERSON…), a type with a qualifier (RED_FLAG.emergency,
 * DRUG_INTERACTION.major), or PII for every personal-data type without its own rule. RED_FLAG.model
 * is an emergency raised by the emergency model where no rule matched: a deployment can send those
 * to review instead of escalating them (when absent they follow RED_FLAG.emergency).
 */
const qualifiers = [
  'emergency',
  'urgent',
  'routine',
  'contraindicated',
  'major',
  'moderate',
  'minor',
  'model',
];
const isRuleKey = (key: string) => {
  const [type, qualifier, ...rest] = key.split('.');
  return (
    rest.length === 0 &&
    (type === 'PII' || (findingTypes as readonly string[]).includes(type!)) &&
    (qualifier === undefined || qualifiers.includes(qualifier))
  );
};
const ruleSet = z.record(z.string(), decision).superRefine((rules, ctx) => {
  for (const key of Object.keys(rules))
    if (!isRuleKey(key))
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `unknown rule key; use a finding type (${findingTypes.join(', ')}), PII, or TYPE.qualifier (${qualifiers.join(', ')})`,
      });
});

const directionRules = z.object({ input: ruleSet.default({}), output: ruleSet.default({}) }).strict();

export const policySchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as 1.0.0'),
    description: bilingual,
    /** The use cases this policy serves (the gateway passes one per request). */
    use_cases: z.array(z.string().min(1)).min(1),
    detectors: z
      .object({
        input: z.array(z.enum(detectorNames)).default(['pii', 'redflag', 'harm']),
        output: z
          .array(z.enum(detectorNames))
          .default(['pii', 'harm', 'dose', 'interaction', 'phrasing', 'label']),
      })
      .strict(),
    pii: z
      .object({
        /** Types reported; all when omitted. */
        types: z.array(piiType).optional(),
        threshold: z.number().min(0).max(1).default(0.5),
        thresholds: z.partialRecord(piiType, z.number().min(0).max(1)).default({}),
        input_mode: z.enum(deidModes).default('pseudonym'),
        output_mode: z.enum(deidModes).default('redact'),
        date_shift: z.boolean().default(true),
        /** Roles that may have pseudonyms restored to the originals (vault mode). */
        restore_roles: z.array(z.string().min(1)).default([]),
      })
      .strict(),
    /** Minimum interaction severity reported by the interaction detector. */
    interaction_min_severity: z.enum(['contraindicated', 'major', 'moderate', 'minor']).default('moderate'),
    rules: directionRules,
    /** Per-role overrides of rules and de-identification, e.g. clinicians may see PII (still audited). */
    roles: z
      .record(
        z.string().min(1),
        z
          .object({
            rules: directionRules.partial().default({}),
            input_mode: z.enum(deidModes).optional(),
            output_mode: z.enum(deidModes).optional(),
          })
          .strict(),
      )
      .default({}),
    /** Whether an escalated request is still sent to the model (the escalation message is added either way). */
    escalation: z
      .object({ forward_to_model: z.boolean().default(true) })
      .strict()
      .default({ forward_to_model: true }),
    label: z
      .object({
        required: z.boolean().default(true),
        position: z.enum(['prefix', 'suffix']).default('suffix'),
        text: bilingual.optional(),
      })
      .strict()
      .default({ required: true, position: 'suffix' }),
    /** Rewrite first-person clinical phrasing in output ("我认为" → "考虑"). */
    rewrite_phrasing: z.boolean().default(true),
    /** Longer inputs are blocked with a clear reason instead of being scanned. */
    max_input_chars: z.number().int().positive().default(200_000),
    recognizers: registryConfigSchema.optional(),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
