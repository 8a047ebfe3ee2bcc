import type { ChatMessage } from '../../models/provider.ts';
import type { ConsultationItem } from '../suite/schema.ts';
import { fill, PROMPTS } from '../tasks/prompts.ts';
import type { ChatCaller } from '../tasks/task-kind.ts';
import { mentions } from '../util/text.ts';

/**
 * The patient in a simulated consultation. The scripted patient reveals a fact only when the
 * doctor's message contains one of that fact's ask keywords, and otherwise says it is not
 * sure; a model patient (`--patient-model`) is told the same facts and the same rule.
 * Either way, which facts the doctor asked about is judged by the keywords, so the
 * history-taking score does not depend on how chatty the patient model is.
 */
export interface Patient {
  reply(doctorMessage: string, transcript: ChatMessage[]): Promise<string>;
  /** Records what the doctor asked without answering (the doctor's last turn). */
  notice(doctorMessage: string): void;
  /** Topics the doctor has asked about so far. */
  readonly asked: ReadonlySet<string>;
}

export function factsAskedIn(item: ConsultationItem, doctorMessage: string): string[] {
  return item.facts.filter((f) => f.ask_keywords.some((k) => mentions(doctorMessage, k))).map((f) => f.topic);
}

export function scriptedPatient(item: ConsultationItem): Patient {
  const asked = new Set<string>();
  return {
    asked,
    notice(doctorMessage) {
      for (const topic of factsAskedIn(item, doctorMessage)) asked.add(topic);
    },
    async reply(doctorMessage) {
      const fresh = factsAskedIn(item, doctorMessage).filter((topic) => !asked.has(topic));
      for (const topic of fresh) asked.add(topic);
      if (fresh.length === 0) return PROMPTS.consultation.unknown[item.lang];
      return item.facts
        .filter((f) => fresh.includes(f.topic))
        .map((f) => f.reply)
        .join(item.lang === 'zh' ? '' : ' ');
    },
  };
}

export function modelPatient(item: ConsultationItem, model: ChatCaller): Patient {
  const asked = new Set<string>();
  const facts = item.facts.map((f) => `- ${f.reply}`).join('\n');
  const system = fill(PROMPTS.consultation.patient[item.lang], { persona: item.persona, facts });
  const notice = (doctorMessage: string) => {
    for (const topic of factsAskedIn(item, doctorMessage)) asked.add(topic);
  };
  return {
    asked,
    notice,
    async reply(doctorMessage, transcript) {
      notice(doctorMessage);
      // The patient model sees the dialogue from its side: the doctor speaks as "user".
      const flipped: ChatMessage[] = transcript
        .filter((m) => m.role !== 'system')
        .map((m) => ({ role: m.role === 'assistant' ? 'user' : 'assistant', content: m.content }));
      const call = await model.chat([{ role: 'system', content: system }, ...flipped]);
      return call.text.trim() || PROMPTS.consultation.unknown[item.lang];
    },
  };
}
