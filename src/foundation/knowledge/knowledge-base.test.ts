import { describe, expect, it } from 'vitest';
import { YihengError } from '../errors.ts';
import { parseAmount, parseRoute } from './dose.ts';
import { KnowledgeBase } from './knowledge-base.ts';
import type { Passage } from './passages.ts';
import { MAX_QUERY_CHARS } from './search-index.ts';
import { fixtureEntries } from './testing/fixtures.ts';

const documents: Passage[] = [
  {
    collection: 'ward-notes',
    id: 'sepsis-1',
    title: 'Sepsis bundle',
    text: 'Give antibiotics within one hour of recognising sepsis and measure lactate.',
    source: 'ward-notes.md',
    lang: 'en',
  },
];
const kb = new KnowledgeBase([{ name: 'fixtures', entries: fixtureEntries }], documents);

describe('knowledge base search', () => {
  it('finds the entry for a Chinese query and ranks it first', () => {
    const { hits } = kb.search('急性心肌梗死有哪些症状', { k: 3 });
    expect(hits[0]!.passage.id).toBe('acute-myocardial-infarction#zh');
    expect(hits[0]!.score).toBeGreaterThan(0);
  });

  it('expands synonyms across languages and lay words', () => {
    const result = kb.search('心梗', { k: 5 });
    expect(result.expandedWith).toContain('synonym:myocardial-infarction');
    expect(result.hits.map((h) => h.passage.id)).toContain('acute-myocardial-infarction#en');
    const english = kb.search('what is the max dose of acetaminophen', { k: 3, lang: 'zh' });
    expect(english.hits[0]!.passage.id).toBe('paracetamol#zh');
  });

  it('stems English and normalises traditional Chinese in queries', () => {
    expect(kb.search('antibiotic for septic patients recognised', { k: 1 }).hits[0]!.passage.id).toBe(
      'sepsis-1',
    );
    expect(kb.search('流行性感冒', { k: 1 }).hits[0]!.passage.id).toBe('influenza#zh');
  });

  it('filters by collection and language', () => {
    const hits = kb.search('sepsis antibiotics', { collection: 'fixtures' }).hits;
    expect(hits.every((h) => h.passage.collection === 'fixtures')).toBe(true);
    expect(kb.search('sepsis antibiotics', { collection: 'ward-notes' }).hits[0]!.passage.id).toBe(
      'sepsis-1',
    );
    expect(kb.search('sepsis', { collection: 'no-such' }).hits).toEqual([]);
  });

  it('refuses an empty query and a query over the limit, or truncates it when asked', () => {
    expect(() => kb.search('   ')).toThrow(/query is empty/);
    const huge = '胸痛'.repeat(500_000);
    expect(() => kb.search(huge)).toThrow(YihengError);
    expect(() => kb.search(huge)).toThrow(new RegExp(`limit is ${MAX_QUERY_CHARS}`));
    const started = performance.now();
    const result = kb.search(huge, { truncate: true });
    expect(result.truncated).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(kb.search('的了吗', { k: 3 }).hits).toEqual([]);
    expect(() => kb.search('x', { k: 0 })).toThrow(/k must be/);
  });

  it('is deterministic', () => {
    expect(kb.search('chest pain sweating', { k: 5 })).toEqual(kb.search('chest pain sweating', { k: 5 }));
  });
});

