import { z } from 'zod';
import type { Bilingual } from '../shared/bilingual.ts';
import { type FieldProblem, GovernanceError } from '../shared/errors.ts';
import { type Question, questionsOf, type Template } from './template-schema.ts';

/** yes_no: "yes" | "no"; choice: an option value; scale: an integer; text: the answer. */
export type AnswerValue = string | number;
export type Answers = Record<string, AnswerValue>;

export interface AssessmentScore {
  /** Answered required questions / required questions. */
  completeness: number;
  answered: number;
  required: number;
  /** Sum of the template's risk points for the given answers. */
  risk_score: number;
  /** The most points the template can give. */
  risk_max: number;
  risk_level: string;
  risk_label: Bilingual;
  /** Questions whose answer makes approval impossible. */
  blockers: string[];
  sections: Array<{ id: string; title: Bilingual; risk: number; answered: number; required: number }>;
}

const MAX_TEXT = 10_000;

function answerSchema(question: Question): z.ZodType<AnswerValue> {
  switch (question.type) {
    case 'text':
      return z.string().trim().min(1, 'write an answer').max(MAX_TEXT, `at most ${MAX_TEXT} characters`);
    case 'yes_no':
      return z.preprocess(
        (v) => (v === true ? 'yes' : v === false ? 'no' : v),
        z.enum(['yes', 'no'], { error: 'answer yes or no' }),
      ) as z.ZodType<AnswerValue>;
    case 'choice': {
      const values = question.options.map((o) => o.value);
      return z.enum(values as [string, ...string[]], { error: `choose one of: ${values.join(', ')}` });
    }
    case 'scale':
      return z
        .number({ error: `a whole number from ${question.scale.min} to ${question.scale.max}` })
        .int(`a whole number from ${question.scale.min} to ${question.scale.max}`)
        .min(question.scale.min, `at least ${question.scale.min}`)
        .max(question.scale.max, `at most ${question.scale.max}`);
  }
}

/**
 * Checks a (partial) set of answers against the template. `null` clears an answer. Every bad
 * answer is named, and nothing is accepted unless all are good.
 */
export function validateAnswers(template: Template, input: unknown): Record<string, AnswerValue | null> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new GovernanceError('invalid answers: give an object of question id → answer', {
      code: 'invalid_record',
      fields: [{ field: 'answers', reason: 'expected an object of question id → answer' }],
    });
  }
  const byId = new Map(questionsOf(template).map((q) => [q.id, q]));
  const problems: FieldProblem[] = [];
  const out: Record<string, AnswerValue | null> = {};
  for (const [id, value] of Object.entries(input)) {
    const question = byId.get(id);
    if (!question) {
      problems.push({
        field: `answers.${id}`,
        reason: `no such question in ${template.id} ${template.version}`,
      });
      continue;
    }
    if (value === null) {
      out[id] = null;
      continue;
    }
    const parsed = answerSchema(question).safeParse(value);
    if (parsed.success) out[id] = parsed.data;
    else problems.push(...parsed.error.issues.map((i) => ({ field: `answers.${id}`, reason: i.message })));
  }
  if (problems.length > 0) {
    throw new GovernanceError(
      `invalid answers: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`,
      {
        code: 'invalid_record',
        hint: 'see `yiheng assess template <id>` for the questions and allowed answers; nothing was saved',
        fields: problems,
      },
    );
  }
  return out;
}

function riskOf(
  question: Question,
  answer: AnswerValue | undefined,
): { risk: number; max: number; blocks: boolean } {
  switch (question.type) {
    case 'text':
      return { risk: 0, max: 0, blocks: false };
    case 'yes_no': {
      const max = Math.max(question.risk.yes ?? 0, question.risk.no ?? 0);
      if (answer === undefined) return { risk: 0, max, blocks: false };
      const key = answer as 'yes' | 'no';
      return { risk: question.risk[key] ?? 0, max, blocks: question.blocks_on === key };
    }
    case 'choice': {
      const max = Math.max(...question.options.map((o) => o.risk));
      const option = question.options.find((o) => o.value === answer);
      return { risk: option?.risk ?? 0, max, blocks: option?.blocks ?? false };
    }
    case 'scale': {
      const max = (question.scale.max - question.scale.min) * question.weight;
      if (answer === undefined) return { risk: 0, max, blocks: false };
      return { risk: (question.scale.max - Number(answer)) * question.weight, max, blocks: false };
    }
  }
}

/** Completeness, risk points, risk level and blockers, by the template's own rules. */
export function scoreAnswers(template: Template, answers: Answers): AssessmentScore {
  let answered = 0;
  let required = 0;
  let risk = 0;
  let riskMax = 0;
  const blockers: string[] = [];
  const sections = template.sections.map((section) => {
    let sRisk = 0;
    let sAnswered = 0;
    let sRequired = 0;
    for (const question of section.questions) {
      const answer = answers[question.id];
      const has = answer !== undefined && answer !== '';
      if (question.required) {
        sRequired++;
        if (has) sAnswered++;
      }
      const r = riskOf(question, has ? answer : undefined);
      sRisk += r.risk;
      riskMax += r.max;
      if (r.blocks) blockers.push(question.id);
    }
    answered += sAnswered;
    required += sRequired;
    risk += sRisk;
    return { id: section.id, title: section.title, risk: sRisk, answered: sAnswered, required: sRequired };
  });
  const levels = template.scoring.levels;
  const level = levels.find((l) => l.max !== undefined && risk <= l.max) ?? levels[levels.length - 1]!;
  return {
    completeness: required === 0 ? 1 : answered / required,
    answered,
    required,
    risk_score: risk,
    risk_max: riskMax,
    risk_level: level.level,
    risk_label: level.label,
    blockers,
    sections,
  };
}

/** True for the top level of a template's scale: approving needs a written justification. */
export function isHighestLevel(template: Template, level: string): boolean {
  const levels = template.scoring.levels;
  return levels.length > 1 && levels[levels.length - 1]!.level === level;
}
