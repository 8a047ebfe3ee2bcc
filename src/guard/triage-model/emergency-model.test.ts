import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledGuardKnowledge } from '../knowledge.ts';
import { drugMask } from './drug-mask.ts';
import { BUNDLED_EMERGENCY_MODEL, EmergencyModel, loadBundledEmergencyModel } from './emergency-model.ts';
import { trainLogistic } from './logistic.ts';
import { EVERYDAY_TRAINING_FILE, trainEmergencyModel } from './train.ts';
import { readTrainingSet, triageSetFile } from './training-data.ts';

const bundledFile = JSON.parse(readFileSync(BUNDLED_EMERGENCY_MODEL, 'utf8'));
const drugs = loadBundledGuardKnowledge().drugs!;
const mask = drugMask(drugs);
const model = loadBundledEmergencyModel(drugs)!;

describe('the bundled emergency model', () => {
  it('is what training on its recorded sets gives, byte for byte', () => {
    for (const t of bundledFile.training as Array<{ file: string; sha256: string }>)
      expect(
        readTrainingSet(t.file, mask).sha256,
        `${t.file} changed since the model was trained: run npx tsx scripts/train-emergency-model.ts`,
      ).toBe(t.sha256);
    expect(
      bundledFile.drug_names_sha256,
      'the knowledge base drug names changed: run npx tsx scripts/train-emergency-model.ts',
    ).toBe(mask.digest);
    const retrained = trainEmergencyModel(
      bundledFile.training.map((t: { file: string }) => t.file),
      mask,
    );
    expect(retrained.training).toEqual(bundledFile.training);
    expect(retrained.weights === bundledFile.weights).toBe(true);
    expect(retrained).toEqual(bundledFile);
  });

  it('was not trained on the newest held-out triage round, which is the fresh measure', () => {
    let newest = 1;
    while (existsSync(triageSetFile(newest + 1))) newest++;
    const files = (bundledFile.training as Array<{ file: string }>).map((t) => t.file);
    expect(files).not.toContain(triageSetFile(newest));
    expect(files).toContain(triageSetFile(0));
    expect(files).toContain(EVERYDAY_TRAINING_FILE);
    expect(files).not.toContain('data/labelled/triage-everyday-holdout.jsonl');
    expect(files).not.toContain('data/labelled/triage-everyday-holdout-2.jsonl');
  });

  it('judges typical messages as the labels would', () => {
    expect(model.probability('我爸胸口压着疼了半小时，满头冷汗，脸色发白')).toBeGreaterThan(0.9);
    expect(model.probability('My baby is 2 weeks old, floppy, grunting and not feeding')).toBeGreaterThan(
      0.9,
    );
    // Below the line at which it raises; exact figures move as rounds are added.
    expect(model.probability('想问一下平时降压药早上吃还是晚上吃好？')).toBeLessThan(model.file.promote_at);
  });

  it('reads what was done with a medicine, not its name (the names are masked)', () => {
    // Most labelled messages naming paracetamol are overdoses; unmasked, the name alone read as one (0.96).
    expect(model.probability('Can I take paracetamol for a mild headache after a long day?')).toBeLessThan(
      model.file.promote_at,
    );
    expect(model.probability('My daughter swallowed about 30 paracetamol an hour ago')).toBeGreaterThan(0.9);
    expect(mask('吃了布洛芬和对乙酰氨基酚')).not.toMatch(/布洛芬|对乙酰氨基酚/);
  });

  it('refuses to run with drug names other than those it was trained with', () => {
    const other = Object.assign((text: string) => text, {
      digest: 'f'.repeat(64),
      withOffsets: mask.withOffsets,
    });
    expect(() => EmergencyModel.fromFile(bundledFile, other)).toThrow(/retrain/);
  });

  it('does not judge texts longer than it was trained for', () => {
    expect(model.probability('胸痛'.repeat(model.file.max_chars))).toBeUndefined();
  });

  it('explains with non-overlapping phrases cut from the text, strongest first', () => {
    const text = "Dad's gone grey and sweaty and says his chest feels crushed";
    const evidence = model.evidence(text);
    expect(evidence.length).toBe(3);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.gram);
    for (let i = 1; i < evidence.length; i++)
      expect(evidence[i]!.weight).toBeLessThanOrEqual(evidence[i - 1]!.weight);
    for (const a of evidence)
      for (const b of evidence) if (a !== b) expect(a.start < b.end && b.start < a.end).toBe(false);
  });
});

describe('the model file format', () => {
  const trained = trainLogistic(
    [
      { buckets: [1, 2], label: 1 },
      { buckets: [3], label: 0 },
    ],
    { buckets: 1 << 18 },
  );
  const meta = {
    version: '0.0.1',
    promote_at: 0.5,
    max_chars: 100,
    drug_names_sha256: mask.digest,
    training: [],
  };

  it('round-trips through 8-bit weights', () => {
    const file = EmergencyModel.toFile(trained, meta);
    const loaded = EmergencyModel.fromFile(JSON.parse(JSON.stringify(file)), mask);
    expect(loaded.file.version).toBe('0.0.1');
    expect(loaded.probability('')).toBeCloseTo(1 / (1 + Math.exp(-trained.bias)), 6);
  });

  it('refuses a file with the wrong number of weights or a bad field, saying what is wrong', () => {
    const file = EmergencyModel.toFile(trained, meta);
    expect(() =>
      EmergencyModel.fromFile({ ...file, weights: Buffer.alloc(10).toString('base64') }, mask),
    ).toThrow(/expected 262144 weights, found 10/);
    expect(() => EmergencyModel.fromFile({ ...file, promote_at: 2 }, mask)).toThrow(/promote_at/);
  });

  it('is absent without failing when the file or the drug look-up is missing (rules alone then decide)', () => {
    expect(loadBundledEmergencyModel(drugs, '/nonexistent/model.json')).toBeUndefined();
    expect(loadBundledEmergencyModel(undefined)).toBeUndefined();
  });
});
