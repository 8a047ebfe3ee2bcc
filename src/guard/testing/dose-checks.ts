import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { route as routeSchema } from '../../foundation/knowledge/schema.ts';
import { countBy } from './labelled-checks.ts';

/**
 * The shape checks of a held-out set for the dose output check (data/labelled/dose-holdout-N.jsonl):
 * 200 answers, 100 per language, and gold labels recomputed from the maximum daily doses in
 * data/knowledge/drugs.jsonl, so a record whose stated daily total disagrees with its label fails. The
 * detector is not used here; its scores are the bench's.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const setFile = (round: number) => path.join(root, `data/labelled/dose-holdout-${round}.jsonl`);

const massUnit = z.enum(['g', 'mg', 'mcg']);
const toMg: Record<z.infer<typeof massUnit>, number> = { g: 1000, mg: 1, mcg: 0.001 };
const recordSchema = (round: number) =>
  z
    .object({
      id: z.string().regex(new RegExp(`^dose-h${round}-(zh|en)-\\d{3}$`)),
      lang: z.enum(['zh', 'en']),
      text: z.string().min(1),
      drug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      route: routeSchema,
      daily: z.object({ amount: z.number().positive(), unit: massUnit }).strict().nullable(),
      period: z.enum(['day', 'week']),
      label: z.enum(['above', 'within', 'none']),
      rationale: z.string().min(1),
      tags: z.array(z.string().min(1)),
    })
    .strict();
type DoseRecord = z.infer<ReturnType<typeof recordSchema>>;

interface MaxDaily {
  route: string;
  amount: number;
  unit: string;
}
interface DrugEntry {
  id: string;
  name: { zh: string; en: string };
  aliases: { zh: string[]; en: string[] };
  max_daily: MaxDaily[];
}
const drugs = new Map<string, DrugEntry>(
  readFileSync(path.join(root, 'data/knowledge/drugs.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DrugEntry)
    .map((d) => [d.id, d]),
);
const maxFor = (r: DoseRecord): MaxDaily | undefined =>
  drugs.get(r.drug)?.max_daily.find((m) => m.route === r.route);
const totalMg = (r: DoseRecord) => (r.daily ? r.daily.amount * toMg[r.daily.unit] : 0);
const limitMg = (r: DoseRecord) => {
  const max = maxFor(r)!;
  return max.amount * toMg[max.unit as keyof typeof toMg];
};

interface DoseCard {
  counts: {
    total: number;
    by_language: Record<string, number>;
    by_label: Record<string, number>;
    zh: Record<string, number>;
    en: Record<string, number>;
    by_route: Record<string, number>;
    by_tag: Record<string, number>;
    drugs: number;
  };
}

const textsOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
const windowsOf = (text: string, size: number) =>
  Array.from({ length: Math.max(0, text.length - size + 1) }, (_, i) => text.slice(i, i + size));

export function describeDoseHoldout(options: {
  round: number;
  /** The fewest different drugs the set must name. */
  minDrugs: number;
}): void {
  const { round } = options;
  const lines = readFileSync(setFile(round), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const records = lines.map((l) => recordSchema(round).parse(JSON.parse(l)));
  const card = parseYaml(
    readFileSync(path.join(root, `data/labelled/dose-holdout-${round}.card.yaml`), 'utf8'),
  ) as DoseCard;

  describe(`dose held-out set ${round}`, () => {
    it('has 200 records that parse, 100 per language', () => {
      expect(lines).toHaveLength(200);
      expect(countBy(records, (r) => r.lang)).toEqual({ zh: 100, en: 100 });
    });

    it('numbers ids consecutively per language, with no repeats or repeated texts', () => {
      for (const lang of ['zh', 'en'] as const) {
        const ids = records.filter((r) => r.lang === lang).map((r) => r.id);
        expect(ids).toEqual(
          Array.from({ length: 100 }, (_, i) => `dose-h${round}-${lang}-${String(i + 1).padStart(3, '0')}`),
        );
      }
      expect(new Set(records.map((r) => r.text)).size).toBe(records.length);
    });

    it("shares no 20-character window with an earlier set (failures name only this set's ids)", () => {
      const earlier = new Set<string>();
      for (let r = 1; r < round && existsSync(setFile(r)); r++)
        for (const text of textsOf(setFile(r))) for (const w of windowsOf(text, 20)) earlier.add(w);
      const shared = records
        .filter((r) => windowsOf(r.text, 20).some((w) => earlier.has(w)))
        .map((r) => r.id);
      expect(shared).toEqual([]);
    });

    it('names drugs that exist and have a maximum for the record route', () => {
      for (const r of records) {
        expect(drugs.has(r.drug), `${r.id} ${r.drug}`).toBe(true);
        const max = maxFor(r);
        expect(max, `${r.id} ${r.drug} ${r.route}`).toBeDefined();
        expect(Object.keys(toMg), `${r.id} unit ${max?.unit}`).toContain(max?.unit);
      }
    });

    it('gives a daily total exactly when a regimen is labelled, weekly only for methotrexate', () => {
      for (const r of records) {
        expect(r.daily === null, r.id).toBe(r.label === 'none');
        expect(r.period === 'week', r.id).toBe(r.drug === 'methotrexate');
      }
    });

    it('names the labelled drug in the text, by its name or an alias from drugs.jsonl', () => {
      for (const r of records) {
        const d = drugs.get(r.drug)!;
        const names = [d.name.zh, d.name.en, ...d.aliases.zh, ...d.aliases.en].map((t) => t.toLowerCase());
        expect(
          names.some((t) => r.text.toLowerCase().includes(t)),
          r.id,
        ).toBe(true);
      }
    });

    it('labels agree with the daily total compared with the maximum in drugs.jsonl', () => {
      for (const r of records) {
        if (r.daily === null) continue;
        const [total, limit] = [totalMg(r), limitMg(r)];
        expect(r.label, `${r.id}: ${total} mg vs ${limit} mg`).toBe(
          total > limit + 1e-9 ? 'above' : 'within',
        );
      }
    });

    it('tags at-limit (exactly the maximum) and near-limit (at most a quarter above) where the totals say so', () => {
      for (const r of records) {
        const atLimit = r.label === 'within' && Math.abs(totalMg(r) - limitMg(r)) < 1e-9;
        const nearLimit = r.label === 'above' && totalMg(r) <= 1.25 * limitMg(r) + 1e-9;
        expect(r.tags.includes('at-limit'), `${r.id} at-limit`).toBe(atLimit);
        expect(r.tags.includes('near-limit'), `${r.id} near-limit`).toBe(nearLimit);
      }
    });

    it('matches the counts on the card', () => {
      const c = card.counts;
      expect(c.total).toBe(records.length);
      expect(c.by_language).toEqual(countBy(records, (r) => r.lang));
      expect(c.by_label).toEqual(countBy(records, (r) => r.label));
      for (const lang of ['zh', 'en'] as const)
        expect(c[lang]).toEqual(
          countBy(
            records.filter((r) => r.lang === lang),
            (r) => r.label,
          ),
        );
      expect(c.by_route).toEqual(countBy(records, (r) => r.route));
      expect(c.by_tag).toEqual(
        countBy(
          records.flatMap((r) => r.tags),
          (t) => t,
        ),
      );
      expect(c.drugs).toBe(new Set(records.map((r) => r.drug)).size);
      expect(c.drugs).toBeGreaterThanOrEqual(options.minDrugs);
    });
  });
}
