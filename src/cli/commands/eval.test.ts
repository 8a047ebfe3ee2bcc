import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { yiheng } from '../../../test/helpers/cli.ts';

describe('yiheng eval (CLI)', () => {
  // Each case starts the real CLI (tsx + embedded database), a few seconds apiece; comparison,
  // caching and resume are covered by the library tests next to the runner.
  it('runs a suite against the reference model, writes the outputs, and ranks it', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'yiheng-eval-cli-'));
    const first = await yiheng(
      ['eval', '--suite', 'example', '--model', 'yiheng-reference', '--limit', '6', '--out', 'out1'],
      { cwd },
    );
    expect(first.stderr).not.toMatch(/yiheng: error/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/run \S+: yiheng-reference on example/);
    const results = JSON.parse(readFileSync(path.join(cwd, 'out1', 'results.json'), 'utf8'));
    expect(results).toMatchObject({
      model: { id: 'yiheng-reference' },
      suite: { id: 'example' },
      n_items: 6,
    });
    expect(existsSync(path.join(cwd, 'out1', 'report.html'))).toBe(true);

    const board = await yiheng(['leaderboard', '--suite', 'example', '--json', '--all'], { cwd });
    expect(JSON.parse(board.stdout)).toEqual([
      expect.objectContaining({ model: 'yiheng-reference', run_id: results.run_id }),
    ]);
  }, 120_000);

  it.each([
    [
      'an unknown suite',
      ['eval', '--suite', 'nope', '--model', 'yiheng-reference', '--out', 'o'],
      /unknown suite "nope"/,
    ],
    [
      'an unknown model',
      ['eval', '--suite', 'example', '--model', 'nobody', '--out', 'o'],
      /unknown model "nobody"/,
    ],
    [
      'an unknown format',
      ['eval', '--dataset', 'x.jsonl', '--format', 'medqb', '--model', 'yiheng-reference', '--out', 'o'],
      /unknown dataset format "medqb"/,
    ],
    [
      'a missing dataset',
      ['eval', '--dataset', 'x.jsonl', '--format', 'medqa', '--model', 'yiheng-reference', '--out', 'o'],
      /dataset file .*x\.jsonl does not exist/,
    ],
  ])(
    'gives one clear line and a non-zero exit for %s',
    async (_name, args, message) => {
      const { code, stderr } = await yiheng(args);
      expect(code).not.toBe(0);
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    },
    60_000,
  );

  it('fails a run on a malformed line with --strict, and skips it without', async () => {
    const fixture = path.resolve('src/evaluation/loaders/fixtures/medqa.jsonl');
    const strict = await yiheng([
      'eval',
      '--dataset',
      fixture,
      '--format',
      'medqa',
      '--model',
      'yiheng-reference',
      '--out',
      'o',
      '--strict',
    ]);
    expect(strict.code).not.toBe(0);
    expect(strict.stderr).toMatch(/malformed item at .*medqa\.jsonl:3/);
    const lenient = await yiheng([
      'eval',
      '--dataset',
      fixture,
      '--format',
      'medqa',
      '--model',
      'yiheng-reference',
      '--out',
      'o',
    ]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/skipped malformed line .*medqa\.jsonl:3/);
    expect(lenient.stdout).toMatch(/items 2, errors 0, malformed lines skipped 2/);
  }, 120_000);
});
