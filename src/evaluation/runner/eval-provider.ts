import type { ModelProvider } from '../../models/provider.ts';
import { HttpUpstreamProvider } from '../../models/providers/http-provider.ts';
import { apiKeyOf, createProvider, type ModelRecord } from '../../models/registry.ts';

/** The time limit of a call when neither the run nor the model sets one (the official client's default). */
export const DEFAULT_CALL_TIMEOUT_MS = 60_000;

export interface EvalProvider {
  provider: ModelProvider;
  /**
   * The per-call time limit the caller must enforce (with an abort signal): set when this
   * transport has none of its own.
   */
  timeoutMs?: number;
  close(): void;
}

/**
 * The transport the evaluator calls a model through. A plain OpenAI-compatible model goes over
 * node:http with keep-alive (the gateway's HttpUpstreamProvider, same request body and the same
 * ProviderError kinds): the official `openai` client costs about 1.1–1.5 ms of CPU per call,
 * more than the whole rest of the runner, and capped a 64-way run against a 100 ms model at
 * ~70% of the ideal rate. That transport does not retry or time out by itself: EvalModel
 * retries (`--retries`, with backoff) and applies the time limit returned here. RAG variants
 * and the reference model keep the shared providers.
 */
export function evalProvider(record: ModelRecord, env: NodeJS.ProcessEnv): EvalProvider {
  if (record.provider !== 'openai-compatible' || record.ragOf || !record.baseUrl || !record.upstreamModel) {
    return { provider: createProvider(record, env), close: () => {} };
  }
  const apiKey = apiKeyOf(record, env);
  const provider = new HttpUpstreamProvider({
    id: record.id,
    baseUrl: record.baseUrl,
    model: record.upstreamModel,
    ...(apiKey ? { apiKey } : {}),
    ...(record.apiKeyEnv ? { apiKeyEnv: record.apiKeyEnv } : {}),
    params: record.params,
  });
  return {
    provider,
    timeoutMs: record.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
    close: () => provider.close(),
  };
}
