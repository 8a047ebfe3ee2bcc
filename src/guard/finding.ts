import { z } from 'zod';

/** The personal-data vocabulary of issue 6. Every recognizer reports one of these. */
export const piiTypes = [
  'PERSON',
  'ID_CARD',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'MRN',
  'INSURANCE_ID',
  'BANK_CARD',
  'PASSPORT',
  'DATE',
  'AGE',
  'PLATE',
  'IP',
  'URL',
  'ACCOUNT',
] as const;
export const piiType = z.enum(piiTypes);
export type PiiType = z.infer<typeof piiType>;

/** Harmful-content categories (input and output). */
export const harmTypes = [
  'SELF_HARM',
  'LETHAL_DOSE',
  'ILLEGAL_DRUG_ACCESS',
  'MISINFORMATION',
  'PROMPT_INJECTION',
  'THIRD_PARTY_DATA',
] as const;

/** Output checks. */
export const outputCheckTypes = [
  'DOSE_ABOVE_MAX',
  'DRUG_INTERACTION',
  'FIRST_PERSON_CLINICAL',
  'MISSING_AI_LABEL',
] as const;

export const findingTypes = [...piiTypes, 'RED_FLAG', ...harmTypes, ...outputCheckTypes] as const;
export const findingType = z.enum(findingTypes);
export type FindingType = z.infer<typeof findingType>;

export function isPiiType(type: string): type is PiiType {
  return (piiTypes as readonly string[]).includes(type);
}

/**
 * One thing a detector found. `start`/`end` are JavaScript string indices (UTF-16 code units)
 * into the text that was inspected, so `text === input.slice(start, end)`.
 */
export interface Finding {
  type: FindingType;
  start: number;
  end: number;
  text: string;
  /** Confidence in [0, 1]. */
  score: number;
  /** Which detector or recognizer produced it, e.g. "pii.id_card". */
  detector: string;
  /** Detector-specific facts (red-flag level, drug ids, suggested rewrite); never printed by `guard scan`. */
  detail?: Record<string, unknown>;
}

/** The public, serialisable shape of a finding (what `guard scan` prints). */
export function publicFinding(
  f: Finding,
): Pick<Finding, 'type' | 'start' | 'end' | 'text' | 'score' | 'detector'> {
  return {
    type: f.type,
    start: f.start,
    end: f.end,
    text: f.text,
    score: round(f.score),
    detector: f.detector,
  };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * Keeps one finding per overlapping cluster: the highest score, then the longest span, then the
 * earliest registered recognizer (lower `rank`). Non-overlapping findings all survive.
 * Sorting first makes this O(n log n) and lets a finding only compete with its neighbours.
 */
export function resolveOverlaps<T extends Finding>(findings: T[], rank: (f: T) => number = () => 0): T[] {
  if (findings.length < 2) return findings.slice();
  // Most texts have no overlapping findings at all: then sorting is all there is to do.
  const byStart = findings.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  let overlapping = false;
  for (let i = 1; i < byStart.length && !overlapping; i++)
    overlapping = byStart[i]!.start < byStart[i - 1]!.end;
  if (!overlapping) return byStart;
  findings = dropContained(byStart);
  const ranks = findings.map(rank);
  // Best first (higher score, then longer, then earlier recognizer, then earlier start): each
  // candidate is kept only if it overlaps nothing already kept. Indices are sorted, so the ranks are
  // read from an array rather than looked up per comparison.
  const order = findings.map((_, i) => i);
  order.sort((i, j) => {
    const a = findings[i]!;
    const b = findings[j]!;
    return (
      b.score - a.score || b.end - b.start - (a.end - a.start) || ranks[i]! - ranks[j]! || a.start - b.start
    );
  });
  const ordered = order.map((i) => findings[i]!);
  // Kept spans never overlap each other, so a sorted array and a binary search find the only
  // neighbours a candidate can collide with; this stays fast on megabyte inputs with many findings.
  const kept: T[] = [];
  for (const candidate of ordered) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < candidate.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    const clashes =
      (before !== undefined && before.end > candidate.start) ||
      (after !== undefined && after.start < candidate.end);
    if (!clashes) kept.splice(lo, 0, candidate);
  }
  return kept;
}

/**
 * A span inside a longer span that scores nearly as well is part of it ("7-4-2001" inside an address,
 * a surname inside a full name), so it goes first, before scores compete.
 */
const CONTAINMENT_MARGIN = 0.2;

/** `ordered` must be sorted by start, then longest first. */
function dropContained<T extends Finding>(ordered: T[]): T[] {
  const open: T[] = [];
  const kept: T[] = [];
  for (const f of ordered) {
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.end <= f.start) open.splice(i, 1);
    const inside = open.some(
      (c) => c.end >= f.end && c.end - c.start > f.end - f.start && c.score >= f.score - CONTAINMENT_MARGIN,
    );
    if (!inside) kept.push(f);
    open.push(f);
  }
  return kept;
}

/** Types and counts only: what the audit trail may carry (never the matched text). */
export function summariseFindings(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}
