import { describe, expect, it } from 'vitest';
import { RecognizerRegistry } from './registry.ts';
import { registryConfigSchema } from './registry-config.ts';

const base = RecognizerRegistry.withDefaults();
const types = (r: RecognizerRegistry, text: string) =>
  r.analyze(text, { language: 'zh' }).map((f) => `${f.type}:${f.text}`);

describe('RecognizerRegistry configuration', () => {
  it('adds a pattern recognizer with context words from YAML-shaped config', () => {
    const config = registryConfigSchema.parse({
      recognizers: [
        {
          name: 'visit-card',
          type: 'MRN',
          patterns: [{ regex: 'VC\\d{8}', score: 0.4 }],
          context: ['随访卡'],
          context_boost: 0.3,
        },
      ],
    });
    const extended = base.extend(config);
    expect(types(extended, '随访卡 VC12345678')).toContain('MRN:VC12345678');
    // Without the context word the score stays under the threshold.
    expect(types(extended, '编号 VC12345678')).not.toContain('MRN:VC12345678');
    expect(types(base, '随访卡 VC12345678')).not.toContain('MRN:VC12345678');
  });

  it('supports a validator and a value group', () => {
    const config = registryConfigSchema.parse({
      recognizers: [
        {
          name: 'card',
          type: 'BANK_CARD',
          patterns: [{ regex: '会员卡(?<value>\\d{16})', score: 0.9 }],
          validator: 'luhn',
        },
      ],
      disable: ['pii.bank_card'],
    });
    const extended = base.extend(config);
    expect(types(extended, '会员卡4111111111111111')).toEqual(['BANK_CARD:4111111111111111']);
    expect(types(extended, '会员卡4111111111111112')).toEqual([]);
  });

  it('applies deny-lists and allow-lists', () => {
    const extended = base.extend(
      registryConfigSchema.parse({
        deny_lists: [{ type: 'PERSON', words: ['小雨点'] }],
        allow_list: ['张伟'],
      }),
    );
    expect(types(extended, '小雨点今天来了，患者张伟复诊')).toEqual(['PERSON:小雨点']);
  });

  it('rejects a configured regex with nested quantifiers, with a fix in the message', () => {
    const parsed = registryConfigSchema.safeParse({
      recognizers: [{ name: 'bad', type: 'MRN', patterns: [{ regex: '(\\d+)+X', score: 0.5 }] }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/unbounded repetition.*rewrite it/);
  });

  it('rejects an invalid regex and an unknown recognizer to disable', () => {
    expect(
      registryConfigSchema.safeParse({
        recognizers: [{ name: 'x', type: 'MRN', patterns: [{ regex: '(', score: 0.5 }] }],
      }).success,
    ).toBe(false);
    expect(() => base.extend(registryConfigSchema.parse({ disable: ['pii.nope'] }))).toThrow(
      /unknown recognizer/,
    );
  });

  it('filters by type and threshold', () => {
    const text = '患者张伟，电话13812345678';
    expect(base.analyze(text, { language: 'zh', types: ['PHONE'] }).map((f) => f.type)).toEqual(['PHONE']);
    expect(base.analyze(text, { language: 'zh', threshold: 0.99 }).map((f) => f.type)).toEqual(['PHONE']);
  });
});
