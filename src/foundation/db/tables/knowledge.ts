import type { Generated } from 'kysely';
import type { Json, JsonWithDefault, Timestamp } from './core.ts';

/** Row types of the knowledge tables (migration 0100_knowledge). */

export interface KbCollectionsTable {
  name: string;
  /** 'bundled' collections come from data/knowledge and are re-imported when their files change. */
  kind: 'bundled' | 'user';
  title: string | null;
  licence: string | null;
  source: string | null;
  /** The collection card (bundled collections), as JSON. */
  card: Json<unknown> | null;
  /** Hash of the bundled files it was imported from; null for user collections. */
  content_hash: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One imported file: the provenance of the entities and passages it brought. */
export interface KbFilesTable {
  id: Generated<number>;
  collection: string;
  file_name: string;
  sha256: string;
  format: string;
  licence: string | null;
  source: string | null;
  items: number;
  imported_at: Generated<Date>;
}

/** Nodes of the knowledge graph: one per entry (drug, condition, red flag, lab, interaction, synonym group). */
export interface KbEntitiesTable {
  collection: string;
  id: string;
  kind: string;
  name_zh: string | null;
  name_en: string | null;
  data: Json<unknown>;
  /** The entry written out in zh and en, for search and for SQL users. */
  search_text: string;
  file_id: number | null;
  position: number;
}

/** Typed edges: drug —in_class→ class:nsaid, drug —interacts_with→ drug, condition —seen_in→ department … */
export interface KbRelationsTable {
  id: Generated<number>;
  collection: string;
  subject: string;
  predicate: string;
  object: string;
  props: JsonWithDefault<Record<string, unknown>>;
  file_id: number | null;
}

/** Passages of user documents. */
export interface KbPassagesTable {
  collection: string;
  id: string;
  title: string;
  text: string;
  source: string;
  lang: string | null;
  file_id: number | null;
  position: number;
}

/** Cached dense vectors from the configured embeddings provider, keyed by model and text hash. */
export interface KbEmbeddingsTable {
  model: string;
  text_hash: string;
  vector: Json<number[]>;
  created_at: Timestamp;
}

export interface KnowledgeTables {
  kb_collections: KbCollectionsTable;
  kb_files: KbFilesTable;
  kb_entities: KbEntitiesTable;
  kb_relations: KbRelationsTable;
  kb_passages: KbPassagesTable;
  kb_embeddings: KbEmbeddingsTable;
}
