import { describe, expect, it } from 'vitest';
import { CELLS, GRIDS, slots } from '../../src/shared';

describe('layout', () => {
  it('has the 200 cells of spec §6', () => {
    expect(CELLS).toHaveLength(10 + 25 * 7 + 15);
    expect(new Set(CELLS.map((c) => c.key)).size).toBe(CELLS.length);
  });
  it('every grid tiles without holes or overlaps', () => {
    for (const g of Object.values(GRIDS)) expect(() => slots(g)).not.toThrow();
  });
});
