import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../foundation/db/database.ts';
import { describeZodIssues, YihengError } from '../../foundation/errors.ts';
import { type ApiRole, apiRoles } from './roles.ts';

/** A key as the gateway knows it: never the secret, only its hash's row. */
export interface ApiKey {
  id: string;
  name: string;
  role: ApiRole;
  /** The first characters of the secret, so a person can tell keys apart. */
  prefix: string;
  requestsPerMinute: number | null;
  requestsPerDay: number | null;
  createdAt: Date;
  revokedAt: Date | null;
}

export const createKeyInputSchema = z
  .object({
    role: z.enum(apiRoles, { error: `role must be one of: ${apiRoles.join(', ')}` }),
    name: z.string().trim().min(1).max(100).optional(),
    requestsPerMinute: z.number().int().positive().max(1_000_000).optional(),
    requestsPerDay: z.number().int().positive().max(1_000_000_000).optional(),
  })
  .strict();
export type CreateKeyInput = z.input<typeof createKeyInputSchema>;

const KEY_PREFIX = 'yh-';

/** SHA-256 suffices: keys carry 192 random bits, so there is nothing to brute-force or salt against. */
export function hashKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export interface KeyStoreOptions {
  /** How long an authentication result is reused; revocation applies within this. */
  cacheTtlMs?: number;
  now?: () => number;
}

/** API keys: created once (the secret is shown once), stored hashed, revocable. */
export class KeyStore {
  private readonly cache = new Map<string, { key: ApiKey | undefined; until: number }>();
  private readonly ttl: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Db,
    options: KeyStoreOptions = {},
  ) {
    this.ttl = options.cacheTtlMs ?? 1000;
    this.now = options.now ?? Date.now;
  }

  async create(input: CreateKeyInput): Promise<{ key: ApiKey; secret: string }> {
    const parsed = createKeyInputSchema.safeParse(input);
    if (!parsed.success) {
      throw new YihengError(`invalid key: ${describeZodIssues(parsed.error)}`, {
        hint: 'see `yiheng keys create --help`',
        code: 'invalid_key',
      });
    }
    const { role, name, requestsPerMinute, requestsPerDay } = parsed.data;
    const secret = KEY_PREFIX + randomBytes(24).toString('base64url');
    const id = `key_${randomBytes(6).toString('hex')}`;
    const row = await this.db
      .insertInto('api_keys')
      .values({
        id,
        name: name ?? role,
        role,
        key_hash: hashKey(secret),
        key_prefix: secret.slice(0, 8),
        requests_per_minute: requestsPerMinute ?? null,
        requests_per_day: requestsPerDay ?? null,
        revoked_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { key: fromRow(row), secret };
  }

  async list(options: { includeRevoked?: boolean } = {}): Promise<ApiKey[]> {
    let query = this.db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id');
    if (!options.includeRevoked) query = query.where('revoked_at', 'is', null);
    return (await query.execute()).map(fromRow);
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('api_keys')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async get(id: string): Promise<ApiKey | undefined> {
    const row = await this.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }

  async revoke(id: string): Promise<ApiKey> {
    const row = await this.db
      .updateTable('api_keys')
      .set({ revoked_at: new Date() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      const existing = await this.get(id);
      throw new YihengError(existing ? `key ${id} is already revoked` : `unknown key ${id}`, {
        hint: 'see `yiheng keys list --all`',
        code: existing ? 'key_revoked' : 'key_not_found',
      });
    }
    this.cache.clear();
    return fromRow(row);
  }

  /** The live key for a bearer secret, or undefined. Cached briefly: one lookup per key per TTL. */
  async authenticate(secret: string): Promise<ApiKey | undefined> {
    if (!secret.startsWith(KEY_PREFIX) || secret.length > 200) return undefined;
    const hash = hashKey(secret);
    const now = this.now();
    const cached = this.cache.get(hash);
    if (cached && cached.until > now) return cached.key;
    const row = await this.db
      .selectFrom('api_keys')
      .selectAll()
      .where('key_hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    const key = row ? fromRow(row) : undefined;
    // Bounded: a flood of random keys must not grow memory without limit.
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(hash, { key, until: now + this.ttl });
    return key;
  }
}

function fromRow(row: {
  id: string;
  name: string;
  role: string;
  key_prefix: string;
  requests_per_minute: number | null;
  requests_per_day: number | null;
  created_at: Date;
  revoked_at: Date | null;
}): ApiKey {
  return {
    id: row.id,
    name: row.name,
    role: row.role as ApiRole,
    prefix: row.key_prefix,
    requestsPerMinute: row.requests_per_minute,
    requestsPerDay: row.requests_per_day,
    createdAt: new Date(row.created_at),
    revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
  };
}
