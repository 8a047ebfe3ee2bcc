import { describe, expect, it } from 'vitest';
import { mergeToolCallFragments } from './tool-calls.ts';

describe('mergeToolCallFragments', () => {
  it('reassembles interleaved fragments of two calls', () => {
    const merged = mergeToolCallFragments([
      { index: 0, id: 'call_a', type: 'function', function: { name: 'lookup_', arguments: '' } },
      { index: 1, id: 'call_b', type: 'function', function: { name: 'book', arguments: '{"d' } },
      { index: 0, function: { name: 'drug', arguments: '{"name":' } },
      { index: 0, function: { arguments: '"aspirin"}' } },
      { index: 1, function: { arguments: 'ay":1}' } },
    ]);
    expect(merged).toEqual([
      {
        index: 0,
        id: 'call_a',
        type: 'function',
        function: { name: 'lookup_drug', arguments: '{"name":"aspirin"}' },
      },
      { index: 1, id: 'call_b', type: 'function', function: { name: 'book', arguments: '{"day":1}' } },
    ]);
  });
});
