import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../foundation/db/database.ts';
import { openTestStore } from '../../foundation/db/test-stores.ts';
import { KnowledgeBase } from '../../foundation/knowledge/knowledge-base.ts';
import { fixtureEntries } from '../../foundation/knowledge/testing/fixtures.ts';
import { OpenAICompatibleProvider } from '../providers/openai-compatible.ts';
import { createProvider, ModelRegistry } from '../registry.ts';
import { type FakeModelServer, startFakeModel } from '../testing/fake-model-server.ts';
import { fewShotMessages } from './few-shot.ts';
import { groundingInstruction } from './grounded-prompt.ts';
import { RagModel, type Retriever } from './rag-model.ts';
import { systemPrompt, USE_CASES } from './use-cases.ts';

const kb = new KnowledgeBase([{ name: 'fixtures', entries: fixtureEntries }]);
const retriever: Retriever = {
  retrieve: (query, { k, lang }) => kb.search(query, { k, lang, truncate: true }).hits.map((h) => h.passage),
};

describe('prompt alignment', () => {
  it('has a system prompt and few-shot examples for every use case in zh and en', () => {
    for (const useCase of USE_CASES) {
      for (const lang of ['zh', 'en'] as const) {
        expect(systemPrompt(useCase, lang).length).toBeGreaterThan(50);
        const shots = fewShotMessages(useCase, lang);
        expect(shots.length).toBeGreaterThanOrEqual(2);
        expect(shots.map((m) => m.role).slice(0, 2)).toEqual(['user', 'assistant']);
      }
    }
    expect(systemPrompt('triage', 'zh')).toMatch(/120/);
    expect(fewShotMessages('triage', 'en', 1)).toHaveLength(2);
  });

  it('numbers passages with their sources and asks for citations, or says evidence is missing', () => {
    const passages = kb.search('华法林', { k: 2, lang: 'zh' }).hits.map((h) => h.passage);
    const prompt = groundingInstruction(passages, 'zh');
    expect(prompt).toMatch(/\[1\]、\[2\]/);
    expect(prompt).toMatch(/\n\[1\] 华法林\n/);
    expect(prompt).toMatch(/\(fixtures\/warfarin — test-source\)/);
    expect(prompt).toMatch(/现有资料不足以回答/);
    expect(groundingInstruction([], 'en')).toMatch(/No relevant passages were found/);
  });
});

describe('rag: model variants', () => {
  let server: FakeModelServer;
  let store: Store;
  beforeAll(async () => {
    server = await startFakeModel({ record: true, reply: '建议… [1]' });
    store = await openTestStore('pglite');
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('grounds the last user question in retrieved passages and keeps the caller’s messages', async () => {
    const inner = new OpenAICompatibleProvider({ id: 'fake', baseUrl: server.url, model: 'fake' });
    const rag = new RagModel('rag:fake', inner, { retriever, k: 2 });
    const result = await rag.complete({
      messages: [
        { role: 'system', content: 'You are careful.' },
        { role: 'user', content: '华法林和阿司匹林能一起吃吗？' },
      ],
    });
    expect(result.text).toBe('建议… [1]');
    const sent = server.requests.at(-1)!.messages as Array<{ role: string; content: string }>;
    expect(sent).toHaveLength(2);
    expect(sent[0]!.content).toMatch(/^You are careful\.\n\n请依据下列参考资料/);
    expect(sent[0]!.content).toMatch(/\[1\] (华法林|阿司匹林)/);
    expect(sent[1]).toEqual({ role: 'user', content: '华法林和阿司匹林能一起吃吗？' });
    let streamed = '';
    for await (const chunk of rag.stream({ messages: [{ role: 'user', content: 'warfarin and aspirin?' }] }))
      streamed += chunk.delta;
    expect(streamed).toBe('建议… [1]');
    const streamedRequest = server.requests.at(-1)!.messages as Array<{ role: string; content: string }>;
    expect(streamedRequest[0]!.role).toBe('system');
    expect(streamedRequest[0]!.content).toMatch(/^Answer the question using the reference passages/);
  });

  it('is addressable as rag:<id> through the registry, for any registered model', async () => {
    const registry = new ModelRegistry(store.db, [
      { id: 'local', provider: 'openai-compatible', base_url: server.url, model: 'fake' },
    ]);
    const record = await registry.get('rag:local');
    expect(record).toMatchObject({ id: 'rag:local', provider: 'openai-compatible', ragOf: { id: 'local' } });
    const provider = createProvider(record);
    expect(provider).toBeInstanceOf(RagModel);
    expect(provider.id).toBe('rag:local');
    expect((await registry.get('rag:yiheng-reference')).ragOf!.id).toBe('yiheng-reference');
    await expect(registry.get('rag:rag:local')).rejects.toThrow(/unknown model "rag:rag:local"/);
    await expect(registry.get('rag:nope')).rejects.toThrow(/unknown model "rag:nope"/);
    await expect(
      registry.add({ id: 'rag:x', provider: 'openai-compatible', baseUrl: server.url, upstreamModel: 'm' }),
    ).rejects.toThrow(/cannot start with "rag:"/);
    expect((await registry.list()).some((m) => m.id.startsWith('rag:'))).toBe(false);
  });
});
