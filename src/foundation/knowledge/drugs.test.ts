import { describe, expect, it } from 'vitest';
import { readBundledCollections } from './bundled.ts';
import { DrugLookup } from './drugs.ts';
import type { Drug, Interaction } from './schema.ts';

const entries = readBundledCollections().flatMap((c) => c.entries);
const drugs = new DrugLookup(
  entries.filter((e): e is Drug => e.kind === 'drug'),
  entries.filter((e): e is Interaction => e.kind === 'interaction'),
);
const found = (text: string) => drugs.findMentions(text).map((m) => [m.drug.id, m.text]);

describe('drug names in running text (bundled drugs)', () => {
  // Until session 20 only the joined comparison key was searched, so no name with a space or a hyphen
  // was ever found in running text (93 names, among them potassium chloride and co-amoxiclav), and
  // neither the dose nor the interaction check saw them.
  it('finds a name of several words spaced, hyphenated or joined', () => {
    expect(found('Is isosorbide mononitrate safe with sildenafil?')).toEqual([
      ['isosorbide-mononitrate', 'isosorbide mononitrate'],
      ['sildenafil', 'sildenafil'],
    ]);
    expect(found('Slow-K twice daily')).toEqual([['potassium-chloride', 'Slow-K']]);
    expect(found('potassium chloride solution')).toEqual([['potassium-chloride', 'potassium chloride']]);
    for (const name of ['co-amoxiclav', 'co amoxiclav', 'coamoxiclav', 'Co-Amoxiclav'])
      expect(found(`${name} 625 mg`)).toEqual([['amoxicillin-clavulanate', name]]);
  });

  it('still finds whole words only', () => {
    expect(found('potassium chlorides')).toEqual([]);
    expect(found('the co-amoxiclavs')).toEqual([]);
  });

  it('lets the interaction check see both drugs', () => {
    const text = 'He takes isosorbide mononitrate and asked about sildenafil.';
    const ids = drugs.findMentions(text).map((m) => m.drug.id);
    expect(drugs.interactions(ids).interactions.length).toBeGreaterThan(0);
  });
});
