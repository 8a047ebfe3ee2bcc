import { describe, expect, it } from 'vitest';
import { GovernanceError } from '../shared/errors.ts';
import { scoreAnswers, validateAnswers } from './scoring.ts';
import { type Template, templateSchema } from './template-schema.ts';
import { loadTemplates } from './templates.ts';

const template: Template = templateSchema.parse({
  id: 'mini',
  version: '1.0.0',
  title: { zh: '迷你', en: 'Mini' },
  implements: [{ zh: '测试', en: 'test' }],
  description: { zh: '测试模板', en: 'test template' },
  valid_days: 30,
  sections: [
    {
      id: 's',
      title: { zh: '节', en: 'Section' },
      questions: [
        { id: 'why', type: 'text', text: { zh: '为什么', en: 'Why' } },
        {
          id: 'deid',
          type: 'yes_no',
          text: { zh: '去标识', en: 'De-identified' },
          risk: { no: 3 },
          blocks_on: 'no',
        },
        {
          id: 'basis',
          type: 'choice',
          text: { zh: '依据', en: 'Basis' },
          options: [
            { value: 'consent', label: { zh: '同意', en: 'consent' }, risk: 0 },
            { value: 'none', label: { zh: '无', en: 'none' }, risk: 2, blocks: true },
          ],
        },
        {
          id: 'maturity',
          type: 'scale',
          text: { zh: '成熟度', en: 'Maturity' },
          scale: { min: 0, max: 4 },
          weight: 2,
        },
        { id: 'extra', type: 'text', required: false, text: { zh: '其他', en: 'Other' } },
      ],
    },
  ],
  scoring: {
    levels: [
      { level: 'low', max: 2, label: { zh: '低', en: 'Low' } },
      { level: 'high', label: { zh: '高', en: 'High' } },
    ],
  },
});

describe('assessment scoring', () => {
  it('scores completeness, risk points, level and blockers by the template’s rules', () => {
    expect(scoreAnswers(template, {})).toMatchObject({
      completeness: 0,
      required: 4,
      risk_score: 0,
      risk_max: 3 + 2 + 8,
      risk_level: 'low',
      blockers: [],
    });
    const good = scoreAnswers(template, { why: 'triage', deid: 'yes', basis: 'consent', maturity: 4 });
    expect(good).toMatchObject({ completeness: 1, risk_score: 0, risk_level: 'low', blockers: [] });
    const bad = scoreAnswers(template, { why: 'triage', deid: 'no', basis: 'none', maturity: 1 });
    expect(bad).toMatchObject({
      completeness: 1,
      risk_score: 3 + 2 + 6,
      risk_level: 'high',
      blockers: ['deid', 'basis'],
    });
    expect(scoreAnswers(template, { why: 'x', deid: 'yes' }).completeness).toBe(0.5);
  });

  it('accepts booleans for yes/no and null to clear an answer', () => {
    expect(validateAnswers(template, { deid: true, why: null })).toEqual({ deid: 'yes', why: null });
  });

  it.each([
    [{ nope: 'x' }, 'answers.nope', /no such question/],
    [{ deid: 'maybe' }, 'answers.deid', /yes or no/],
    [{ basis: 'other' }, 'answers.basis', /choose one of: consent, none/],
    [{ maturity: 5 }, 'answers.maturity', /at most 4/],
    [{ maturity: 1.5 }, 'answers.maturity', /whole number/],
    [{ why: '   ' }, 'answers.why', /write an answer/],
  ])('rejects %j naming the field and the reason', (input, field, reason) => {
    try {
      validateAnswers(template, input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GovernanceError);
      const e = error as GovernanceError;
      expect(e.code).toBe('invalid_record');
      expect(e.fields[0]!.field).toBe(field);
      expect(e.fields[0]!.reason).toMatch(reason);
    }
  });

  it('rejects a whole batch when any answer is bad', () => {
    expect(() => validateAnswers(template, { why: 'fine', deid: 'maybe' })).toThrow(/answers\.deid/);
    expect(() => validateAnswers(template, ['x'])).toThrow(/object/);
  });

  it('rejects malformed templates with the path of the problem', () => {
    const broken = {
      ...template,
      sections: [
        {
          ...template.sections[0]!,
          questions: [template.sections[0]!.questions[0]!, template.sections[0]!.questions[0]!],
        },
      ],
    };
    expect(templateSchema.safeParse(broken).error?.issues[0]?.message).toMatch(/duplicate question id/);
    const levels = {
      ...template,
      scoring: {
        levels: [
          { level: 'a', label: { zh: 'a', en: 'a' } },
          { level: 'b', max: 3, label: { zh: 'b', en: 'b' } },
        ],
      },
    };
    expect(templateSchema.safeParse(levels).success).toBe(false);
  });

  it('loads every bundled template, bilingual, each naming the documents it implements', () => {
    const lib = loadTemplates();
    expect(lib.ids()).toEqual(['dpia', 'hria', 'premortem-redteam', 'who-principles']);
    for (const id of lib.ids()) {
      const t = lib.latest(id);
      expect(t.implements.length).toBeGreaterThan(0);
      const empty = scoreAnswers(t, {});
      expect(empty.required).toBeGreaterThan(5);
      expect(empty.risk_max).toBeGreaterThan(0);
    }
    // Six principles, each with scale questions and an evidence answer.
    expect(lib.latest('who-principles').sections).toHaveLength(6);
  });
});
