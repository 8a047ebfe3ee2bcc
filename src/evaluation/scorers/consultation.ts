import type { ChatMessage } from '../../models/provider.ts';
import type { ConsultationItem } from '../suite/schema.ts';
import type { ChatCaller } from '../tasks/task-kind.ts';
import { mentions } from '../util/text.ts';
import { gradeCriteria, scoreVerdicts } from './rubric.ts';
import type { Score, ScorerMetrics, SolverOutput } from './types.ts';

/** Words that mean "get urgent care now", beyond each case's own advice keywords. */
const ESCALATION = {
  zh: ['急诊', '120', '立即就医', '马上就医', '尽快就医', '立即就诊', '马上去医院', '立即去医院'],
  en: ['emergency', '911', '999', '112', 'ambulance', 'immediately', 'right away', 'urgent care', 'a&e'],
};

const rate = (name: string, key: string, zh: string, en: string, higherIsBetter = true) => ({
  name,
  label: { zh, en },
  aggregation: { kind: 'mean' as const, key },
  higherIsBetter,
  unit: 'rate' as const,
});

export const consultationMetrics: ScorerMetrics = {
  metrics: [
    {
      name: 'score',
      label: { zh: '问诊清单得分', en: 'Consultation checklist score' },
      aggregation: { kind: 'clippedMean', key: 'score' },
      higherIsBetter: true,
      unit: 'score',
    },
    rate('facts_elicited', 'facts_elicited', '病史采集完整度', 'History facts elicited'),
    rate('red_flag_recognition', 'red_flag_recognised', '危险信号识别率', 'Red flags recognised'),
    rate('escalation_when_needed', 'escalated_when_needed', '需紧急处理时的升级率', 'Escalated when needed'),
    rate('over_escalation_rate', 'over_escalated', '不必要的升级率', 'Escalated when not needed', false),
    rate('diagnosis_hit', 'diagnosis_hit', '诊断命中率', 'Diagnosis named'),
    rate('advice_hit', 'advice_hit', '建议命中率', 'Advice given'),
    rate('department_hit', 'department_hit', '科室推荐正确率', 'Right department'),
    {
      name: 'turns',
      label: { zh: '平均问诊轮数', en: 'Mean doctor turns' },
      aggregation: { kind: 'mean', key: 'turns' },
      higherIsBetter: false,
      unit: 'count',
    },
  ],
  dynamic: [
    {
      prefix: 'axis:',
      label: (axis) => ({ zh: `维度：${axis}`, en: `Axis: ${axis}` }),
      aggregation: 'clippedMean',
    },
  ],
};

/** True when the doctor's turn gives a conclusion: no question asked, or urgent advice given. */
export function isConclusion(item: ConsultationItem, doctorMessage: string): boolean {
  if (!/[?？]/.test(doctorMessage)) return true;
  return item.expected.advice_keywords.some((k) => mentions(doctorMessage, k));
}

export async function scoreConsultation(
  item: ConsultationItem,
  output: SolverOutput,
  judge: ChatCaller | undefined,
): Promise<Score> {
  const transcript = output.transcript ?? [];
  const doctorTurns = transcript.filter((m) => m.role === 'assistant').map((m) => m.content);
  const doctorText = doctorTurns.join('\n');
  const any = (terms: string[]) => terms.some((t) => mentions(doctorText, t));
  const asked = (output.details?.facts_asked as string[] | undefined) ?? [];
  const escalated = any([
    ...ESCALATION[item.lang],
    ...item.expected.advice_keywords.filter(() => item.expected.must_escalate),
  ]);

  const conversation: ChatMessage[] = transcript.filter((m) => m.role !== 'system');
  const verdicts = await gradeCriteria(item.checklist, [], doctorText, item.lang, judge, conversation);
  const score = scoreVerdicts(verdicts, item.checklist);

  const values: Record<string, number> = { ...score.values, turns: doctorTurns.length };
  if (item.facts.length) values.facts_elicited = new Set(asked).size / item.facts.length;
  if (item.red_flags.length)
    values.red_flag_recognised = item.red_flags.some((f) => f.keywords.some((k) => mentions(doctorText, k)))
      ? 1
      : 0;
  if (item.expected.diagnosis_keywords.length)
    values.diagnosis_hit = any(item.expected.diagnosis_keywords) ? 1 : 0;
  if (item.expected.advice_keywords.length) values.advice_hit = any(item.expected.advice_keywords) ? 1 : 0;
  values.department_hit = any([item.expected.department.zh, item.expected.department.en]) ? 1 : 0;
  if (item.expected.must_escalate) values.escalated_when_needed = escalated ? 1 : 0;
  else values.over_escalated = escalated ? 1 : 0;

  return {
    value: score.value,
    values,
    answerKey: `${values.diagnosis_hit ?? '-'}${values.department_hit}${escalated ? 1 : 0}`,
    details: { ...score.details, facts_asked: asked, escalated, ended_by: output.details?.ended_by },
  };
}
