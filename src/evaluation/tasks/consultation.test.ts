import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../models/provider.ts';
import { consultationItemSchema } from '../suite/schema.ts';
import { consultationTask } from './consultation.ts';
import type { ChatCaller, ModelCall } from './task-kind.ts';

const item = consultationItemSchema.parse({
  id: 'c1',
  lang: 'zh',
  source: 's',
  persona: '52岁男性',
  opening: '医生，我胸口有点闷。',
  facts: [
    { topic: 'duration', ask_keywords: ['多久'], reply: '两天了。' },
    { topic: 'sweating', ask_keywords: ['出汗'], reply: '今早出了冷汗。' },
    { topic: 'history', ask_keywords: ['病史'], reply: '有高血压。' },
  ],
  red_flags: [{ id: 'acs', description: 'ACS', keywords: ['心梗', '急诊'] }],
  expected: {
    department: { zh: '急诊科', en: 'Emergency department' },
    diagnosis_keywords: ['心梗', '心肌梗死'],
    advice_keywords: ['急诊', '120'],
    must_escalate: true,
  },
  max_turns: 4,
  checklist: [
    { criterion: '问持续时间', points: 2, axis: 'history_taking', keywords: { any: ['多久'] } },
    { criterion: '建议急诊', points: 5, axis: 'red_flag_recognition', keywords: { any: ['急诊', '120'] } },
    { criterion: '说等等看', points: -3, axis: 'advice', keywords: { any: ['观察几天'] } },
  ],
});

function scripted(id: string, replies: string[]): ChatCaller & { seen: ChatMessage[][] } {
  const seen: ChatMessage[][] = [];
  let i = 0;
  return {
    id,
    seen,
    async chat(messages): Promise<ModelCall> {
      seen.push(messages.map((m) => ({ ...m })));
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

describe('consultation', () => {
  it('reveals facts only when asked, ends on a conclusion and scores the checklist', async () => {
    const doctor = scripted('doctor', ['胸闷多久了？有没有出汗？', '可能是心梗，请立即去急诊或拨打120。']);
    const ctx = { model: doctor, seed: 1 };
    const output = await consultationTask.solve(item, ctx);
    expect(output.transcript!.map((m) => m.role)).toEqual([
      'system',
      'user',
      'assistant',
      'user',
      'assistant',
    ]);
    // The patient answered exactly the two facts asked about, and not the history.
    expect(output.transcript![3]!.content).toBe('两天了。今早出了冷汗。');
    expect(output.details).toMatchObject({ ended_by: 'conclusion' });
    const score = await consultationTask.score(item, output, ctx);
    expect(score.value).toBe(1);
    expect(score.values).toMatchObject({
      facts_elicited: 2 / 3,
      red_flag_recognised: 1,
      escalated_when_needed: 1,
      diagnosis_hit: 1,
      advice_hit: 1,
      department_hit: 0,
      turns: 2,
    });
  });

  it('says "not sure" to unmatched questions and stops at the turn limit', async () => {
    const doctor = scripted('doctor', ['您吃饭怎么样？']);
    const output = await consultationTask.solve(item, { model: doctor, seed: 1 });
    expect(output.details).toMatchObject({ ended_by: 'turn_limit', facts_asked: [] });
    expect(output.transcript!.filter((m) => m.role === 'assistant')).toHaveLength(4);
    expect(output.transcript![3]!.content).toBe('我不太清楚。');
    const score = await consultationTask.score(item, output, { model: doctor, seed: 1 });
    expect(score.values).toMatchObject({ escalated_when_needed: 0, facts_elicited: 0 });
    expect(score.value).toBe(0);
  });

  it('lets a model play the patient, seeing the doctor as the user', async () => {
    const doctor = scripted('doctor', ['有什么病史吗？', '建议去急诊。']);
    const patient = scripted('patient', ['我有高血压。']);
    const output = await consultationTask.solve(item, { model: doctor, patient, seed: 1 });
    expect(output.transcript![3]!.content).toBe('我有高血压。');
    const patientView = patient.seen[0]!;
    expect(patientView[0]!.role).toBe('system');
    expect(patientView[0]!.content).toContain('有高血压。');
    expect(patientView.at(-1)).toEqual({ role: 'user', content: '有什么病史吗？' });
    expect(output.details).toMatchObject({ facts_asked: ['history'] });
  });
});
