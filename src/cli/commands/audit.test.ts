import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { yiheng } from '../../../test/helpers/cli.ts';
import { openStore } from '../../foundation/db/database.ts';

/** `yiheng keys` and `yiheng audit` through the real CLI, on one embedded home. */
describe('yiheng keys and audit', () => {
  it('creates a key, audits it, exports the trail and names the first tampered record', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'yiheng-audit-cli-'));
    const env = { YIHENG_HOME: path.join(cwd, 'home') };

    const created = await yiheng(['keys', 'create', '--role', 'reviewer', '--name', 'QA team', '--json'], {
      cwd,
      env,
    });
    expect(created.code).toBe(0);
    const key = JSON.parse(created.stdout);
    expect(key.key).toMatch(/^yh-/);

    const out = path.join(cwd, 'audit.jsonl');
    const exported = await yiheng(['audit', 'export', '--from', '2000-01-01', '--out', out], { cwd, env });
    expect(exported.code).toBe(0);
    const records = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.kind)).toEqual(['key.create']);
    expect(records[0]).toMatchObject({
      seq: 1,
      actor: { key_id: null, role: 'cli' },
      data: { key_id: key.id },
    });
    expect(records[0].hash).toMatch(/^[0-9a-f]{64}$/);

    expect((await yiheng(['audit', 'verify'], { cwd, env })).stdout).toMatch(/intact: 1 record, head/);

    // Someone with database access rewrites history.
    const store = await openStore({ home: env.YIHENG_HOME });
    await sql`alter table audit_records disable trigger user`.execute(store.db);
    await sql`update audit_records set body = replace(body, 'reviewer', 'admin') where seq = 1`.execute(
      store.db,
    );
    await store.close();
    const verify = await yiheng(['audit', 'verify'], { cwd, env });
    expect(verify.code).toBe(1);
    expect(verify.stderr).toMatch(/audit trail is broken: record 1 \([0-9a-f-]+\) was edited/);
  }, 120_000);
});
