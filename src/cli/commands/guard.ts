import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Command } from 'commander';
import { z } from 'zod';
import { YihengError } from '../../foundation/errors.ts';
import { type DetectorName, detectorNames } from '../../guard/detectors/detector.ts';
import { publicFinding } from '../../guard/finding.ts';
import { createGuard, type Guard } from '../../guard/guard.ts';
import { readJsonlLines } from '../../guard/jsonl-lines.ts';
import { bundledPolicyNames, loadPolicy } from '../../guard/policy/load.ts';

/**
 * `yiheng guard scan` and `yiheng guard deid`: JSONL in on stdin, one JSONL line out per input line,
 * in order. A bad line gets {"id", "line", "error"} and the others go on; memory stays bounded by
 * the line limit. Exit code 0 when every line was processed; 1, after all lines, when some had errors.
 */
const lineSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    text: z.string(),
    conversation: z.string().min(1).optional(),
  })
  .passthrough();

const DEFAULT_MAX_LINE_BYTES = 1_048_576;

interface CommonOptions {
  policy: string;
  useCase?: string;
  role?: string;
  maxLineBytes: string;
}

function parseMaxBytes(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new YihengError(`--max-line-bytes ${raw} is not a positive whole number`, {
      hint: 'e.g. --max-line-bytes 10485760',
    });
  return n;
}

