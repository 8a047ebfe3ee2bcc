import { z } from 'zod';
import { bilingualSchema } from '../shared/bilingual.ts';

/**
 * An assessment template (data/governance/assessments/<id>/<version>.yaml): sections of questions
 * in zh and en, and the rules that score the answers. Risk points per answer are the template's own
 * rules; `blocks` marks an answer that makes approval impossible until it changes.
 */

const questionBase = {
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'a question id such as lawful_basis'),
  text: bilingualSchema,
  help: bilingualSchema.optional(),
  required: z.boolean().default(true),
};

const textQuestion = z.object({ ...questionBase, type: z.literal('text') }).strict();

const yesNoQuestion = z
  .object({
    ...questionBase,
    type: z.literal('yes_no'),
    risk: z
      .object({ yes: z.number().min(0).optional(), no: z.number().min(0).optional() })
      .strict()
      .default({}),
    blocks_on: z.enum(['yes', 'no']).optional(),
  })
  .strict();

const choiceQuestion = z
  .object({
    ...questionBase,
    type: z.literal('choice'),
    options: z
      .array(
        z
          .object({
            value: z.string().min(1),
            label: bilingualSchema,
            risk: z.number().min(0).default(0),
            blocks: z.boolean().default(false),
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

const scaleQuestion = z
  .object({
    ...questionBase,
    type: z.literal('scale'),
    scale: z
      .object({ min: z.number().int(), max: z.number().int() })
      .strict()
      .refine((s) => s.max > s.min, { message: 'max must be above min' }),
    /** Risk points per step below the top of the scale. */
    weight: z.number().min(0).default(1),
  })
  .strict();

export const questionSchema = z.discriminatedUnion('type', [
  textQuestion,
  yesNoQuestion,
  choiceQuestion,
  scaleQuestion,
]);
export type Question = z.infer<typeof questionSchema>;

export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a template id such as dpia'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0'),
    title: bilingualSchema,
    implements: z.array(bilingualSchema).min(1, 'name the document(s) this template implements'),
    description: bilingualSchema,
    /** An approval counts for the deployment gate for this many days. */
    valid_days: z.number().int().positive().max(3650),
    sections: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/),
            title: bilingualSchema,
            questions: z.array(questionSchema).min(1),
          })
          .strict(),
      )
      .min(1),
    scoring: z
      .object({
        /** In ascending order; the first level whose max is ≥ the risk score applies; the last has no max. */
        levels: z
          .array(
            z
              .object({ level: z.string().min(1), max: z.number().min(0).optional(), label: bilingualSchema })
              .strict(),
          )
          .min(1),
      })
      .strict(),
  })
  .strict()
  .superRefine((template, ctx) => {
    const ids = new Set<string>();
    template.sections.forEach((section, s) => {
      section.questions.forEach((question, q) => {
        if (ids.has(question.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'questions', q, 'id'],
            message: `duplicate question id "${question.id}"`,
          });
        }
        ids.add(question.id);
      });
    });
    const levels = template.scoring.levels;
    levels.forEach((level, i) => {
      const isLast = i === levels.length - 1;
      if (isLast !== (level.max === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['scoring', 'levels', i, 'max'],
          message: isLast
            ? 'the last level takes every higher score: leave out max'
            : 'give max for every level but the last',
        });
      }
      const previous = levels[i - 1]?.max;
      if (level.max !== undefined && previous !== undefined && level.max <= previous) {
        ctx.addIssue({ code: 'custom', path: ['scoring', 'levels', i, 'max'], message: 'levels must rise' });
      }
    });
  });
export type Template = z.infer<typeof templateSchema>;

export function questionsOf(template: Template): Question[] {
  return template.sections.flatMap((s) => s.questions);
}
