import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../foundation/db/database.ts';
import { openTestStore, testBackends } from '../../foundation/db/test-stores.ts';
import { hashKey, KeyStore } from './api-keys.ts';

describe.each(testBackends)('KeyStore on %s', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore(kind);
  });
  afterAll(async () => {
    await store.close();
  });

  it('shows the secret once and stores only its hash', async () => {
    const keys = new KeyStore(store.db);
    const { key, secret } = await keys.create({ role: 'clinician', name: 'ward 5' });
    expect(secret).toMatch(/^yh-[\w-]{32}$/);
    expect(key).toMatchObject({
      role: 'clinician',
      name: 'ward 5',
      prefix: secret.slice(0, 8),
      revokedAt: null,
    });
    const dump = JSON.stringify((await sql`select * from api_keys`.execute(store.db)).rows);
    expect(dump).not.toContain(secret);
    expect(dump).toContain(hashKey(secret));
    expect((await keys.authenticate(secret))?.id).toBe(key.id);
  });

  it('refuses unknown roles and keys it never issued', async () => {
    const keys = new KeyStore(store.db);
    await expect(keys.create({ role: 'superuser' as never })).rejects.toThrow(
      /role must be one of: clinician/,
    );
    expect(await keys.authenticate('yh-unknownunknownunknownunknownunk')).toBeUndefined();
    expect(await keys.authenticate('sk-not-ours')).toBeUndefined();
  });

  it('stops accepting a revoked key within the cache lifetime', async () => {
    let now = 0;
    const keys = new KeyStore(store.db, { cacheTtlMs: 1000, now: () => now });
    const other = new KeyStore(store.db, { cacheTtlMs: 1000, now: () => now }); // another replica
    const { key, secret } = await keys.create({ role: 'evaluator' });
    expect(await other.authenticate(secret)).toBeDefined();
    await keys.revoke(key.id);
    expect(await keys.authenticate(secret)).toBeUndefined(); // the revoking replica at once
    now = 1001;
    expect(await other.authenticate(secret)).toBeUndefined(); // the others within a second
    await expect(keys.revoke(key.id)).rejects.toThrow(/already revoked/);
    await expect(keys.revoke('key_nope')).rejects.toThrow(/unknown key/);
  });
});
