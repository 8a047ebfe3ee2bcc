/**
 * The dose output check on its held-out sets (data/labelled/dose-holdout-N.jsonl: model-style answers in
 * zh and en, each with one drug labelled above / within / none the knowledge base's daily maximum). A
 * record is found when the check flags its gold drug; any flag on a within or none record, or on another
 * drug, is a false positive. Part of `npm run bench:guard`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { DrugLookup } from '../src/foundation/knowledge/drugs.ts';
import { DoseDetector } from '../src/guard/detectors/dose.ts';

const doseRecord = z.object({
  id: z.string(),
  lang: z.enum(['zh', 'en']),
  text: z.string(),
  drug: z.string(),
  label: z.enum(['above', 'within', 'none']),
});

/** The newest dose set, and whether it has been read for tuning since its one fresh measurement. */
export const DOSE_FRESH = { round: 13, read: false } as const;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export function printDoseQuality(drugs: DrugLookup): void {
  console.log('\n## Dose check (daily dose above the knowledge base maximum, in answers)');
  const detector = new DoseDetector(drugs);
  const f3 = (x: number) => x.toFixed(3);
  for (let round = 1; existsSync(`data/labelled/dose-holdout-${round}.jsonl`); round++) {
    const records = readFileSync(`data/labelled/dose-holdout-${round}.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => doseRecord.parse(JSON.parse(l)));
    const tallies = new Map<string, Tally>(['all', 'zh', 'en'].map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
    for (const r of records) {
      const flagged = detector.detect(r.text).map((f) => String(f.detail?.drug));
      const found = flagged.includes(r.drug);
      for (const key of ['all', r.lang]) {
        const t = tallies.get(key)!;
        if (r.label === 'above') found ? t.tp++ : t.fn++;
        else if (found) t.fp++;
        t.fp += flagged.filter((d) => d !== r.drug).length;
      }
    }
    const state =
      round < DOSE_FRESH.round || DOSE_FRESH.read ? 'tuning data' : 'NEWEST, measured once, never tuned on';
    const line = (key: string) => {
      const t = tallies.get(key)!;
      const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
      const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
      return `${key} P ${f3(p)} R ${f3(r)} (TP ${t.tp}, FP ${t.fp}, FN ${t.fn})`;
    };
    console.log(
      `dose-holdout-${round} (${records.length} answers; ${state}): ${line('all')}; ${line('zh')}; ${line('en')}`,
    );
  }
}
