import { z } from 'zod';
import type { ModelConfig } from '../foundation/config.ts';
import type { Db } from '../foundation/db/database.ts';
import { describeZodIssues, YihengError } from '../foundation/errors.ts';
import { RAG_PREFIX, RagModel } from './alignment/rag-model.ts';
import type { ModelProvider } from './provider.ts';
import { OpenAICompatibleProvider } from './providers/openai-compatible.ts';
import { REFERENCE_MODEL_ID, ReferenceModel } from './reference/reference-model.ts';

/** A registered model: how to call it, and the facts its model card and the WHO value chain need. */
export interface ModelRecord {
  id: string;
  provider: 'openai-compatible' | 'reference';
  baseUrl: string | null;
  upstreamModel: string | null;
  apiKeyEnv: string | null;
  version: string;
  baseModel: string | null;
  /** WHO value-chain roles. */
  developer: string | null;
  providerOrg: string | null;
  deployer: string | null;
  intendedUse: string | null;
  languages: string[];
  knowledgeCutoff: string | null;
  params: Record<string, unknown>;
  /** Where the record comes from: built in, yiheng.yaml, or the database. */
  origin: 'builtin' | 'config' | 'database';
  timeoutMs?: number;
  maxRetries?: number;
  concurrency?: number;
  price?: { input_per_mtok: number; output_per_mtok: number };
  /** Set on `rag:<id>` variants: the model that answers, grounded in retrieved knowledge. */
  ragOf?: ModelRecord;
}

export const REFERENCE_RECORD: ModelRecord = {
  id: REFERENCE_MODEL_ID,
  provider: 'reference',
  baseUrl: null,
  upstreamModel: null,
  apiKeyEnv: null,
  version: '0.2.0',
  baseModel: null,
  developer: 'Yiheng project',
  providerOrg: 'Yiheng project',
  deployer: null,
  intendedUse: 'Offline baseline for tests, demos and evaluation; not for clinical use',
  languages: ['zh', 'en'],
  knowledgeCutoff: null,
  params: {},
  origin: 'builtin',
};

export const addModelInputSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-zA-Z0-9][\w.:/-]{0,127}$/,
        'use 1–128 letters, digits and . _ : / - (starting with a letter or digit)',
      ),
    provider: z.literal('openai-compatible'),
    baseUrl: z.url('must be a URL such as https://api.deepseek.com/v1'),
    upstreamModel: z.string().min(1, 'name the upstream model (e.g. deepseek-chat)'),
    apiKeyEnv: z
      .string()
      .regex(
        /^[A-Z_][A-Z0-9_]*$/,
        'must be the NAME of an environment variable (e.g. DEEPSEEK_API_KEY), not the key',
      )
      .optional(),
    version: z.string().min(1).default('1'),
    baseModel: z.string().optional(),
    developer: z.string().optional(),
    providerOrg: z.string().optional(),
    deployer: z.string().optional(),
    intendedUse: z.string().optional(),
    languages: z.array(z.string().min(2)).default(['zh', 'en']),
    knowledgeCutoff: z.string().optional(),
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export type AddModelInput = z.input<typeof addModelInputSchema>;

export class ModelRegistry {
  constructor(
    private readonly db: Db,
    private readonly configModels: ModelConfig[] = [],
  ) {}

  async list(): Promise<ModelRecord[]> {
    const rows = await this.db.selectFrom('models').selectAll().orderBy('id').execute();
    const byId = new Map<string, ModelRecord>([[REFERENCE_RECORD.id, REFERENCE_RECORD]]);
    for (const row of rows) byId.set(row.id, fromRow(row));
    for (const model of this.configModels) byId.set(model.id, fromConfig(model));
    return [...byId.values()].sort((a, b) =>
      a.id === REFERENCE_MODEL_ID ? -1 : b.id === REFERENCE_MODEL_ID ? 1 : a.id.localeCompare(b.id),
    );
  }

  async find(id: string): Promise<ModelRecord | undefined> {
    if (id.startsWith(RAG_PREFIX)) {
      // `rag:<id>` is a virtual variant of any registered model (never of another variant).
      const base = await this.find(id.slice(RAG_PREFIX.length));
      return base && !base.ragOf ? { ...base, id, ragOf: base } : undefined;
    }
    if (id === REFERENCE_MODEL_ID) return REFERENCE_RECORD;
    const configured = this.configModels.find((m) => m.id === id);
    if (configured) return fromConfig(configured);
    const row = await this.db.selectFrom('models').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }

  async get(id: string): Promise<ModelRecord> {
    const record = await this.find(id);
    if (!record) {
      const known = (await this.list()).map((m) => m.id).join(', ');
      throw new YihengError(`unknown model "${id}"`, {
        hint: `registered models: ${known}; add one with \`yiheng models add\``,
        code: 'model_not_found',
      });
    }
    return record;
  }

