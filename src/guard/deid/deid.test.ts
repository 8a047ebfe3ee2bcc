import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidResidentId, luhnValid } from '../recognizers/checksums.ts';
import { RecognizerRegistry } from '../registry.ts';
import { shiftDate } from './date-shift.ts';
import { Deidentifier } from './deidentifier.ts';
import { mask } from './placeholders.ts';
import { Prng } from './prng.ts';
import { surrogate } from './surrogates.ts';
import { MemoryVaultStore, parseVaultKey, Vault } from './vault.ts';

const registry = RecognizerRegistry.withDefaults();
const findingsOf = (text: string) => registry.analyze(text, { language: 'zh' });

describe('redact and mask', () => {
  it('redacts with placeholders in the text language', async () => {
    const d = new Deidentifier();
    const zh = '患者张伟，电话13812345678';
    expect(
      (await d.apply(zh, findingsOf(zh), { mode: 'redact', language: 'zh', conversationId: 'c' })).text,
    ).toBe('患者[姓名]，电话[电话]');
    const en = 'Mr John Smith, MRN: 1234567';
    const enFindings = registry.analyze(en, { language: 'en' });
    expect(
      (await d.apply(en, enFindings, { mode: 'redact', language: 'en', conversationId: 'c' })).text,
    ).toBe('Mr [NAME], MRN: [MRN]');
  });

  it('masks keeping length and the customary visible parts', () => {
    expect(mask('ID_CARD', '110105194912311234')).toBe('110***********1234');
    expect(mask('PHONE', '13812345678')).toBe('138****5678');
    expect(mask('BANK_CARD', '6222 0212 3456 7890')).toBe('**** **** **** 7890');
    expect(mask('PERSON', '欧阳娜娜')).toBe('欧***');
    expect(mask('EMAIL', 'zhang@example.com')).toBe('z****@example.com');
  });
});

describe('pseudonyms', () => {
  it('are consistent within a conversation and differ across conversations', async () => {
    const d = new Deidentifier({ secret: randomBytes(32) });
    const text = '患者张伟，电话13812345678。患者家属李娜，联系人：张伟';
    const request = { mode: 'pseudonym' as const, language: 'zh' as const, conversationId: 'c1' };
    const first = await d.apply(text, findingsOf(text), request);
    const again = await d.apply(text, findingsOf(text), request);
    expect(again.text).toBe(first.text);
    const other = await d.apply(text, findingsOf(text), { ...request, conversationId: 'c2' });
    expect(other.text).not.toBe(first.text);
    expect(first.text).not.toContain('张伟');
    expect(first.text).not.toContain('13812345678');
    const names = first.replacements.filter((r) => r.type === 'PERSON').map((r) => r.replacement);
    // 张伟 twice, 李娜 once: the same original gets the same pseudonym, different originals differ.
    expect(names).toHaveLength(3);
    expect(names[0]).toBe(names[2]);
    expect(names[1]).not.toBe(names[0]);
  });

  it('produce realistic surrogates of the same shape that cannot be real', () => {
    const rng = new Prng(7);
    for (let i = 0; i < 50; i++) {
      const id = surrogate('ID_CARD', '11010519491231002X', rng);
      expect(isValidResidentId(id)).toBe(true);
      expect(id.startsWith('99')).toBe(true);
      expect(luhnValid(surrogate('BANK_CARD', '6222021234567890128', rng).replace(/\D/g, ''))).toBe(true);
      expect(surrogate('PHONE', '13812345678', rng)).toMatch(/^138\d{8}$/);
      expect(surrogate('EMAIL', 'a@b.cn', rng)).toMatch(/@example\.(com|org)$/);
      expect(surrogate('IP', '10.1.2.3', rng)).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\./);
    }
  });

  it('shift dates by one offset per conversation, keeping intervals and formats', async () => {
    const d = new Deidentifier({ secret: randomBytes(32) });
    const text = '于2023-03-05入院，2023-03-12出院';
    const out = await d.apply(text, findingsOf(text), {
      mode: 'pseudonym',
      language: 'zh',
      conversationId: 'c',
      dateShift: true,
    });
    const [a, b] = out.replacements.map((r) => r.replacement);
    expect(a).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const days = (Date.parse(b!) - Date.parse(a!)) / 86_400_000;
    expect(days).toBe(7);
    expect(Math.abs(d.dateOffset('c'))).toBeGreaterThanOrEqual(30);
  });

  it('date shifting reads the common formats', () => {
    expect(shiftDate('2023年3月5日', 10)).toBe('2023年3月15日');
    expect(shiftDate('3月30日', 3)).toBe('4月2日');
    expect(shiftDate('03/05/2023', 1)).toBe('03/06/2023');
    expect(shiftDate('14 March 2024', -14)).toBe('29 February 2024');
    expect(shiftDate('March 3, 1952', 1)).toBe('March 4, 1952');
    expect(shiftDate('not a date', 1)).toBeUndefined();
  });
});

describe('the vault', () => {
  const key = randomBytes(32);

  it('encrypts with AES-256-GCM in a self-describing format and restores for the conversation', async () => {
    const store = new MemoryVaultStore();
    const vault = new Vault(key, store);
    const d = new Deidentifier({ vault });
    const text = '患者张伟，身份证11010519491231002X';
    const out = await d.apply(text, findingsOf(text), {
      mode: 'vault',
      language: 'zh',
      conversationId: 'conv-1',
    });
    const entries = await store.list('conv-1');
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      expect(e.ciphertext).toMatch(/^yv1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
      expect(e.ciphertext).not.toContain('张伟');
    }
    expect(await vault.restore(out.text, 'conv-1')).toBe(text);
    // Same original, same pseudonym, even from a new deidentifier sharing the vault.
    const again = await new Deidentifier({ vault }).apply(text, findingsOf(text), {
      mode: 'vault',
      language: 'zh',
      conversationId: 'conv-1',
    });
    expect(again.text).toBe(out.text);
  });

  it('binds entries to their conversation and rejects a wrong key', async () => {
    const vault = new Vault(key);
    const token = vault.encrypt('a', 'P1', '张伟');
    expect(vault.decrypt('a', 'P1', token)).toBe('张伟');
    expect(() => vault.decrypt('b', 'P1', token)).toThrow(/failed authentication/);
    expect(() => new Vault(randomBytes(32)).decrypt('a', 'P1', token)).toThrow(/failed authentication/);
    expect(() => vault.decrypt('a', 'P1', `yv9.${token.slice(4)}`)).toThrow(/unknown format/);
  });

  it('reads the key as base64 or hex and explains a missing or short key', () => {
    expect(parseVaultKey(key.toString('base64'))).toEqual(key);
    expect(parseVaultKey(key.toString('hex'))).toEqual(key);
    expect(() => parseVaultKey(undefined)).toThrow(/YIHENG_VAULT_KEY is not set/);
    expect(() => parseVaultKey(randomBytes(16).toString('base64'))).toThrow(
      /16 bytes; AES-256 needs exactly 32/,
    );
  });
});
