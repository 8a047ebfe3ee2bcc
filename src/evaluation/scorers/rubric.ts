import type { ChatMessage } from '../../models/provider.ts';
import type { ChatCaller } from '../tasks/task-kind.ts';
import { type Keywords, keywordJudge } from './keyword-judge.ts';
import { modelJudge } from './model-judge.ts';
import type { Score, ScorerMetrics } from './types.ts';

export interface Criterion {
  criterion: string;
  points: number;
  axis: string;
  theme?: string | undefined;
  keywords?: Keywords | undefined;
}

export interface CriterionVerdict {
  criterion: string;
  points: number;
  axis: string;
  met: boolean | null;
  /** Who decided: the judge model, the keyword judge, the keyword judge after the model failed, or nobody. */
  by: 'model' | 'keyword' | 'keyword-fallback' | 'ungraded';
  explanation?: string;
}

/**
 * Open answers graded against a rubric, HealthBench-style: score = points of criteria met ÷
 * positive points (negative points for things a good answer must not do). Criteria nobody could
 * grade (no judge model and no keywords) are left out of both sums and counted as ungraded.
 */
export const rubricMetrics: ScorerMetrics = {
  metrics: [
    {
      name: 'score',
      label: { zh: '评分量表得分', en: 'Rubric score' },
      aggregation: { kind: 'clippedMean', key: 'score' },
      higherIsBetter: true,
      unit: 'score',
    },
    {
      name: 'ungraded_rate',
      label: { zh: '未能评分的标准比例', en: 'Ungraded criteria' },
      aggregation: { kind: 'mean', key: 'ungraded_share' },
      higherIsBetter: false,
      unit: 'rate',
    },
    {
      name: 'judge_fallback_rate',
      label: { zh: '评审模型失败后改用关键词评审的比例', en: 'Judge fallback to keywords' },
      aggregation: { kind: 'mean', key: 'fallback_share' },
      higherIsBetter: false,
      unit: 'rate',
    },
  ],
  dynamic: [
    {
      prefix: 'axis:',
      label: (axis) => ({ zh: `维度：${axis}`, en: `Axis: ${axis}` }),
      aggregation: 'clippedMean',
    },
    {
      prefix: 'theme:',
      label: (theme) => ({ zh: `主题：${theme}`, en: `Theme: ${theme}` }),
      aggregation: 'clippedMean',
    },
  ],
};

export async function gradeCriteria(
  criteria: Criterion[],
  conversation: ChatMessage[],
  answer: string,
  lang: 'zh' | 'en',
  judge: ChatCaller | undefined,
  /** What the judge model sees; by default the conversation followed by the answer. */
  judgeConversation: ChatMessage[] = [...conversation, { role: 'assistant', content: answer }],
): Promise<CriterionVerdict[]> {
  return Promise.all(
    criteria.map(async (c): Promise<CriterionVerdict> => {
      const base = { criterion: c.criterion, points: c.points, axis: c.axis };
      if (judge) {
        const verdict = await modelJudge(judge, lang, judgeConversation, c.criterion);
        if ('met' in verdict)
          return { ...base, met: verdict.met, by: 'model', explanation: verdict.explanation };
        const fallback = keywordJudge(c.keywords, answer);
        if (fallback !== undefined)
          return { ...base, met: fallback, by: 'keyword-fallback', explanation: verdict.failed };
        return { ...base, met: null, by: 'ungraded', explanation: verdict.failed };
      }
      const met = keywordJudge(c.keywords, answer);
      return met === undefined ? { ...base, met: null, by: 'ungraded' } : { ...base, met, by: 'keyword' };
    }),
  );
}

/** Score of a set of verdicts: met points ÷ positive points, or undefined if nothing positive was graded. */
export function pointsScore(verdicts: Array<Pick<CriterionVerdict, 'points' | 'met'>>): number | undefined {
  const graded = verdicts.filter((v) => v.met !== null);
  const possible = graded.filter((v) => v.points > 0).reduce((s, v) => s + v.points, 0);
  if (possible <= 0) return undefined;
  return graded.filter((v) => v.met).reduce((s, v) => s + v.points, 0) / possible;
}

export function scoreVerdicts(
  verdicts: CriterionVerdict[],
  criteria: Criterion[],
  itemTheme?: string,
): Score {
  const values: Record<string, number> = {};
  const total = pointsScore(verdicts);
  if (total !== undefined) values.score = total;
  values.ungraded_share = verdicts.filter((v) => v.met === null).length / (verdicts.length || 1);
  values.fallback_share = verdicts.filter((v) => v.by === 'keyword-fallback').length / (verdicts.length || 1);
  const groups = new Map<string, CriterionVerdict[]>();
  verdicts.forEach((v, i) => {
    const theme = criteria[i]?.theme ?? itemTheme;
    for (const key of [`axis:${v.axis}`, ...(theme ? [`theme:${theme}`] : [])]) {
      groups.set(key, [...(groups.get(key) ?? []), v]);
    }
  });
  for (const [key, group] of groups) {
    const s = pointsScore(group);
    if (s !== undefined) values[key] = s;
  }
  return {
    value: total ?? Number.NaN,
    values,
    answerKey: verdicts.map((v) => (v.met === null ? '?' : v.met ? '1' : '0')).join(''),
    details: {
      criteria: verdicts,
      ...(total === undefined ? { ungraded: 'no positive criterion could be graded' } : {}),
    },
  };
}
