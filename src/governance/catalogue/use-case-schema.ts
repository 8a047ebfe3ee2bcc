import { z } from 'zod';
import { bilingualSchema } from '../shared/bilingual.ts';

/**
 * The use-case catalogue (data/governance/use-cases.yaml): intended uses, their risk tiers and
 * rationale, how each maps to China's rules, the EU AI Act and the WHO guidance, and what a
 * deployment of each must show (suites and thresholds, assessments, acceptable oversight).
 */

export const riskTiers = ['minimal', 'limited', 'high', 'prohibited'] as const;
export type RiskTier = (typeof riskTiers)[number];

export const oversightModes = ['human-in-the-loop', 'human-on-the-loop', 'human-in-command', 'none'] as const;
export type OversightMode = (typeof oversightModes)[number];

/** Same rule as a gateway deployment's use_case, so a deployment can name its catalogue entry directly. */
export const useCaseIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'use lower-case letters, digits, _ and -, up to 64');

const suiteIdSchema = z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'a suite id such as safety-ethics');

/**
 * One evaluation requirement. `metric` is `overall`, a suite-level metric name from results.json
 * (e.g. red_flag_recognition) or `dimension:<ability>`. `bound: conservative` compares the
 * confidence-interval bound instead of the point estimate (ci_low for min, ci_high for max).
 */
export const thresholdSchema = z
  .object({
    suite: suiteIdSchema,
    metric: z.string().min(1).default('overall'),
    min: z.number().optional(),
    max: z.number().optional(),
    bound: z.enum(['estimate', 'conservative']).default('estimate'),
  })
  .strict()
  .refine((t) => (t.min === undefined) !== (t.max === undefined), {
    message: 'give exactly one of min or max',
  });
export type Threshold = z.infer<typeof thresholdSchema>;

export const requirementsSchema = z
  .object({
    suites: z.array(thresholdSchema).default([]),
    assessments: z
      .array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an assessment template id'))
      .default([]),
    human_oversight: z.array(z.enum(oversightModes)).min(1, 'name at least one acceptable oversight mode'),
  })
  .strict();
export type Requirements = z.infer<typeof requirementsSchema>;

const bilingualList = z.array(bilingualSchema);

export const useCaseSchema = z
  .object({
    id: useCaseIdSchema,
    aliases: z.array(useCaseIdSchema).default([]),
    title: bilingualSchema,
    description: bilingualSchema,
    audience: z.enum(['patients', 'clinicians', 'staff', 'students', 'researchers']),
    risk_tier: z.enum(riskTiers),
    rationale: bilingualSchema,
    china: z
      .object({
        /** 生成式人工智能服务管理暂行办法 (2023). */
        interim_measures: bilingualSchema,
        /** 算法备案 under the algorithm-recommendation and deep-synthesis rules. */
        algorithm_filing: z.enum(['required', 'conditional', 'not_required']),
        /** 人工智能生成合成内容标识办法 (2025). */
        labelling: bilingualSchema,
        /** 医疗器械软件 classification. */
        medical_device_software: bilingualSchema,
      })
      .strict(),
    eu_ai_act: z
      .object({ class: z.enum(['minimal', 'limited', 'high', 'prohibited']), basis: bilingualSchema })
      .strict(),
    who: z.object({ developer: bilingualList, provider: bilingualList, deployer: bilingualList }).strict(),
    requirements: requirementsSchema,
  })
  .strict();
export type UseCase = z.infer<typeof useCaseSchema>;

const describedSchema = z.object({ title: bilingualSchema, description: bilingualSchema }).strict();

export const catalogueSchema = z
  .object({
    catalogue_version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0'),
    oversight_modes: z.object(Object.fromEntries(oversightModes.map((m) => [m, describedSchema]))).strict(),
    risk_tiers: z.object(Object.fromEntries(riskTiers.map((t) => [t, describedSchema]))).strict(),
    use_cases: z.array(useCaseSchema).min(1),
  })
  .strict()
  .superRefine((catalogue, ctx) => {
    const seen = new Map<string, number>();
    catalogue.use_cases.forEach((useCase, index) => {
      for (const name of [useCase.id, ...useCase.aliases]) {
        const first = seen.get(name);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['use_cases', index, name === useCase.id ? 'id' : 'aliases'],
            message: `"${name}" is already used by use_cases.${first}`,
          });
        }
        seen.set(name, index);
      }
    });
  });
export type CatalogueFile = z.infer<typeof catalogueSchema>;

/** What a hospital may change about one use case in yiheng.yaml (governance.use_cases.<id>). */
export const useCaseOverrideSchema = z
  .object({
    risk_tier: z.enum(riskTiers).optional(),
    requirements: z
      .object({
        suites: z.array(thresholdSchema).optional(),
        assessments: requirementsSchema.shape.assessments.optional(),
        human_oversight: z.array(z.enum(oversightModes)).min(1).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type UseCaseOverride = z.infer<typeof useCaseOverrideSchema>;
