import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../foundation/db/database.ts';
import { openTestStore, testBackends } from '../foundation/db/test-stores.ts';
import { createProvider, ModelRegistry } from './registry.ts';

describe.each(testBackends)('model registry on %s', (kind) => {
  let store: Store;
  let registry: ModelRegistry;
  beforeAll(async () => {
    store = await openTestStore(kind);
    registry = new ModelRegistry(store.db, [
      {
        id: 'from-yaml',
        provider: 'openai-compatible',
        base_url: 'http://127.0.0.1:9/v1',
        model: 'qwen-plus',
      },
    ]);
  });
  afterAll(() => store.close());

  it('always lists the reference model first', async () => {
    const list = await registry.list();
    expect(list[0]!.id).toBe('yiheng-reference');
    expect(list.map((m) => m.id)).toContain('from-yaml');
  });

  it('adds, shows and removes a model with its value-chain facts', async () => {
    await registry.add({
      id: 'deepseek',
      provider: 'openai-compatible',
      baseUrl: 'https://api.deepseek.com/v1',
      upstreamModel: 'deepseek-chat',
      apiKeyEnv: 'DEEPSEEK_API_KEY',
      developer: 'DeepSeek',
      deployer: 'Example Hospital',
      intendedUse: 'documentation support',
      knowledgeCutoff: '2024-07',
    });
    const shown = await registry.get('deepseek');
    expect(shown).toMatchObject({
      developer: 'DeepSeek',
      deployer: 'Example Hospital',
      languages: ['zh', 'en'],
      origin: 'database',
    });
    await expect(
      registry.add({
        id: 'deepseek',
        provider: 'openai-compatible',
        baseUrl: 'https://x/v1',
        upstreamModel: 'm',
      }),
    ).rejects.toThrow(/already registered/);
    await registry.remove('deepseek');
    await expect(registry.get('deepseek')).rejects.toMatchObject({
      message: 'unknown model "deepseek"',
      hint: expect.stringMatching(/^registered models: yiheng-reference, from-yaml/),
    });
  });

  it('rejects bad input with the field and the fix', async () => {
    await expect(
      registry.add({ id: 'x', provider: 'openai-compatible', baseUrl: 'not a url', upstreamModel: 'm' }),
    ).rejects.toThrow(/baseUrl: must be a URL/);
    await expect(
      registry.add({
        id: 'x',
        provider: 'openai-compatible',
        baseUrl: 'https://a/v1',
        upstreamModel: 'm',
        apiKeyEnv: 'sk-live-123',
      }),
    ).rejects.toThrow(/apiKeyEnv: must be the NAME/);
    await expect(registry.remove('yiheng-reference')).rejects.toThrow(/built in/);
  });

  it('reads API keys from the environment when a provider is built, and says which variable is missing', async () => {
    const record = { ...(await registry.get('from-yaml')), apiKeyEnv: 'QWEN_KEY' };
    expect(() => createProvider(record, {})).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/QWEN_KEY is not set/),
        hint: expect.stringMatching(/^export QWEN_KEY=/),
      }),
    );
    expect(createProvider(record, { QWEN_KEY: 'k' }).id).toBe('from-yaml');
  });
});
