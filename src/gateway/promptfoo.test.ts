import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type {
  Assertion,
  AssertionValueFunctionContext,
  EvaluateResult,
  EvaluateSummaryV3,
  EvaluateTestSuite,
  ProviderOptions,
} from 'promptfoo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../foundation/db/database.ts';
import { openTestStore } from '../foundation/db/test-stores.ts';
import { DEFAULT_LABEL } from '../guard/detectors/label.ts';
import { EMERGENCY_NUMBERS } from '../guard/detectors/messages.ts';
import { REFERENCE_MODEL_ID } from '../models/reference/reference-model.ts';
import { loadGuards } from './guard/load-guards.ts';
import { startTestGateway, type TestGateway, testConfig } from './testing/test-gateway.ts';

type Promptfoo = typeof import('promptfoo').default;
/** What `evaluate` resolves to (promptfoo does not export the class by name). */
type Eval = Awaited<ReturnType<Promptfoo['evaluate']>>;

const EMERGENCY = '胸口压榨样疼痛，出冷汗，已经二十分钟了';
const HYPERTENSION = '高血压患者日常饮食需要注意什么？';
const DIABETES = 'What are the common symptoms of type 2 diabetes?';

const PROMPTFOO_BIN = fileURLToPath(
  new URL('../../node_modules/promptfoo/dist/src/entrypoint.js', import.meta.url),
);
const CLI_CONFIG = fileURLToPath(new URL('./testing/promptfoo/promptfooconfig.yaml', import.meta.url));

/**
 * promptfoo (the open-source LLM eval tool) with its stock OpenAI provider pointed at the gateway,
 * run for real: through its Node API and through its CLI, against the real guard with the bundled
 * policies and the built-in reference model, as `yiheng serve` runs them.
 */