function buildGuard(options: CommonOptions, secret?: Buffer): Guard {
  const policy = loadPolicy(options.policy);
  return createGuard({ policy, ...(secret ? { secret } : {}) });
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

/** Reads stdin line by line, calls `handle` on each valid line, writes results in order. */
async function processLines(
  maxBytes: number,
  handle: (record: z.infer<typeof lineSchema>) => Promise<Record<string, unknown>>,
): Promise<void> {
  let errors = 0;
  let lines = 0;
  for await (const event of readJsonlLines(process.stdin, maxBytes)) {
    lines++;
    if ('error' in event) {
      errors++;
      await write(JSON.stringify({ id: null, line: event.line, error: event.error }));
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(event.text);
    } catch {
      errors++;
      await write(
        JSON.stringify({
          id: null,
          line: event.line,
          error: 'line is not valid JSON; expected {"id": "...", "text": "..."}',
        }),
      );
      continue;
    }
    const parsed = lineSchema.safeParse(raw);
    if (!parsed.success) {
      errors++;
      const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : null;
      const problem = parsed.error.issues
        .map((i) => `${i.path.join('.') || 'line'}: ${i.message}`)
        .join('; ');
      await write(
        JSON.stringify({
          id: typeof id === 'string' || typeof id === 'number' ? id : null,
          line: event.line,
          error: `${problem}; expected {"id": "...", "text": "..."}`,
        }),
      );
      continue;
    }
    try {
      await write(JSON.stringify({ id: parsed.data.id, ...(await handle(parsed.data)) }));
    } catch (error) {
      errors++;
      const message = error instanceof YihengError ? error.oneLine() : (error as Error).message;
      await write(JSON.stringify({ id: parsed.data.id, line: event.line, error: message }));
    }
  }
  if (lines === 0) process.stderr.write('yiheng guard: no input lines on stdin\n');
  if (errors > 0)
    throw new YihengError(`${errors} of ${lines} input lines had errors; the other lines were processed`, {
      hint: 'see the "error" field of those output lines',
      code: 'guard_line_errors',
    });
}

export function registerGuardCommands(program: Command): void {
  const guard = program
    .command('guard')
    .description(
      'scan text for personal data, emergencies and harmful content; de-identify (安全检测与去标识化)',
    )
    .addHelpText(
      'after',
      `\nExamples:\n  $ echo '{"id":"1","text":"患者张伟，电话13812345678，胸痛伴大汗"}' | yiheng guard scan\n  $ yiheng guard deid --mode pseudonym < notes.jsonl > notes.deid.jsonl\n\nPolicies: ${bundledPolicyNames().join(', ')} (or a path to a YAML file). Docs: docs/guard.md`,
    );

  guard
    .command('scan')
    .description('read {"id","text"} JSONL on stdin; write findings, triage and decision per line')
    .option('--detectors <list>', `comma-separated: ${detectorNames.join(',')} (default: the policy's)`)
    .option('--direction <direction>', 'input (user text) or output (model text)', 'input')
    .option('--policy <name|file>', 'bundled policy name or YAML path', 'default')
    .option('--use-case <name>', 'use case, for logging only when --policy is given')
    .option('--role <role>', 'caller role for role-specific rules')
    .option('--max-line-bytes <n>', 'longest accepted line', String(DEFAULT_MAX_LINE_BYTES))
    .addHelpText('after', '\nExample:\n  $ yiheng guard scan --detectors pii,redflag < messages.jsonl')
    .action(async (o: CommonOptions & { detectors?: string; direction: string }) => {
      const maxBytes = parseMaxBytes(o.maxLineBytes);
      const direction = z.enum(['input', 'output']).safeParse(o.direction);
      if (!direction.success) throw new YihengError(`--direction ${o.direction} is not input or output`);
      let detectors: DetectorName[] | undefined;
      if (o.detectors) {
        const names = o.detectors
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const unknown = names.filter((n) => !(detectorNames as readonly string[]).includes(n));
        if (unknown.length)
          throw new YihengError(`unknown detector(s): ${unknown.join(', ')}`, {
            hint: `choose from ${detectorNames.join(', ')}`,
          });
        detectors = names as DetectorName[];
      }
      const g = buildGuard(o);
      const wanted = detectors ?? g.policyFor(o.useCase).detectors[direction.data];
      const missing = wanted.filter((d) => g.unavailableDetectors.includes(d));
      if (missing.length)
        process.stderr.write(
          `yiheng guard: detector(s) ${missing.join(', ')} have no knowledge data (data/knowledge) and report nothing\n`,
        );
      await processLines(maxBytes, async (record) => {
        const result = g.scan(record.text, {
          ...(detectors ? { detectors } : {}),
          direction: direction.data,
          ...(o.role ? { role: o.role } : {}),
        });
        return {
          findings: result.findings.map(publicFinding),
          triage: result.triage,
          decision: result.decision,
        };
      });
    });

  guard
    .command('deid')
    .description('read {"id","text"} JSONL on stdin; write {"id","text"} with personal data de-identified')
    .requiredOption(
      '--mode <mode>',
      'redact ([姓名]/[NAME]), mask (keeps length), or pseudonym (consistent surrogates)',
    )
    .option('--policy <name|file>', 'bundled policy name or YAML path (recognizers, thresholds)', 'default')
    .option(
      '--seed <text>',
      'makes pseudonyms reproducible across runs (keep it secret: it maps originals to pseudonyms)',
    )
    .option('--max-line-bytes <n>', 'longest accepted line', String(DEFAULT_MAX_LINE_BYTES))
    .addHelpText(
      'after',
      '\nLines may carry "conversation": pseudonyms are consistent within one conversation (default: one for the whole input).\nExample:\n  $ yiheng guard deid --mode mask < notes.jsonl',
    )
    .action(async (o: CommonOptions & { mode: string; seed?: string }) => {
      const maxBytes = parseMaxBytes(o.maxLineBytes);
      const mode = z.enum(['redact', 'mask', 'pseudonym']).safeParse(o.mode);
      if (!mode.success)
        throw new YihengError(`--mode ${o.mode} is not one of redact, mask, pseudonym`, {
          hint: 'reversible pseudonymisation with a vault is available through the gateway and the library API (docs/guard.md)',
        });
      const secret = o.seed ? createHash('sha256').update(o.seed).digest() : undefined;
      const g = buildGuard(o, secret);
      await processLines(maxBytes, async (record) => {
        const out = await g.deidentify(record.text, {
          mode: mode.data,
          conversationId: record.conversation ?? 'cli',
        });
        return { text: out.text };
      });
    });
}
