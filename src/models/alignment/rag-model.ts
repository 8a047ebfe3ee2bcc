import { bundledKnowledge } from '../../foundation/knowledge/knowledge-base.ts';
import type { Passage } from '../../foundation/knowledge/passages.ts';
import { detectLanguage, type Language } from '../../foundation/text/language.ts';
import type { ChatChunk, ChatMessage, ChatRequest, ChatResult, ModelProvider } from '../provider.ts';
import { groundingInstruction } from './grounded-prompt.ts';

/**
 * Any model, grounded: `rag:<model-id>` retrieves passages for the last user message and puts
 * them, numbered, into the system message before calling the model. The evaluator runs a model
 * and its `rag:` variant on the same suite to measure what grounding changes.
 */

export const RAG_PREFIX = 'rag:';

export interface Retriever {
  retrieve(query: string, options: { k: number; lang: Language }): Passage[] | Promise<Passage[]>;
}

/** Retrieval over the bundled knowledge (built once per process, on first use). */
export const bundledRetriever: Retriever = {
  retrieve(query, { k, lang }) {
    if (!query.trim()) return [];
    return bundledKnowledge()
      .search(query, { k, lang, truncate: true })
      .hits.map((h) => h.passage);
  },
};

export interface RagOptions {
  retriever?: Retriever;
  /** Passages per question (default 4). */
  k?: number;
}

export class RagModel implements ModelProvider {
  private readonly retriever: Retriever;
  private readonly k: number;

  constructor(
    readonly id: string,
    private readonly inner: ModelProvider,
    options: RagOptions = {},
  ) {
    this.retriever = options.retriever ?? bundledRetriever;
    this.k = options.k ?? 4;
  }

  async complete(request: ChatRequest): Promise<ChatResult> {
    return this.inner.complete(await this.ground(request));
  }

  async *stream(request: ChatRequest): AsyncIterable<ChatChunk> {
    yield* this.inner.stream(await this.ground(request));
  }

  /** The request with a grounding system message; the caller's messages are kept as they are. */
  async ground(request: ChatRequest): Promise<ChatRequest> {
    const lastUser = [...request.messages].reverse().find((m) => m.role === 'user');
    const question = lastUser?.content ?? '';
    const lang = detectLanguage(question);
    const passages = await this.retriever.retrieve(question, { k: this.k, lang });
    const grounding = groundingInstruction(passages, lang);
    const messages: ChatMessage[] = [...request.messages];
    const first = messages[0];
    if (first?.role === 'system') messages[0] = { ...first, content: `${first.content}\n\n${grounding}` };
    else messages.unshift({ role: 'system', content: grounding });
    return { ...request, messages };
  }
}
