import type { ColumnType, Generated } from 'kysely';

/** Column helpers shared by every area's table types, and the core tables (the model registry). */

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T = unknown> = ColumnType<T, string, string>;
/** A JSON column with a database default: optional on insert. */
export type JsonWithDefault<T = unknown> = ColumnType<T, string | undefined, string>;
/** A column with a database default: optional on insert. */
export type WithDefault<T> = ColumnType<T, T | undefined, T>;

export interface ModelsTable {
  id: string;
  provider: 'openai-compatible' | 'reference';
  base_url: string | null;
  upstream_model: string | null;
  api_key_env: string | null;
  version: WithDefault<string>;
  base_model: string | null;
  developer: string | null;
  provider_org: string | null;
  deployer: string | null;
  intended_use: string | null;
  languages: JsonWithDefault<string[]>;
  knowledge_cutoff: string | null;
  params: JsonWithDefault<Record<string, unknown>>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CoreTables {
  models: ModelsTable;
}

export type Id = Generated<number>;
