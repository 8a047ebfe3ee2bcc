import { bundledKnowledge, type KnowledgeBase } from '../../foundation/knowledge/knowledge-base.ts';
import { detectLanguage } from '../../foundation/text/language.ts';
import type { ChatChunk, ChatMessage, ChatRequest, ChatResult, ModelProvider } from '../provider.ts';
import { usageOf } from '../provider.ts';
import { answer } from './answer.ts';
import { consult, isConsultation } from './consultation.ts';
import { extractionReply, parseExtractionRequest } from './extraction.ts';

export const REFERENCE_MODEL_ID = 'yiheng-reference';

/**
 * The built-in offline model. It is deterministic code, not a language model: it answers from
 * the bundled knowledge base (see answer.ts and data/models/yiheng-reference.card.md), works with
 * no network, keys or weights, and gives the same answer to the same question every time.
 * Knowledge and indexes are loaded on the first question and shared by the whole process.
 */
export class ReferenceModel implements ModelProvider {
  readonly id = REFERENCE_MODEL_ID;

  /** `knowledge` is for tests; by default the bundled knowledge is used. */
  constructor(private readonly knowledge?: () => KnowledgeBase) {}

  async complete(request: ChatRequest): Promise<ChatResult> {
    const started = performance.now();
    const text = this.answer(request);
    return {
      text,
      finishReason: 'stop',
      usage: usageOf(request.messages, text),
      latencyMs: performance.now() - started,
      model: REFERENCE_MODEL_ID,
    };
  }

  async *stream(request: ChatRequest): AsyncIterable<ChatChunk> {
    const result = await this.complete(request);
    // Sentence-sized chunks, so streaming clients see a real stream.
    const pieces = result.text.match(/[^。！？.!?\n]+[。！？.!?\n]*/g) ?? [result.text];
    for (const delta of pieces) yield { delta };
    yield { delta: '', finishReason: 'stop', usage: result.usage };
  }

  private answer(request: ChatRequest): string {
    return respond((this.knowledge ?? bundledKnowledge)(), request.messages);
  }
}

/**
 * What kind of turn this is decides how it is answered: a request for JSON fields is structured
 * from the text; a history-taking conversation (a system prompt that asks for it, or our own
 * earlier questions) continues the consultation; anything else is a question (answer.ts).
 */
export function respond(kb: KnowledgeBase, messages: readonly ChatMessage[]): string {
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  const question = lastUser?.content ?? '';
  const extraction = parseExtractionRequest(question);
  if (extraction) return extractionReply(kb, extraction);
  if (isConsultation(messages)) return consult(kb, messages);
  const language = detectLanguage(question);
  return answer(kb, question, language);
}