describe('drug look-ups', () => {
  it('lists interactions among drugs named in zh, en or by alias, expanding classes', () => {
    const report = kb.drugs.interactions(['华法林', 'Advil', 'aspirin']);
    expect(report.unknown).toEqual([]);
    expect(report.drugs.map((d) => d.id)).toEqual(['warfarin', 'ibuprofen', 'aspirin']);
    const pairs = report.interactions.map((i) => `${i.id}:${i.drugs.map((d) => d.id).join('+')}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'warfarin-nsaids:warfarin+ibuprofen',
        'warfarin-aspirin:warfarin+aspirin',
        'warfarin-nsaids:warfarin+aspirin',
      ]),
    );
    expect(report.interactions.find((i) => i.drugs[1].id === 'ibuprofen')!.via).toEqual(['class:nsaid']);
  });

  it('expands class-to-class entries and sorts by severity', () => {
    const report = kb.drugs.interactions(['左洛复', 'phenelzine', 'Viagra', 'GTN']);
    expect(report.interactions.map((i) => i.id)).toEqual(['nitrate-pde5', 'ssri-maoi']);
    expect(report.interactions[0]!.severity).toBe('contraindicated');
  });

  it('reports unknown names with suggestions but still checks the others', () => {
    const report = kb.drugs.interactions(['warfarn', 'aspirin', 'unobtainium', 'warfarin']);
    expect(report.unknown.map((u) => u.query)).toEqual(['warfarn', 'unobtainium']);
    expect(report.unknown[0]!.suggestions[0]).toMatch(/Warfarin/);
    expect(report.interactions.map((i) => i.id)).toContain('warfarin-aspirin');
    expect(kb.drugs.interactions(['paracetamol', 'sertraline']).interactions).toEqual([]);
  });

  it('finds drugs mentioned in text', () => {
    const mentions = kb.drugs.findMentions('我在吃华法林，今天又吃了两片Advil');
    expect(mentions.map((m) => [m.drug.id, m.text])).toEqual([
      ['warfarin', '华法林'],
      ['ibuprofen', 'Advil'],
    ]);
    // Asked again (the last answer is kept), then for another text, then for the first again.
    expect(kb.drugs.findMentions('我在吃华法林，今天又吃了两片Advil').map((m) => m.drug.id)).toEqual([
      'warfarin',
      'ibuprofen',
    ]);
    expect(kb.drugs.findMentions('只吃了阿司匹林').map((m) => m.drug.id)).toEqual(['aspirin']);
    expect(kb.drugs.findMentions('今天没吃药')).toEqual([]);
    expect(kb.drugs.findMentions('我在吃华法林，今天又吃了两片Advil').map((m) => m.text)).toEqual([
      '华法林',
      'Advil',
    ]);
  });
});

describe('daily dose check', () => {
  it.each([
    ['4g', 'at', 0],
    ['5 g', 'above', 1],
    ['4500mg', 'above', 0.5],
    ['2.5 g', 'within', -1.5],
    ['3克', 'within', -1],
    ['6000毫克', 'above', 2],
  ])('paracetamol oral %s → %s by %s g', (amount, status, difference) => {
    const check = kb.checkDose('对乙酰氨基酚', 'oral', amount);
    expect(check.status).toBe(status);
    expect(check.difference).toEqual({ amount: difference, unit: 'g' });
  });

  it('converts to the unit of the maximum and accepts route aliases', () => {
    const check = kb.checkDose('Tylenol', 'iv', '5 g');
    expect(check).toMatchObject({
      status: 'above',
      difference: { amount: 1000, unit: 'mg' },
      percentOfMaximum: 125,
    });
    expect(kb.checkDose('布洛芬', '口服', '1200 mg').status).toBe('within');
    expect(parseRoute('po')).toBe('oral');
    expect(parseAmount('4,000 mg')).toEqual({ amount: 4000, unit: 'mg' });
    expect(parseAmount('200 μg')).toEqual({ amount: 200, unit: 'mcg' });
  });

  it('gives clear errors for unknown drugs, routes, units and amounts', () => {
    expect(() => kb.checkDose('paracetamoll', 'oral', '4g')).toThrow(/unknown drug "paracetamoll"/);
    expect(() => kb.checkDose('paracetamol', 'eyedrops', '4g')).toThrow(/unknown route "eyedrops"/);
    expect(() => kb.checkDose('paracetamol', 'rectal', '4g')).toThrow(
      /no maximum daily dose of Paracetamol .* rectal/,
    );
    expect(() => kb.checkDose('paracetamol', 'oral', '4 spoons')).toThrow(/cannot read the amount/);
    expect(() => kb.checkDose('paracetamol', 'oral', '40 mL')).toThrow(/cannot convert mL to g/);
    expect(() => kb.checkDose('paracetamol', 'oral', '0 g')).toThrow(/positive/);
  });
});
