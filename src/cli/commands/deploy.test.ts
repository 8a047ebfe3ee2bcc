import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorMessage } from '../../foundation/errors.ts';
import { CliContext } from '../context.ts';
import { buildProgram } from '../main.ts';

// The governance commands in process, over one embedded database in a temporary home, the way a
// hospital's operator would use them. (Starting the CLI as a subprocess per step would cost seconds each.)
describe('yiheng deploy / assess / incidents / dossier (CLI)', () => {
  let dir: string;
  let context: CliContext;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'yiheng-gov-cli-'));
    writeFileSync(
      path.join(dir, 'yiheng.yaml'),
      [
        `home: ${JSON.stringify(path.join(dir, 'home'))}`,
        'gateway:',
        '  deployments:',
        '    - { name: triage-bot, use_case: triage, upstreams: [{ model: yiheng-reference }] }',
        'governance:',
        '  use_cases:',
        '    triage: { requirements: { suites: [], assessments: [dpia] } }',
      ].join('\n'),
    );
    context = new CliContext(path.join(dir, 'yiheng.yaml'));
  });
  afterAll(async () => {
    await context?.close();
  });

  async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
      out += `${parts.join(' ')}\n`;
    });
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    const program = buildProgram(() => context);
    const silence = (c: Command) => {
      c.exitOverride();
      c.configureOutput({ writeErr: () => {}, writeOut: (s) => (out += s) });
      c.commands.forEach(silence);
    };
    silence(program);
    try {
      await program.parseAsync(['node', 'yiheng', ...args]);
      return { code: 0, out, err: '' };
    } catch (error) {
      return { code: 1, out, err: errorMessage(error) };
    } finally {
      log.mockRestore();
      write.mockRestore();
    }
  }

  it('walks a high-risk deployment from held to live, and back out with the kill switch', async () => {
    let r = await run('deploy', 'list');
    expect(r.out).toMatch(/triage-bot\s+triage-bot\s+triage\s+high\s+–\s+held \(gate\)\s+no/);

    r = await run('deploy', 'check', 'triage-bot', '--lang', 'zh');
    expect(r.code).toBe(1);
    expect(r.err).toBe('triage-bot 不可上线：2 项要求未满足');
    expect(r.out).toContain('✘ 已设定可接受的人工监督方式');
    expect(r.out).toContain('→ 开始评估：yiheng assess start dpia --deployment triage-bot');

    r = await run('deploy', 'profile', 'triage-bot', '--oversight', 'human-in-the-loop', '--as', 'ops-lead');
    expect(r.code).toBe(0);

    r = await run('assess', 'start', 'dpia', '--deployment', 'triage-bot', '--as', 'privacy-officer');
    const id = /^(asm_[0-9a-f]{12}):/.exec(r.out)![1]!;
    const answers = path.join(dir, 'answers.yaml');
    writeFileSync(answers, 'purpose: triage\nlawful_basis: sometimes\n');
    r = await run('assess', 'answer', id, '--file', answers, '--as', 'privacy-officer');
    expect(r.err).toMatch(/answers\.lawful_basis: choose one of/);
    writeFileSync(
      answers,
      [
        'purpose: Outpatient triage',
        'data_categories: Symptoms (health data)',
        'lawful_basis: separate_consent',
        'necessity: yes',
        'deid_before_model: yes',
        'upstream_retention: none',
        'cross_border: "no"',
        'retention_period: 30 days',
        'deletion: yes',
        'minors: excluded_under_13_guardian_under_14',
        'automated_decisions: no',
        'access_control: yes',
        'audit_trail: yes',
        'breach_plan: yes',
        'mitigations: pseudonymisation',
        'residual_risks: low',
      ].join('\n'),
    );
    expect((await run('assess', 'answer', id, '--file', answers, '--as', 'privacy-officer')).out).toMatch(
      /100% complete, risk 0\/28 \(low\)/,
    );
    expect((await run('assess', 'submit', id, '--as', 'privacy-officer')).code).toBe(0);
    expect((await run('assess', 'approve', id, '--as', 'privacy-officer')).err).toMatch(/cannot review it/);
    expect((await run('assess', 'approve', id, '--as', 'dpo')).out).toMatch(/approved until/);

    r = await run('deploy', 'enable', 'triage-bot', '--as', 'ops-lead', '--lang', 'en');
    expect(r).toMatchObject({ code: 0, out: expect.stringContaining('passed its gate and is enabled') });
    expect((await run('deploy', 'check', 'triage-bot')).code).toBe(0);

    r = await run(
      'deploy',
      'suspend',
      'triage-bot',
      '--reason',
      'dangerous dose outputs',
      '--as',
      'ops-lead',
    );
    expect(r.out).toMatch(/deployment triage-bot suspended; gateways refuse it within 500 ms/);
    expect((await run('deploy', 'check', 'triage-bot', '--lang', 'en')).out).toContain(
      'resume it explicitly: yiheng deploy resume triage-bot',
    );
    expect((await run('deploy', 'resume', 'yiheng-reference')).err).toMatch(/both a deployment and a model/);
    expect((await run('deploy', 'resume', 'triage-bot')).out).toMatch(/active again/);
  });

  it('reports and tracks incidents, prints the label and writes the dossier', async () => {
    let r = await run(
      'incidents',
      'report',
      '--deployment',
      'triage-bot',
      '--severity',
      'high',
      '--title',
      'Missed red flag',
      '--description',
      'Chest pain routed to outpatients.',
      '--as',
      'nurse-lead',
    );
    const id = /^(inc_[0-9a-f]{12}):/.exec(r.out)![1]!;
    r = await run('incidents', 'update', id, '--status', 'resolved');
    expect(r.err).toMatch(/corrective_action: required to resolve|without a corrective action/);
    expect(
      (await run('incidents', 'update', id, '--status', 'mitigated', '--action', 'escalation rule added'))
        .out,
    ).toMatch(/mitigated \(high\)/);
    expect((await run('incidents', 'list', '--open')).out).toContain(id);

    r = await run('deploy', 'label', 'triage-bot', '--lang', 'zh');
    expect(r.out).toContain('# 披露标签 — triage-bot');
    expect(r.out).toMatch(/幻觉率\*\*: 未知/);

    r = await run('usecases', 'show', 'insurance-claims', '--lang', 'en');
    expect(r.out).toMatch(/EU AI Act: high — Annex III point 5\(a\)/);

    const out = path.join(dir, 'dossier');
    r = await run('dossier', 'triage-bot', '--out', out, '--as', 'auditor-1');
    expect(r.code).toBe(0);
    expect(existsSync(path.join(out, 'dossier.html'))).toBe(true);
    expect(existsSync(path.join(out, 'dossier.json'))).toBe(true);

    expect((await run('governance', 'roles')).out).toMatch(/deployment\.enable\s+-\s+-\s+-\s+-\s+-\s+yes/);
  });
});