  async add(input: AddModelInput): Promise<ModelRecord> {
    const parsed = addModelInputSchema.safeParse(input);
    if (!parsed.success) {
      throw new YihengError(`invalid model: ${describeZodIssues(parsed.error)}`, {
        hint: 'see `yiheng models add --help`',
        code: 'invalid_model',
      });
    }
    const m = parsed.data;
    if (m.id.startsWith(RAG_PREFIX)) {
      throw new YihengError(`model ids cannot start with "${RAG_PREFIX}"`, {
        hint: `"${RAG_PREFIX}<id>" names the retrieval-augmented variant of a registered model; register "${m.id.slice(RAG_PREFIX.length)}" instead`,
        code: 'invalid_model',
      });
    }
    if (m.id === REFERENCE_MODEL_ID || this.configModels.some((c) => c.id === m.id)) {
      throw new YihengError(
        `model "${m.id}" is defined ${m.id === REFERENCE_MODEL_ID ? 'built in' : 'in yiheng.yaml'}`,
        {
          hint: 'choose another id',
          code: 'model_exists',
        },
      );
    }
    const existing = await this.db
      .selectFrom('models')
      .select('id')
      .where('id', '=', m.id)
      .executeTakeFirst();
    if (existing) {
      throw new YihengError(`model "${m.id}" is already registered`, {
        hint: `remove it first with \`yiheng models remove ${m.id}\`, or choose another id`,
        code: 'model_exists',
      });
    }
    await this.db
      .insertInto('models')
      .values({
        id: m.id,
        provider: m.provider,
        base_url: m.baseUrl,
        upstream_model: m.upstreamModel,
        api_key_env: m.apiKeyEnv ?? null,
        version: m.version,
        base_model: m.baseModel ?? null,
        developer: m.developer ?? null,
        provider_org: m.providerOrg ?? null,
        deployer: m.deployer ?? null,
        intended_use: m.intendedUse ?? null,
        languages: JSON.stringify(m.languages),
        knowledge_cutoff: m.knowledgeCutoff ?? null,
        params: JSON.stringify(m.params),
      })
      .execute();
    return this.get(m.id);
  }

  async remove(id: string): Promise<void> {
    if (id === REFERENCE_MODEL_ID) {
      throw new YihengError(`${REFERENCE_MODEL_ID} is built in and cannot be removed`, {
        code: 'model_builtin',
      });
    }
    if (this.configModels.some((m) => m.id === id)) {
      throw new YihengError(`model "${id}" is defined in yiheng.yaml`, {
        hint: 'remove it from the file instead',
      });
    }
    const result = await this.db.deleteFrom('models').where('id', '=', id).executeTakeFirst();
    if (!result.numDeletedRows) {
      throw new YihengError(`unknown model "${id}"`, {
        hint: 'see `yiheng models list`',
        code: 'model_not_found',
      });
    }
  }
}

/**
 * The API key of a model that names an environment variable for it, read at call-construction time
 * (never stored); undefined when the model needs none. A named but unset variable is an error.
 */
export function apiKeyOf(record: ModelRecord, env: NodeJS.ProcessEnv): string | undefined {
  if (!record.apiKeyEnv) return undefined;
  const apiKey = env[record.apiKeyEnv];
  if (!apiKey) {
    throw new YihengError(`model ${record.id}: environment variable ${record.apiKeyEnv} is not set`, {
      hint: `export ${record.apiKeyEnv}=<your API key> and try again`,
      code: 'provider_config',
    });
  }
  return apiKey;
}

/** Builds the provider that calls a registered model. Keys are read from the environment here, never stored. */
export function createProvider(record: ModelRecord, env: NodeJS.ProcessEnv = process.env): ModelProvider {
  if (record.ragOf) return new RagModel(record.id, createProvider(record.ragOf, env));
  if (record.provider === 'reference') return new ReferenceModel();
  const apiKey = apiKeyOf(record, env);
  return new OpenAICompatibleProvider({
    id: record.id,
    baseUrl: record.baseUrl!,
    model: record.upstreamModel!,
    ...(apiKey ? { apiKey } : {}),
    ...(record.apiKeyEnv ? { apiKeyEnv: record.apiKeyEnv } : {}),
    params: record.params,
    ...(record.timeoutMs ? { timeoutMs: record.timeoutMs } : {}),
    ...(record.maxRetries !== undefined ? { maxRetries: record.maxRetries } : {}),
    ...(record.concurrency ? { concurrency: record.concurrency } : {}),
  });
}

function fromRow(row: {
  id: string;
  provider: 'openai-compatible' | 'reference';
  base_url: string | null;
  upstream_model: string | null;
  api_key_env: string | null;
  version: string;
  base_model: string | null;
  developer: string | null;
  provider_org: string | null;
  deployer: string | null;
  intended_use: string | null;
  languages: string[];
  knowledge_cutoff: string | null;
  params: Record<string, unknown>;
}): ModelRecord {
  return {
    id: row.id,
    provider: row.provider,
    baseUrl: row.base_url,
    upstreamModel: row.upstream_model,
    apiKeyEnv: row.api_key_env,
    version: row.version,
    baseModel: row.base_model,
    developer: row.developer,
    providerOrg: row.provider_org,
    deployer: row.deployer,
    intendedUse: row.intended_use,
    languages: row.languages,
    knowledgeCutoff: row.knowledge_cutoff,
    params: row.params,
    origin: 'database',
  };
}

function fromConfig(m: ModelConfig): ModelRecord {
  return {
    id: m.id,
    provider: m.provider,
    baseUrl: m.base_url ?? null,
    upstreamModel: m.model ?? null,
    apiKeyEnv: m.api_key_env ?? null,
    version: m.version ?? '1',
    baseModel: m.base_model ?? null,
    developer: m.developer ?? null,
    providerOrg: m.provider_org ?? null,
    deployer: m.deployer ?? null,
    intendedUse: m.intended_use ?? null,
    languages: m.languages ?? ['zh', 'en'],
    knowledgeCutoff: m.knowledge_cutoff ?? null,
    params: m.params ?? {},
    origin: 'config',
    ...(m.timeout_ms ? { timeoutMs: m.timeout_ms } : {}),
    ...(m.max_retries !== undefined ? { maxRetries: m.max_retries } : {}),
    ...(m.concurrency ? { concurrency: m.concurrency } : {}),
    ...(m.price ? { price: m.price } : {}),
  };
}
