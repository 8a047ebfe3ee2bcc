import { z } from 'zod';
import { piiType } from './finding.ts';
import { findNestedQuantifier } from './regex-safety.ts';

/**
 * How a deployment extends the recognizers without code (a `recognizers:` section in a policy
 * file, or its own YAML file): pattern recognizers with context words and validators, deny-lists
 * of known identifiers, and an allow-list of words that are never personal data.
 */
const regexSource = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      new RegExp(source, 'gdu');
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: `not a valid regular expression: ${(error as Error).message}`,
      });
      return;
    }
    const problem = findNestedQuantifier(source);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: `${problem}; rewrite it without a quantifier inside a repeated group (use bounded counts such as {1,20})`,
      });
  });

export const patternRecognizerConfig = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'use lowercase letters, digits, _ . -'),
    type: piiType,
    patterns: z
      .array(
        z
          .object({
            name: z.string().min(1).optional(),
            /** A JavaScript regex; a named group `value` marks the part to report. */
            regex: regexSource,
            score: z.number().min(0).max(1),
            ignore_case: z.boolean().default(false),
          })
          .strict(),
      )
      .min(1),
    validator: z.enum(['none', 'luhn', 'gb11643', 'ipv4']).default('none'),
    context: z.array(z.string().min(1)).default([]),
    context_window: z.number().int().min(1).max(200).default(16),
    context_boost: z.number().min(0).max(1).default(0.3),
    negative_context: z.array(z.string().min(1)).default([]),
    languages: z.array(z.enum(['zh', 'en', 'any'])).default(['any']),
  })
  .strict();

export const denyListConfig = z
  .object({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_.-]*$/)
      .optional(),
    type: piiType,
    words: z.array(z.string().min(1)).min(1),
    score: z.number().min(0).max(1).default(1),
    ignore_case: z.boolean().default(false),
  })
  .strict();

export const registryConfigSchema = z
  .object({
    recognizers: z.array(patternRecognizerConfig).default([]),
    deny_lists: z.array(denyListConfig).default([]),
    /** Words never reported (e.g. the hospital's own name when it looks like a person). */
    allow_list: z.array(z.string().min(1)).default([]),
    /** Built-in recognizers to switch off by name, e.g. ["pii.plate"]. */
    disable: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type PatternRecognizerConfig = z.infer<typeof patternRecognizerConfig>;
export type RegistryConfig = z.infer<typeof registryConfigSchema>;
