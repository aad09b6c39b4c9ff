import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/shared/import/bounded-memo';

describe('boundedMemo (the label caches of the importer)', () => {
  it('computes a recurring text once, null answers included', () => {
    const seen: string[] = [];
    const memo = boundedMemo((t) => (seen.push(t), t.startsWith('表') ? t.length : null), 10);
    expect([memo('表三'), memo('x'), memo('表三'), memo('x')]).toEqual([2, null, 2, null]);
    expect(seen).toEqual(['表三', 'x']);
  });

  it('never holds more than its size: a stream of distinct texts empties it and starts again', () => {
    const seen: string[] = [];
    const memo = boundedMemo((t) => (seen.push(t), t), 3);
    for (const t of ['a', 'b', 'c']) memo(t);
    memo('a');
    expect(seen).toEqual(['a', 'b', 'c']);
    memo('d'); // full: emptied, then d remembered
    memo('a');
    memo('d');
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
