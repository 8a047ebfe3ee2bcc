import { createHash } from 'node:crypto';
import type { JsonValue } from './canonical-json.ts';

/**
 * What one audit record says. Only types, counts, identifiers of keys and deployments, and
 * decisions belong here — never message text or personal data: the trail is kept for years and
 * read by auditors.
 */
export interface AuditEvent {
  /** What happened: chat.completion, chat.stream.start, review.approve, key.create, … */
  kind: string;
  /** Who did it: the API key id and its role, or the CLI. Never a person's name. */
  actor: { keyId: string | null; role: string | null };
  deployment?: string | null;
  responseId?: string | null;
  decision?: string | null;
  /** Further facts (model id and version, policy version, findings by type and count, latency). */
  data?: { [key: string]: JsonValue };
}

/** A record as stored: the canonical body that was hashed, and the chain links. */
export interface AuditRecord {
  seq: number;
  id: string;
  at: string;
  kind: string;
  body: string;
  prevHash: string;
  hash: string;
}

/** The body every record hashes: field names are part of the format, keep them stable. */
export interface AuditBody {
  seq: number;
  id: string;
  at: string;
  kind: string;
  actor: { key_id: string | null; role: string | null };
  deployment: string | null;
  response_id: string | null;
  decision: string | null;
  data: { [key: string]: JsonValue };
}

export const GENESIS_HASH = '0'.repeat(64);

/** The link: SHA-256 over the previous record's hash and this record's canonical body. */
export function chainHash(prevHash: string, body: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
