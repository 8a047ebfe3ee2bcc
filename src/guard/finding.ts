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
 * One sort by start splits the findings into clusters of mutually overlapping spans; most clusters
 * hold a single finding and are kept as they are, and only the others are resolved, each on its own
 * (findings of different clusters never overlap, so no decision in one affects another).
 */
export function resolveOverlaps<T extends Finding>(findings: T[], rank: (f: T) => number = () => 0): T[] {
  if (findings.length < 2) return findings.slice();
  const byStart = findings.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let from = 0;
  let clusterEnd = byStart[0]!.end;
  for (let i = 1; i <= byStart.length; i++) {
    const next = byStart[i];
    if (next !== undefined && next.start < clusterEnd) {
      if (next.end > clusterEnd) clusterEnd = next.end;
      continue;
    }
    if (i - from === 1) kept.push(byStart[from]!);
    else for (const f of resolveCluster(byStart.slice(from, i), rank)) kept.push(f);
    if (next !== undefined) {
      from = i;
      clusterEnd = next.end;
    }
  }
  return kept;
}

/** One cluster of overlapping findings (sorted by start, then longest first) to the ones that survive, in start order. */
function resolveCluster<T extends Finding>(cluster: T[], rank: (f: T) => number): T[] {
  const findings = dropContained(cluster);
  if (findings.length === 1) return findings;
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
  // Kept spans never overlap each other, so a sorted array and a binary search find the only
  // neighbours a candidate can collide with; this stays fast on clusters of many findings.
  const kept: T[] = [];
  for (const i of order) {
    const candidate = findings[i]!;
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
 * One finding per span and type, the best-scoring: a recognizer often finds the same name by several
 * cues, and only one of them can survive overlap resolution, so the others are dropped before it
 * sorts them. Spans are keyed by number (start and end in one float), which is exact below 2^21.
 */
export function dropDuplicateSpans<T extends Finding>(findings: T[]): T[] {
  if (findings.length < 2) return findings;
  const at = new Map<number, number>();
  const unique: T[] = [];
  for (const f of findings) {
    if (f.start >= 2 ** 21) return findings;
    const key = f.start * 2 ** 32 + f.end;
    const i = at.get(key);
    const seen = i === undefined ? undefined : unique[i];
    if (seen === undefined || seen.type !== f.type) {
      if (seen === undefined) at.set(key, unique.length);
      unique.push(f);
    } else if (f.score > seen.score) unique[i!] = f;
  }
  return unique;
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
