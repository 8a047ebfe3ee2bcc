import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/foundation/config.ts';
import type { Store } from '../../src/foundation/db/database.ts';
import { openTestStore } from '../../src/foundation/db/test-stores.ts';
import { loadGuards } from '../../src/gateway/guard/load-guards.ts';
import { startTestGateway, type TestGateway, testConfig } from '../../src/gateway/testing/test-gateway.ts';
import { cliActor } from '../../src/governance/access/actor.ts';
import { Governance } from '../../src/governance/governance.ts';

/**
 * The console in a real browser (Debian's chromium driven by playwright-core) against a real
 * gateway on embedded PGlite, with the real guard and the built-in reference model: nothing of the
 * API is mocked. Saves the README's screenshots to docs/screenshots/.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.YIHENG_CHROMIUM ?? '/usr/bin/chromium';
// The README's screenshots are refreshed only on request (YIHENG_SCREENSHOTS=1 npm test), so an
// ordinary test run never rewrites tracked files; otherwise they go to a scratch folder.
const SCREENSHOTS = process.env.YIHENG_SCREENSHOTS
  ? path.join(root, 'docs', 'screenshots')
  : path.join(os.tmpdir(), 'yiheng-e2e-screenshots');
// Synthetic resident ID number with a valid check digit (GB 11643): never a real person's.
const RESIDENT_ID = '110105199003071239';
const LAPTOP = { width: 1280, height: 860 };

describe('web console in a real browser', () => {
  let store: Store;
  let t: TestGateway;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let adminKey: string;
  let config: Config;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), or point YIHENG_CHROMIUM at one`,
      );
    }
    // Build the console unless web/dist is already newer than its sources.
    const built = spawnSync(process.execPath, [path.join(root, 'web/scripts/build.mjs'), '--if-needed'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`console build failed:\n${built.stderr}\n${built.stdout}`);

    store = await openTestStore('pglite');
    config = testConfig({
      gateway: {
        // A named deployment of the reference model, to suspend without touching the others.
        deployments: [{ name: 'clinic-assistant', upstreams: [{ model: 'yiheng-reference' }] }],
      },
    });
    const guards = await loadGuards({ store, config });
    t = await startTestGateway({
      kind: 'pglite',
      store,
      config,
      guards,
      extra: { consoleDir: path.join(root, 'web/dist') },
    });
    adminKey = await t.key('admin');

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // A fresh temporary profile each launch (playwright's default); no network beyond loopback.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({ viewport: LAPTOP, locale: 'zh-CN', baseURL: t.url });
    page = await context.newPage();
    // Fail a step in seconds, with the locator named, rather than at the test's own timeout.
    page.setDefaultTimeout(15_000);
    // Script errors only: the browser also logs every 4xx/5xx answer ("Failed to load resource"),
    // and this test provokes some on purpose (a wrong key, a suspended deployment).
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await store?.close();
  });

  const shot = (name: string) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });

  const askClinicAssistant = async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Playground' }).click();
    await page.getByLabel('Deployment').selectOption('clinic-assistant');
    await page.getByLabel('Message').fill('What is a normal resting heart rate?');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    return page.getByTestId('turn').last();
  };

  /** The playground's turn shows the gateway's 503: suspended, with the operator's reason. */
  const expectPlaygroundRefused = async (reason: string) => {
    const refused = (await askClinicAssistant()).getByTestId('refused');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/suspended/);
    expect(await refused.textContent()).toContain(reason);
  };

  const expectPlaygroundAnswers = async () => {
    await (await askClinicAssistant()).getByTestId('answer').waitFor();
  };

  it('signs in with a pasted key, in Chinese by default, using only the keyboard', async () => {
    await page.goto('/');
    await expect.poll(() => page.locator('h1').textContent()).toContain('医衡');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByLabel('API 密钥').fill('yh-not-a-real-key');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/API key|密钥/);

    await page.getByLabel('API 密钥').fill(adminKey);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: '总览' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('yiheng.apiKey'))).toBe(adminKey);
    expect(await page.evaluate(() => localStorage.getItem('yiheng.apiKey'))).toBeNull();

    // On a fresh load the skip link is the keyboard's first stop, and it moves the focus to the content.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '总览' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('runs an evaluation from the browser, follows it live and shows the radar chart', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Evaluations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Evaluations' }).waitFor();
    await page.getByLabel('Suite').selectOption('example');
    await page.getByLabel('Model').selectOption('yiheng-reference');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('run-progress').waitFor();

    // On completion the console opens the run's results.
    await page.waitForURL(/\/evaluations\/runs\//, { timeout: 60_000 });
    const radar = page.getByTestId('radar-chart');
    await radar.waitFor();
    const chart = radar.locator('div[role=img]');
    expect(await chart.getAttribute('aria-label')).toMatch(/Radar chart of the scores of yiheng-reference/);
    // ECharts drew an SVG with the polygon and the dimension names on its spokes.
    await expect.poll(() => radar.locator('svg path').count()).toBeGreaterThan(5);
    const svgText = await radar.locator('svg').textContent();
    expect(svgText).toMatch(/knowledge/i);
    expect(await page.getByTestId('overall').textContent()).toMatch(/\d+(\.\d)?%/);
    await page.getByRole('heading', { name: 'Scores by task' }).waitFor();
    await page.getByRole('heading', { name: 'Subgroup disparities' }).waitFor();
    await page.getByRole('heading', { name: 'Worst answers' }).waitFor();
    await radar.scrollIntoViewIfNeeded();
    await shot('evaluation-radar');

    const runId = decodeURIComponent(page.url().split('/').pop()!);
    const stored = await (
      await fetch(`${t.url}/api/console/evaluations/runs/${runId}`, {
        headers: { authorization: `Bearer ${adminKey}` },
      })
    ).json();
    expect(stored.status).toBe('completed');
  });

  it('chats in the playground and shows the resident ID number pseudonymised, with every decision', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Playground' }).click();
    await page.getByLabel('Deployment').selectOption('yiheng-reference');
    await page
      .getByLabel('Message')
      .fill(`My ID number is ${RESIDENT_ID}. I have had a headache for three days.`);
    await page.getByRole('button', { name: 'Send', exact: true }).click();

    const turn = page.getByTestId('turn').last();
    await turn.getByTestId('pseudonymised-span').waitFor();
    expect(await turn.getByTestId('pii-original').textContent()).toBe(RESIDENT_ID);
    const pseudonym = (await turn.getByTestId('pii-pseudonym').textContent())!;
    expect(pseudonym).toMatch(/^\d{17}[\dX]$/);
    expect(pseudonym).not.toBe(RESIDENT_ID);
    const panel = turn.getByTestId('decision-panel');
    expect(await panel.textContent()).toContain('ID_CARD × 1');
    expect(await panel.textContent()).toMatch(/Decision\s*Pseudonymised/);
    // What the model saw carries the pseudonym, never the original.
    await turn.getByText('What the model saw').click();
    const sent = await turn.getByTestId('sent-to-model').textContent();
    expect(sent).toContain(pseudonym);
    expect(sent).not.toContain(RESIDENT_ID);

    // An emergency in the same conversation is escalated, and the panel says so.
    await page.getByRole('button', { name: 'Emergency' }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByTestId('turn').nth(1).getByTestId('escalated').waitFor();
    await page
      .getByTestId('turn')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('playground');
  });

  it('queues a doubtful answer for review, and a reviewer approves it', async () => {
    await page.getByRole('button', { name: 'New conversation' }).click();
    await page.getByRole('button', { name: 'Needs review (fever)' }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const status = page.getByTestId('turn').last().getByTestId('review-status');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/Queued/);
    const reviewId = (await status.getByRole('link').textContent())!;

    await status.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    const item = page.getByTestId('review-item').filter({ hasText: 'high fever' }).first();
    await item.waitFor();
    await shot('review');
    await item.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('status').filter({ hasText: 'Recorded: Approved.' }).waitFor();

    const decided = await (
      await fetch(`${t.url}/api/review/${reviewId}`, { headers: { authorization: `Bearer ${adminKey}` } })
    ).json();
    expect(decided.status).toBe('approved');
  });

  it('searches the audit trail and verifies it', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Audit' }).click();
    await page.getByTestId('audit-table').waitFor();
    expect(await page.getByTestId('audit-table').textContent()).toContain('chat.completion');
    await page.getByLabel('Kind').fill('review.approve');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.getByTestId('audit-table').locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Verify the audit trail' }).click();
    const verdict = page.getByTestId('verify-result');
    await verdict.waitFor();
    expect(await verdict.textContent()).toMatch(/The trail is intact: \d+ records checked/);
    await page.getByLabel('Kind').fill('');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await shot('audit');
  });

  it('shows the overview with deployments and guard decision rates', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Guard decisions' }).waitFor();
    const kpis = page.locator('.kpis');
    await expect.poll(async () => kpis.textContent()).toMatch(/Requests answered\s*[1-9]/);
    await expect.poll(() => page.locator('#rates-heading ~ .chart svg path').count()).toBeGreaterThan(0);
    expect(await page.getByRole('table').filter({ hasText: 'clinic-assistant' }).count()).toBe(1);
    await shot('overview');
  });

  it('suspends a deployment from the console, the playground is refused, and resuming restores it', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Models and deployments' }).click();
    await page.getByRole('link', { name: 'clinic-assistant', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /clinic-assistant/ }).waitFor();
    await page.getByLabel('Reason (shown to callers)').fill('wrong doses reported by ward 3');
    await page.getByRole('button', { name: 'Suspend this deployment' }).click();
    await page.getByRole('status').filter({ hasText: 'clinic-assistant is suspended.' }).waitFor();
    await page.getByTestId('status-reason').filter({ hasText: 'wrong doses reported by ward 3' }).waitFor();
    await expectPlaygroundRefused('wrong doses reported by ward 3');

    // Resuming is explicit, and the same deployment answers again.
    await page.getByRole('navigation').getByRole('link', { name: 'Models and deployments' }).click();
    await page.getByRole('link', { name: 'clinic-assistant', exact: true }).click();
    await page.getByRole('button', { name: 'Resume service' }).click();
    await page.getByRole('status').filter({ hasText: 'clinic-assistant is serving again.' }).waitFor();
    await expectPlaygroundAnswers();
  });

  it('refuses a deployment suspended with the kill switch, in the playground and on the deployments page', async () => {
    // The same switch as `yiheng deploy suspend`: governance writes the status every replica reads.
    const governance = new Governance({ db: store.db, config, audit: t.gateway.audit });
    const operator = cliActor('e2e-operator');
    await governance.suspend(
      operator,
      { kind: 'deployment', name: 'clinic-assistant' },
      { reason: 'dose alert from ward 5' },
    );
    // Written behind the gateway's back, as another replica or the CLI would: the gateway promises
    // to see it within status_ttl_ms, not at once, so ask only after that.
    await new Promise((resolve) => setTimeout(resolve, config.gateway.status_ttl_ms + 100));
    try {
      await expectPlaygroundRefused('dose alert from ward 5');
      await page.getByRole('navigation').getByRole('link', { name: 'Models and deployments' }).click();
      await page.getByRole('link', { name: 'clinic-assistant', exact: true }).click();
      await page.getByTestId('status-reason').filter({ hasText: 'dose alert from ward 5' }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: /clinic-assistant/ }).textContent()).toContain(
        'Suspended',
      );
      await page
        .getByRole('heading', { level: 2, name: /clinic-assistant/ })
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot('deployments');
    } finally {
      await governance.resume(operator, { kind: 'deployment', name: 'clinic-assistant' });
    }
    // Resumed behind the gateway's back too: its cached "suspended" may last status_ttl_ms.
    await new Promise((resolve) => setTimeout(resolve, config.gateway.status_ttl_ms + 100));
    await expectPlaygroundAnswers();
  });

  it('shows a patient app only the playground, and lays out on a tablet without sideways scrolling', async () => {
    const patient = await browser.newContext({
      viewport: { width: 820, height: 1180 },
      locale: 'en-GB',
      baseURL: t.url,
    });
    try {
      const tab = await patient.newPage();
      await tab.goto('/');
      await tab.getByLabel('API key').fill(await t.key('patient-app'));
      await tab.getByRole('button', { name: 'Sign in' }).click();
      await tab.getByRole('heading', { level: 1, name: 'Playground' }).waitFor();
      expect(new URL(tab.url()).pathname).toBe('/playground');
      expect(await tab.getByRole('navigation').getByRole('link').allTextContents()).toEqual(['Playground']);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await patient.close();
    }
    // The admin's pages at tablet width, too.
    await page.setViewportSize({ width: 820, height: 1180 });
    for (const route of ['/', '/evaluations', '/playground', '/review', '/audit', '/deployments']) {
      await page.goto(route);
      await page.locator('h1').waitFor();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        route,
      ).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize(LAPTOP);

    // Back to Chinese for the last picture: the same overview, every word from zh.ts.
    await page.goto('/');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '总览' }).waitFor();
    await page.getByRole('heading', { name: '安全护栏决定分布' }).waitFor();
    await shot('overview-zh');
    expect(consoleErrors).toEqual([]);
  });
});
