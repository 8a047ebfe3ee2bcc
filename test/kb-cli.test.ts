import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDrugs, fixtureInteractions } from '../src/foundation/knowledge/testing/fixtures.ts';
import { yiheng } from './helpers/cli.ts';

// One folder for the whole file: the embedded database (and bundled import) is set up once.
const cwd = mkdtempSync(path.join(tmpdir(), 'yiheng-kb-cli-'));

describe('yiheng kb', () => {
  it('imports a JSONL collection, then looks up interactions with an unknown name reported (exit 0)', async () => {
    const file = path.join(cwd, 'my-drugs.jsonl');
    writeFileSync(file, [...fixtureDrugs, ...fixtureInteractions].map((e) => JSON.stringify(e)).join('\n'));
    const imported = await yiheng(
      ['kb', 'import', file, '--collection', 'my-drugs', '--licence', 'test-only'],
      { cwd },
    );
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/imported my-drugs\.jsonl into my-drugs: 0 passage\(s\), 12 entries/);

    const { code, stdout, stderr } = await yiheng(
      ['kb', 'interactions', '华法林', 'Advil', 'nosuchdrug', '--json'],
      { cwd },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.unknown.map((u: { query: string }) => u.query)).toEqual(['nosuchdrug']);
    // Bundled interactions may add more rows for this pair; ours must be among them.
    expect(report.interactions.map((i: { id: string }) => i.id)).toContain('warfarin-nsaids');
  });

  it('checks doses, and names an unknown route in one line with a non-zero exit', async () => {
    const above = await yiheng(['kb', 'dose', 'paracetamol', '--route', 'oral', '--daily', '5g'], { cwd });
    expect(above.code).toBe(0);
    expect(above.stdout).toMatch(
      /Paracetamol .*oral, 5 g\/day: ABOVE the maximum of (4 g by 1 g|4000 mg by 1000 mg) \(125% of maximum\)/i,
    );
    const bad = await yiheng(['kb', 'dose', 'paracetamol', '--route', 'eyedrops', '--daily', '4g'], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^yiheng: error: unknown route "eyedrops" — use one of: oral, iv/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('matches red flags with negation, and refuses an empty search', async () => {
    const { code, stdout } = await yiheng(['kb', 'redflags', '患者否认胸痛。 denies chest pain', '--json'], {
      cwd,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ level: 'routine', matches: [] });
    const empty = await yiheng(['kb', 'search', '  '], { cwd });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/the search query is empty/);
  });
});