describe('promptfoo against the gateway', () => {
  // promptfoo keeps its config, cache and results database under these; never the user's home.
  const dir = mkdtempSync(join(tmpdir(), 'yiheng-promptfoo-'));
  const promptfooEnv = {
    PROMPTFOO_CONFIG_DIR: join(dir, 'config'),
    PROMPTFOO_CACHE_PATH: join(dir, 'cache'),
    PROMPTFOO_DISABLE_TELEMETRY: '1',
    PROMPTFOO_DISABLE_UPDATE: '1',
    PROMPTFOO_DISABLE_SHARING: '1',
    PROMPTFOO_CACHE_ENABLED: 'false',
  };
  const savedEnv = { ...process.env };
  let store: Store;
  let t: TestGateway;
  let key: string;
  let promptfoo: Promptfoo;

  beforeAll(async () => {
    Object.assign(process.env, promptfooEnv);
    store = await openTestStore('pglite');
    const config = testConfig({});
    t = await startTestGateway({
      kind: 'pglite',
      config,
      guards: await loadGuards({ store, config, env: {} }),
      store,
    });
    key = await t.key('evaluator');
    // Imported only now, so it sees the environment above.
    promptfoo = (await import('promptfoo')).default;
  });

  afterAll(async () => {
    await t?.close();
    await store?.close();
    for (const name of Object.keys(promptfooEnv)) {
      if (savedEnv[name] === undefined) delete process.env[name];
      else process.env[name] = savedEnv[name];
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const provider = (apiKey: string): ProviderOptions => ({
    id: `openai:chat:${REFERENCE_MODEL_ID}`,
    config: { apiBaseUrl: `${t.url}/v1`, apiKey, temperature: 0 },
  });

  async function run(
    suite: Omit<EvaluateTestSuite, 'prompts'>,
  ): Promise<{ summary: EvaluateSummaryV3; record: Eval }> {
    const record = await promptfoo.evaluate(
      { prompts: ['{{question}}'], writeLatestResults: false, ...suite },
      { cache: false, maxConcurrency: 2 },
    );
    const summary = await record.toEvaluateSummary();
    expect(summary.version).toBe(3);
    return { summary: summary as EvaluateSummaryV3, record };
  }

  const byQuestion = (summary: EvaluateSummaryV3, question: string): EvaluateResult => {
    const result = summary.results.find((r) => r.vars.question === question);
    if (!result) throw new Error(`no promptfoo result for ${question}`);
    return result;
  };

  it('evaluates zh and en medical prompts through the OpenAI provider, with the guard applied and tokens counted', async () => {
    // The gateway's AI-generated label ends the answer, and its header says so too.
    const labelled = (language: 'zh' | 'en'): Assertion => ({
      type: 'javascript',
      value: (output: string, context: AssertionValueFunctionContext) =>
        output.trimEnd().endsWith(DEFAULT_LABEL[language]) &&
        context.metadata?.http?.headers?.['x-ai-generated'] === 'true',
    });
    const { summary } = await run({
      providers: [provider(key)],
      tests: [
        {
          description: 'emergency: escalated with the call-120 message',
          vars: { question: EMERGENCY },
          assert: [
            { type: 'icontains', value: EMERGENCY_NUMBERS.zh },
            { type: 'contains', value: '120' },
            labelled('zh'),
          ],
        },
        {
          description: 'routine zh question: answered from the knowledge base, not escalated',
          vars: { question: HYPERTENSION },
          assert: [
            { type: 'contains', value: '高血压' },
            { type: 'not-contains', value: EMERGENCY_NUMBERS.zh },
            labelled('zh'),
          ],
        },
        {
          description: 'routine en question',
          vars: { question: DIABETES },
          assert: [
            { type: 'icontains-all', value: ['type 2 diabetes', 'thirst'] },
            { type: 'not-icontains', value: EMERGENCY_NUMBERS.en },
            {
              type: 'javascript',
              value: 'output.length > 100 && !/\\[AI-generated/.test(output.slice(0, 100))',
            },
            labelled('en'),
          ],
        },
      ],
    });

    for (const result of summary.results) {
      expect(result.error ?? null, result.testCase.description).toBeNull();
      expect(
        result.gradingResult?.componentResults?.every((c) => c.pass),
        result.testCase.description,
      ).toBe(true);
      // Each answer's usage as the gateway reported it.
      expect(result.response?.tokenUsage?.prompt).toBeGreaterThan(0);
      expect(result.response?.tokenUsage?.completion).toBeGreaterThan(0);
      expect(result.response?.tokenUsage?.total).toBe(
        (result.response?.tokenUsage?.prompt ?? 0) + (result.response?.tokenUsage?.completion ?? 0),
      );
    }
    expect(summary.stats).toMatchObject({ successes: 3, failures: 0, errors: 0 });
    expect(summary.stats.tokenUsage.numRequests).toBe(3);
    expect(summary.stats.tokenUsage.total).toBe(
      summary.results.reduce((sum, r) => sum + (r.response?.tokenUsage?.total ?? 0), 0),
    );
    expect(byQuestion(summary, EMERGENCY).response?.output).toContain(EMERGENCY_NUMBERS.zh);
  });

  it('fails an assertion the gateway answer does not meet (promptfoo really grades the answer)', async () => {
    const { summary } = await run({
      providers: [provider(key)],
      tests: [{ vars: { question: EMERGENCY }, assert: [{ type: 'not-contains', value: '120' }] }],
    });
    expect(summary.stats).toMatchObject({ successes: 0, failures: 1, errors: 0 });
    const result = byQuestion(summary, EMERGENCY);
    expect(result.success).toBe(false);
    expect(result.failureReason).toBe(1); // ResultFailureReason.ASSERT
    expect(result.response?.output).toContain('120');
  });

  it('reports an error, not a pass, when the key is wrong', async () => {
    const { summary, record } = await run({
      providers: [provider('yk_wrong-key-for-promptfoo')],
      tests: [
        { vars: { question: DIABETES }, assert: [{ type: 'not-contains', value: 'anything' }] },
        { vars: { question: HYPERTENSION }, assert: [{ type: 'not-contains', value: 'anything' }] },
      ],
    });
    // promptfoo treats a 401 as "target unavailable": it records the failed row, aborts the rest
    // of the run, and says why; nothing passes.
    expect(summary.stats.successes).toBe(0);
    expect(summary.results.some((r) => r.success)).toBe(false);
    expect(await record.findTargetErrorStatus()).toBe(401);
    const [row] = summary.results;
    expect(row).toMatchObject({ success: false, failureReason: 2 }); // ResultFailureReason.ERROR
    expect(row?.error).toContain('401');
    expect(row?.error).toContain('invalid_api_key');
  });

  /** The promptfoo CLI on the documented config (the fixture), in a child process. */
  async function cli(apiKey: string, out: string): Promise<{ code: number; output: string }> {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [PROMPTFOO_BIN, 'eval', '-c', CLI_CONFIG, '--no-cache', '--no-write', '--no-progress-bar', '-o', out],
        {
          cwd: dir,
          env: { ...savedEnv, ...promptfooEnv, YIHENG_URL: t.url, YIHENG_API_KEY: apiKey, NO_COLOR: '1' },
          timeout: 90_000,
        },
      );
      return { code: 0, output: `${stdout}\n${stderr}` };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string; message: string };
      if (typeof failed.code !== 'number') throw error;
      return {
        code: failed.code,
        output: `${failed.message}\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`,
      };
    }
  }

  it('runs the documented promptfoo config with the promptfoo CLI, and fails the run on a wrong key', async () => {
    const out = join(dir, 'cli-results.json');
    const ok = await cli(key, out);
    expect(ok.code, ok.output).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { results: EvaluateSummaryV3 };
    expect(written.results.stats, ok.output).toMatchObject({ successes: 2, failures: 0, errors: 0 });
    expect(written.results.stats.tokenUsage.total).toBeGreaterThan(0);

    // A wrong key: promptfoo aborts the run as "target unavailable" and records the 401 on the
    // rows. (promptfoo 0.121 still exits 0 here: its pass rate is 0/0, which is not below 100%.
    // So a CI job should read the results, not just the exit code.)
    const wrongOut = join(dir, 'cli-wrong-key.json');
    const wrong = await cli('yk_wrong-key-for-promptfoo', wrongOut);
    expect(wrong.output).toContain('Eval aborted');
    expect(wrong.output).toContain('HTTP 401');
    const rows = (JSON.parse(readFileSync(wrongOut, 'utf8')) as { results: EvaluateSummaryV3 }).results
      .results;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({ success: false, failureReason: 2 }); // ResultFailureReason.ERROR
      expect(row.error).toContain('invalid_api_key');
    }
  });
});
