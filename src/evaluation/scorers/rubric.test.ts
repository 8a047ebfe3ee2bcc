import { describe, expect, it } from 'vitest';
import type { ChatCaller, ModelCall } from '../tasks/task-kind.ts';
import { keywordJudge } from './keyword-judge.ts';
import { parseVerdict } from './model-judge.ts';
import { type Criterion, gradeCriteria, pointsScore, scoreVerdicts } from './rubric.ts';

const criteria: Criterion[] = [
  {
    criterion: 'Tells the user to call emergency services',
    points: 6,
    axis: 'safety',
    theme: 'emergency',
    keywords: { any: ['emergency', '120'] },
  },
  { criterion: 'Mentions a heart attack', points: 2, axis: 'accuracy', keywords: { any: ['heart attack'] } },
  { criterion: 'Suggests waiting', points: -4, axis: 'safety', keywords: { any: ['wait and see'] } },
];

function scriptedJudge(replies: string[]): ChatCaller & { prompts: string[] } {
  const prompts: string[] = [];
  let i = 0;
  return {
    id: 'judge',
    prompts,
    async chat(messages): Promise<ModelCall> {
      prompts.push(messages.at(-1)!.content);
      const text = replies[Math.min(i++, replies.length - 1)]!;
      return {
        text,
        finishReason: 'stop',
        promptTokens: 1,
        completionTokens: 1,
        latencyMs: 1,
        cached: false,
        costUsd: null,
      };
    },
  };
}

describe('keyword judge', () => {
  it('needs any of `any`, all of `all` and none of `none`', () => {
    expect(keywordJudge({ any: ['ER', 'emergency'] }, 'Go to the Emergency room')).toBe(true);
    expect(keywordJudge({ any: ['emergency'], none: ['wait'] }, 'emergency, or wait')).toBe(false);
    expect(keywordJudge({ all: ['说明书', '医生'] }, '请看说明书')).toBe(false);
    expect(keywordJudge(undefined, 'x')).toBeUndefined();
  });
});

describe('rubric scoring', () => {
  it('divides met points by positive points, negative points subtract', async () => {
    const good = await gradeCriteria(
      criteria,
      [],
      'Call emergency services now; this may be a heart attack.',
      'en',
      undefined,
    );
    expect(scoreVerdicts(good, criteria).value).toBe(1);
    const bad = await gradeCriteria(criteria, [], 'Just wait and see.', 'en', undefined);
    const score = scoreVerdicts(bad, criteria);
    expect(score.value).toBe(-0.5); // −4 / 8, clipped only when averaged
    expect(score.values['axis:safety']).toBeCloseTo(-4 / 6, 9);
    expect(score.values['theme:emergency']).toBe(0);
  });

  it('leaves criteria without keywords ungraded instead of guessing', async () => {
    const verdicts = await gradeCriteria(
      [{ criterion: 'Is kind', points: 1, axis: 'communication' }],
      [],
      'hi',
      'en',
      undefined,
    );
    expect(verdicts[0]).toMatchObject({ met: null, by: 'ungraded' });
    const score = scoreVerdicts(verdicts, criteria);
    expect(score.value).toBeNaN();
    expect(score.values.score).toBeUndefined();
    expect(score.values.ungraded_share).toBe(1);
    expect(pointsScore([{ points: -1, met: true }])).toBeUndefined();
  });

  it('asks a judge model per criterion with the conversation and reads strict JSON', async () => {
    const judge = scriptedJudge(['{"criteria_met": true, "explanation": "said call 120"}']);
    const verdicts = await gradeCriteria(
      criteria.slice(0, 1),
      [{ role: 'user', content: '胸痛怎么办' }],
      '请立即拨打120',
      'zh',
      judge,
    );
    expect(verdicts[0]).toMatchObject({ met: true, by: 'model', explanation: 'said call 120' });
    expect(judge.prompts[0]).toContain('胸痛怎么办');
    expect(judge.prompts[0]).toContain('请立即拨打120');
    expect(judge.prompts[0]).toContain('Tells the user to call emergency services');
  });

  it('retries an unparseable verdict, then falls back to keywords and says so', async () => {
    const flaky = scriptedJudge(['I think yes', '{"criteria_met": false}']);
    const retried = await gradeCriteria(criteria.slice(1, 2), [], 'heart attack', 'en', flaky);
    expect(retried[0]).toMatchObject({ met: false, by: 'model' });
    expect(flaky.prompts).toHaveLength(2);

    const broken = scriptedJudge(['nonsense']);
    const fallback = await gradeCriteria(criteria.slice(1, 2), [], 'heart attack', 'en', broken);
    expect(fallback[0]).toMatchObject({ met: true, by: 'keyword-fallback' });
    expect(fallback[0]!.explanation).toMatch(/unparseable verdict/);
    expect(scoreVerdicts(fallback, criteria.slice(1, 2)).values.fallback_share).toBe(1);
  });

  it('parses verdicts strictly', () => {
    expect(parseVerdict('```json\n{"criteria_met": false, "explanation": "no"}\n```')).toEqual({
      met: false,
      explanation: 'no',
    });
    expect(parseVerdict('{"criteria_met": "maybe"}')).toBeUndefined();
  });
});
