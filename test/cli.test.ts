import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { yiheng } from './helpers/cli.ts';

describe('yiheng CLI', () => {
  it('lists every command in --help', async () => {
    const { code, stdout } = await yiheng(['--help']);
    expect(code).toBe(0);
    for (const command of ['models', 'dev', 'quickstart']) expect(stdout).toContain(command);
  });

  it('lists yiheng-reference on an empty machine', async () => {
    const { code, stdout } = await yiheng(['models', 'list', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((m: { id: string }) => m.id)).toContain('yiheng-reference');
  });

  it.each([
    ['an unknown command', ['modls'], {}, /unknown command 'modls'/],
    ['a bad flag', ['models', 'list', '--bogus'], {}, /unknown option '--bogus'/],
    [
      'an unreachable database',
      ['models', 'list'],
      { YIHENG_DATABASE_URL: 'postgres://u:pw@127.0.0.1:1/db' },
      /cannot connect to PostgreSQL/,
    ],
  ])('gives one clear line and a non-zero exit for %s', async (_name, args, env, message) => {
    const { code, stderr } = await yiheng(args, { env });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('gives one clear line for a malformed yiheng.yaml', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'yiheng-cli-'));
    writeFileSync(path.join(cwd, 'yiheng.yaml'), 'models:\n  - id: [oops\n');
    const { code, stderr } = await yiheng(['models', 'list'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toMatch(/yiheng\.yaml is not valid YAML at line \d+ — fix the YAML syntax/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('adds, shows and removes a model through the commands', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'yiheng-cli-'));
    const add = await yiheng(
      [
        'models',
        'add',
        'qwen',
        '--provider',
        'openai-compatible',
        '--base-url',
        'http://127.0.0.1:8000/v1',
        '--model',
        'qwen2.5-7b-instruct',
        '--developer',
        'Alibaba',
      ],
      { cwd },
    );
    expect(add.code).toBe(0);
    const show = await yiheng(['models', 'show', 'qwen', '--json'], { cwd });
    expect(JSON.parse(show.stdout)).toMatchObject({
      id: 'qwen',
      upstreamModel: 'qwen2.5-7b-instruct',
      developer: 'Alibaba',
    });
    expect((await yiheng(['models', 'remove', 'qwen'], { cwd })).code).toBe(0);
    const again = await yiheng(['models', 'show', 'qwen'], { cwd });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/unknown model "qwen"/);
  });
});
