import { MODEL_EMERGENCY_ID } from '../detectors/redflag.ts';
import { type Finding, isPiiType } from '../finding.ts';
import { DECISION_RANK, type Decision, type Policy } from './schema.ts';

export type Direction = 'input' | 'output';

export interface Reason {
  type: string;
  decision: Decision;
  count: number;
}

/** The rule key that applies to a finding: the most specific key present wins (RED_FLAG.model, then RED_FLAG.emergency, then RED_FLAG). */
function decisionFor(finding: Finding, rules: Record<string, Decision>): Decision {
  if (finding.detail?.id === MODEL_EMERGENCY_ID && rules[`${finding.type}.model`])
    return rules[`${finding.type}.model`]!;
  const qualifier = (finding.detail?.level ?? finding.detail?.severity) as string | undefined;
  if (qualifier && rules[`${finding.type}.${qualifier}`]) return rules[`${finding.type}.${qualifier}`]!;
  if (rules[finding.type]) return rules[finding.type]!;
  if (isPiiType(finding.type) && rules.PII) return rules.PII;
  return 'allow';
}

/** Rules for a direction with the role's overrides on top. */
export function rulesFor(
  policy: Policy,
  direction: Direction,
  role: string | undefined,
): Record<string, Decision> {
  const base = policy.rules[direction];
  const override = role ? policy.roles[role]?.rules?.[direction] : undefined;
  return { ...base, ...(override ?? {}) };
}

/** The overall decision (strictest wins) and the reasons, by type with counts (no matched text). */
export function decide(
  findings: readonly Finding[],
  rules: Record<string, Decision>,
): { decision: Decision; reasons: Reason[] } {
  const byType = new Map<string, Reason>();
  let overall: Decision = 'allow';
  for (const f of findings) {
    const d = decisionFor(f, rules);
    const key = `${f.type}\u0000${d}`;
    const reason = byType.get(key) ?? { type: f.type, decision: d, count: 0 };
    reason.count++;
    byType.set(key, reason);
    if (DECISION_RANK[d] > DECISION_RANK[overall]) overall = d;
  }
  const reasons = [...byType.values()].sort(
    (a, b) => DECISION_RANK[b.decision] - DECISION_RANK[a.decision] || a.type.localeCompare(b.type),
  );
  return { decision: overall, reasons };
}
