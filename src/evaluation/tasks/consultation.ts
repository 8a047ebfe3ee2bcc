import type { ChatMessage } from '../../models/provider.ts';
import { consultationMetrics, isConclusion, scoreConsultation } from '../scorers/consultation.ts';
import { modelPatient, scriptedPatient } from '../scorers/simulated-patient.ts';
import { PROMPTS } from './prompts.ts';
import { shorten, type TaskKind } from './task-kind.ts';

/**
 * Multi-turn consultation: the model plays the doctor, a simulated patient answers. The dialogue
 * ends when the doctor concludes (advice without a further question) or at the turn limit.
 */
export const consultationTask: TaskKind<'consultation'> = {
  type: 'consultation',
  metrics: consultationMetrics,
  async solve(item, ctx) {
    const patient = ctx.patient ? modelPatient(item, ctx.patient) : scriptedPatient(item);
    const system = ctx.systemPrompt?.[item.lang] ?? PROMPTS.consultation.doctor[item.lang];
    const transcript: ChatMessage[] = [
      { role: 'system', content: system },
      { role: 'user', content: item.opening },
    ];
    let endedBy: 'conclusion' | 'turn_limit' = 'turn_limit';
    for (let turn = 1; turn <= item.max_turns; turn++) {
      const doctor = await ctx.model.chat(transcript);
      transcript.push({ role: 'assistant', content: doctor.text });
      if (isConclusion(item, doctor.text)) {
        endedBy = 'conclusion';
        // Facts asked in the concluding turn still count as asked.
        patient.notice(doctor.text);
        break;
      }
      if (turn === item.max_turns) {
        patient.notice(doctor.text);
        break;
      }
      transcript.push({ role: 'user', content: await patient.reply(doctor.text, transcript) });
    }
    return {
      response: transcript.filter((m) => m.role === 'assistant').at(-1)?.content ?? '',
      transcript,
      details: { facts_asked: [...patient.asked], ended_by: endedBy },
    };
  },
  score: (item, output, ctx) => scoreConsultation(item, output, ctx.judge),
  mainText: { get: (item) => item.opening, set: (item, opening) => ({ ...item, opening }) },
  preview: (item) => shorten(`${item.persona}\n${item.opening}`),
  expected: (item) =>
    `${item.expected.department[item.lang]}; ${item.expected.diagnosis_keywords.slice(0, 3).join('/')}${item.expected.must_escalate ? (item.lang === 'zh' ? '；需紧急处理' : '; urgent') : ''}`,
};
