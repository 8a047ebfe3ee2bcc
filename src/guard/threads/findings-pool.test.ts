import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuard } from '../guard.ts';
import { loadBundledPolicies } from '../policy/load.ts';
import { FindingsPool } from './findings-pool.ts';

const policies = loadBundledPolicies();
let pool: FindingsPool;
beforeAll(async () => {
  pool = await FindingsPool.create({ threads: 2, policies, knowledge: true });
});
afterAll(async () => {
  await pool.close();
});

const texts = [
  '患者王建国，男，67岁，身份证号110105195903150017，住院号ZY2611003，胸口压着痛，出了一身冷汗。',
  'Patient: Dwayne Harper, MRN 00661942. Crushing chest pain for 30 minutes, sweaty and grey.',
  'I think you should take 8 g of paracetamol a day with warfarin.',
  '',
];

describe('detection on worker threads', () => {
  it('finds exactly what the same guard finds in this thread', async () => {
    const local = createGuard({ policies });
    const policy = policies.find((p) => p.name === 'default') ?? policies[0]!;
    const names = ['pii', 'redflag', 'harm', 'dose', 'interaction', 'phrasing'] as const;
    for (const text of texts) {
      const language = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
      const inThread = local.findings(text, names, policy, language);
      const onWorker = await pool.findings({ text, names, policy: policy.name, language });
      expect(onWorker).toEqual(inThread);
    }
    expect(pool.threads).toBe(2);
  });

  it('gives a guard with a pool the same inspection as one without', async () => {
    const plain = createGuard({ policies });
    const pooled = createGuard({ policies, pool });
    const messages = [{ role: 'user', content: texts[0]! }];
    const context = { conversationId: 'c-1', useCase: 'patient-triage' };
    const a = await plain.inspectInput(messages, context);
    const b = await pooled.inspectInput(messages, context);
    expect(b.decision).toBe(a.decision);
    expect(b.findings).toEqual(a.findings);
    expect(b.triage).toBe('emergency');
    expect(b.escalation?.signs).toEqual(a.escalation?.signs);
    const out = await pooled.inspectOutput(texts[2]!, context);
    expect(out.findings).toEqual((await plain.inspectOutput(texts[2]!, context)).findings);
  });

  it('scans texts shorter than minChars in the calling thread', async () => {
    const small = await FindingsPool.create({ threads: 1, policies, knowledge: true, minChars: 1000 });
    try {
      const guard = createGuard({ policies, pool: small });
      const context = { conversationId: 'c-2' };
      await guard.inspectInput([{ role: 'user', content: texts[1]! }], context);
      expect(small.dispatched).toBe(0);
      const long = await guard.inspectInput([{ role: 'user', content: texts[1]!.repeat(20) }], context);
      expect(small.dispatched).toBe(1);
      expect(long.findings.PERSON).toBe(20);
    } finally {
      await small.close();
    }
  });

  it('sends short texts to a worker while the event loop is busy, and keeps them here when it is quiet', async () => {
    const adaptive = await FindingsPool.create({
      threads: 1,
      policies,
      knowledge: true,
      minChars: 1_000_000,
      busyAbove: 0.6,
    });
    try {
      const guard = createGuard({ policies, pool: adaptive });
      const context = { conversationId: 'c-busy' };
      await new Promise((resolve) => setTimeout(resolve, 150));
      const quiet = await guard.inspectInput([{ role: 'user', content: texts[1]! }], context);
      expect(adaptive.dispatched).toBe(0);
      // Hold the loop for longer than the 100 ms window, as a burst of requests would.
      const until = performance.now() + 150;
      while (performance.now() < until);
      const busy = await guard.inspectInput([{ role: 'user', content: `${texts[1]!} ` }], context);
      expect(adaptive.dispatched).toBe(1);
      expect(busy.findings).toEqual(quiet.findings);
      expect(busy.triage).toBe('emergency');
    } finally {
      await adaptive.close();
    }
  });

  it('leaves the event loop free while a large input is scanned', async () => {
    const large = texts[0]!.repeat(20_000);
    let loopTurns = 0;
    const ticking = setInterval(() => loopTurns++, 0);
    const findings = await pool.findings({ text: large, names: ['pii'], policy: 'default', language: 'zh' });
    clearInterval(ticking);
    expect(findings.length).toBeGreaterThan(20_000);
    // The scan takes hundreds of milliseconds; an event loop blocked by it would not have turned at all.
    expect(loopTurns).toBeGreaterThan(5);
  });

  it('falls back to the calling thread when its workers have stopped', async () => {
    const doomed = await FindingsPool.create({ threads: 1, policies, knowledge: true });
    const guard = createGuard({ policies, pool: doomed });
    await doomed.close();
    const result = await guard.inspectInput([{ role: 'user', content: texts[1]! }], {
      conversationId: 'c-3',
    });
    expect(result.findings.PERSON).toBe(1);
    await expect(
      doomed.findings({ text: 'x', names: ['pii'], policy: 'default', language: 'en' }),
    ).rejects.toThrow(/closed/);
  });

  it('rejects a request for an unknown policy with a clear error, and keeps serving', async () => {
    await expect(
      pool.findings({ text: 'x', names: ['pii'], policy: 'nope', language: 'en' }),
    ).rejects.toThrow(/unknown policy nope/);
    expect(await pool.findings({ text: '', names: ['pii'], policy: 'default', language: 'en' })).toEqual([]);
  });
});
