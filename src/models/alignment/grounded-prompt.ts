import type { Passage } from '../../foundation/knowledge/passages.ts';
import type { Language } from '../../foundation/text/language.ts';

/**
 * Knowledge-augmented prompting: retrieved passages numbered [1], [2] … with their sources, and
 * an instruction to answer from them, cite them, and say so when they are not enough. Only the
 * passages and the caller's own messages go into the prompt — nothing else about the person.
 */

/** Longest passage text put into a prompt; long documents are cut, not dropped. */
const MAX_PASSAGE_CHARS = 800;

export function formatEvidence(passages: readonly Passage[]): string {
  return passages
    .map((p, i) => {
      const text = p.text.length > MAX_PASSAGE_CHARS ? `${p.text.slice(0, MAX_PASSAGE_CHARS)}…` : p.text;
      return `[${i + 1}] ${p.title}\n${text}\n(${p.source})`;
    })
    .join('\n\n');
}

const INSTRUCTION: Record<Language, { some: string; none: string }> = {
  zh: {
    some: '请依据下列参考资料回答用户的问题。引用资料时在句末用方括号标注编号，如[1]、[2]；不要编造资料中没有的事实或出处。如果资料不足以回答，请明确说明“现有资料不足以回答”，并建议咨询医生。\n\n参考资料：\n',
    none: '知识库中没有检索到与此问题相关的资料。请明确说明“现有资料不足以回答”，只给出一般性的安全建议，并建议咨询医生；不要编造出处。',
  },
  en: {
    some: 'Answer the question using the reference passages below. Cite them with their numbers in square brackets at the end of the sentence, e.g. [1], [2]; do not invent facts or sources that are not in them. If they are not enough to answer, say plainly "the available evidence is insufficient to answer" and suggest consulting a doctor.\n\nReference passages:\n',
    none: 'No relevant passages were found in the knowledge base for this question. Say plainly that the available evidence is insufficient to answer, give only general safety advice and suggest consulting a doctor; do not invent sources.',
  },
};

/** The system-message text that grounds an answer in the given passages. */
export function groundingInstruction(passages: readonly Passage[], language: Language): string {
  const instruction = INSTRUCTION[language];
  return passages.length > 0 ? `${instruction.some}${formatEvidence(passages)}` : instruction.none;
}

/** "[1] title (source)" lines, for the end of an answer. */
export function referenceList(passages: readonly Passage[]): string {
  return passages.map((p, i) => `[${i + 1}] ${p.title} (${p.source})`).join('\n');
}
