import { describe, expect, it } from 'vitest';
import type { Finding } from './finding.ts';
import { FindingsCache } from './findings-cache.ts';
import { createGuard } from './guard.ts';
import { loadPolicy } from './policy/load.ts';
import { RecognizerRegistry } from './registry.ts';

const finding = (text: string): Finding => ({
  type: 'PERSON',
  start: 0,
  end: text.length,
  text,
  score: 0.9,
  detector: 'test',
});

describe('FindingsCache', () => {
  it('computes a text once per scope, and again under another scope', () => {
    const cache = new FindingsCache();
    let runs = 0;
    const compute = () => {
      runs++;
      return [finding('张伟')];
    };
    expect(cache.get('default\u0000zh', '张伟', compute)).toEqual([finding('张伟')]);
    expect(cache.get('default\u0000zh', '张伟', compute)).toEqual([finding('张伟')]);
    expect(runs).toBe(1);
    cache.get('default\u0000en', '张伟', compute);
    expect(runs).toBe(2);
  });

  it('gives each caller its own array', () => {
    const cache = new FindingsCache();
    const first = cache.get('s', 'a', () => [finding('a')]);
    first.push(finding('b'));
    expect(cache.get('s', 'a', () => [])).toHaveLength(1);
  });

  it('drops the least recently used texts first once it holds its limit of characters', () => {
    // Each entry counts a fixed 64 characters and its findings' texts (10 here): 10 entries fit in 740.
    const cache = new FindingsCache(740);
    const runs = new Map<string, number>();
    const read = (text: string) =>
      cache.get('s', text, () => {
        runs.set(text, (runs.get(text) ?? 0) + 1);
        return [finding(text)];
      });
    const texts = Array.from({ length: 11 }, (_, i) => String(i).padStart(10, '0'));
    for (const t of texts.slice(0, 10)) read(t);
    read(texts[0]!); // the first is now the most recently used; the second the least
    read(texts[10]!); // over the limit: the second goes
    expect(cache.size).toBe(10);
    read(texts[0]!);
    read(texts[2]!);
    read(texts[1]!);
    expect(runs.get(texts[0]!)).toBe(1);
    expect(runs.get(texts[2]!)).toBe(1);
    expect(runs.get(texts[1]!)).toBe(2);
  });

  it('does not keep findings heavier than a tenth of its limit, however long the text', () => {
    const cache = new FindingsCache(1000);
    let runs = 0;
    const many = () => {
      runs++;
      return Array.from({ length: 10 }, () => finding('张伟'));
    };
    // 64 + 10 × 2 = 84 characters: kept, although the text itself is far longer than the limit.
    cache.get('s', 'x'.repeat(5000), many);
    cache.get('s', 'x'.repeat(5000), many);
    expect(runs).toBe(1);
    // 64 + 40 × 2 = 144 > 100: not kept.
    const more = () => {
      runs++;
      return Array.from({ length: 40 }, () => finding('张伟'));
    };
    cache.get('s', 'y', more);
    cache.get('s', 'y', more);
    expect(runs).toBe(3);
    expect(cache.size).toBe(1);
  });

  it('holds no message text: entries are keyed by a digest', () => {
    const cache = new FindingsCache();
    const text = '患者张伟，电话13812345678，住院号ZY20231234';
    cache.get('s', text, () => [finding('张伟')]);
    const keys = [...(cache as unknown as { entries: Map<string, unknown> }).entries.keys()];
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('13812345678');
    expect(keys[0]!.length).toBeLessThan(60);
  });
});

describe('the guard on a conversation', () => {
  it('scans each earlier message once across turns, with the same result as a fresh guard', async () => {
    const base = RecognizerRegistry.withDefaults({ personModel: false });
    const scanned: string[] = [];
    // The real registry, counting the texts it is asked to scan.
    const counting = Object.create(base) as RecognizerRegistry;
    counting.analyze = (text, options) => {
      scanned.push(text);
      return base.analyze(text, options);
    };
    counting.extend = () => counting;
    const policies = [loadPolicy('default')];
    const guard = createGuard({ policies, registry: counting, knowledge: false });
    const turns = [
      { role: 'user' as const, content: '我叫张伟，电话13812345678，最近咳嗽' },
      { role: 'assistant' as const, content: '张先生，咳嗽多久了？有没有发热？' },
      { role: 'user' as const, content: '三天了，住院号ZY20231234，没有发热' },
    ];
    const context = { conversationId: 'cache-1', role: 'clinician' };
    await guard.inspectInput(turns.slice(0, 1), context);
    const third = await guard.inspectInput(turns, context);
    // Turn one's message was scanned on the first call and not again on the second.
    expect(scanned.filter((t) => t === turns[0]!.content)).toHaveLength(1);
    expect(scanned).toHaveLength(3);

    const fresh = createGuard({ policies, registry: base, knowledge: false });
    await fresh.inspectInput(turns.slice(0, 1), context);
    const again = await fresh.inspectInput(turns, context);
    expect(third.findings).toEqual(again.findings);
    expect(third.details.map((d) => d.findings.map((f) => [f.type, f.start, f.end]))).toEqual(
      again.details.map((d) => d.findings.map((f) => [f.type, f.start, f.end])),
    );
  });
});
