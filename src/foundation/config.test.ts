import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { YihengError } from './errors.ts';

function dirWith(yaml?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'yiheng-config-'));
  if (yaml !== undefined) writeFileSync(path.join(dir, 'yiheng.yaml'), yaml);
  return dir;
}

describe('loadConfig', () => {
  it('works with no file: embedded defaults', () => {
    const dir = dirWith();
    const config = loadConfig({ cwd: dir, env: {} });
    expect(config.home).toBe(path.join(dir, '.yiheng'));
    expect(config.databaseUrl).toBeUndefined();
    expect(config.gateway.port).toBe(8787);
    expect(config.source).toBeUndefined();
  });

  it('takes environment overrides', () => {
    const dir = dirWith('gateway:\n  port: 9000\n');
    const config = loadConfig({
      cwd: dir,
      env: { YIHENG_HOME: '/data/yh', YIHENG_DATABASE_URL: 'postgres://db/x', YIHENG_PORT: '9100' },
    });
    expect(config.home).toBe('/data/yh');
    expect(config.databaseUrl).toBe('postgres://db/x');
    expect(config.gateway.port).toBe(9100);
  });

  it('reads secrets only through named environment variables', () => {
    const dir = dirWith('database_url_env: HOSPITAL_PG\n');
    expect(loadConfig({ cwd: dir, env: { HOSPITAL_PG: 'postgres://h/y' } }).databaseUrl).toBe(
      'postgres://h/y',
    );
    const withSecret = dirWith(
      'models:\n  - id: ds\n    provider: openai-compatible\n    base_url: https://api.deepseek.com/v1\n    api_key_env: sk-123abc\n',
    );
    expect(() => loadConfig({ cwd: withSecret, env: {} })).toThrow(
      /models\.0\.api_key_env: must be the NAME/,
    );
  });

  it('names the key, the problem and the fix for a bad value', () => {
    const dir = dirWith('gateway:\n  port: "eighty"\n');
    try {
      loadConfig({ cwd: dir, env: {} });
      expect.fail('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(YihengError);
      expect((error as YihengError).message).toMatch(/gateway\.port/);
      expect((error as YihengError).hint).toMatch(/correct the key/);
    }
  });

  it('rejects unknown keys (typos) and invalid YAML', () => {
    expect(() => loadConfig({ cwd: dirWith('modles: []\n'), env: {} })).toThrow(/modles/);
    expect(() => loadConfig({ cwd: dirWith('models: [\n'), env: {} })).toThrow(/not valid YAML at line/);
  });

  it('fails when an explicit config file is missing', () => {
    expect(() => loadConfig({ cwd: dirWith(), env: { YIHENG_CONFIG: 'nope.yaml' } })).toThrow(
      /does not exist/,
    );
  });
});
