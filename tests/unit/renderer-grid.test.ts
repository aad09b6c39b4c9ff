// The table form's keyboard moves and paste placement, from the GRIDS layout.
import { describe, expect, it } from 'vitest';
import { gridModel, move, planPaste } from '../../src/renderer/src/tables/grid-model';
import { parseTsv } from '../../src/renderer/src/tables/tsv';

const t2 = gridModel('t2');
const t3 = gridModel('t3');
const t4 = gridModel('t4');

describe('keyboard moves', () => {
  it('moves by arrows through every cell of 表三, totals included', () => {
    expect(move(t3, 't3.received.naturalPerson', 'down')).toBe('t3.carriedOver.naturalPerson');
    expect(move(t3, 't3.received.naturalPerson', 'up')).toBeUndefined();
    expect(move(t3, 't3.received.otherOrg', 'right')).toBe('t3.received.total');
    expect(move(t3, 't3.received.total', 'right')).toBeUndefined();
    expect(move(t3, 't3.received.business', 'left')).toBe('t3.received.naturalPerson');
    expect(move(t3, 't3.otherHandling.other.research', 'down')).toBe('t3.resultTotal.research');
  });

  it('skips computed totals with Enter and Tab', () => {
    expect(move(t3, 't3.otherHandling.other.research', 'enter')).toBe('t3.carriedForward.research');
    expect(move(t3, 't3.carriedForward.research', 'enterUp')).toBe('t3.otherHandling.other.research');
    expect(move(t3, 't3.received.otherOrg', 'next')).toBe('t3.carriedOver.naturalPerson');
    expect(move(t3, 't3.carriedOver.naturalPerson', 'prev')).toBe('t3.received.otherOrg');
    expect(move(t3, 't3.carriedForward.otherOrg', 'next')).toBeUndefined();
    expect(move(t4, 't4.review.pending', 'next')).toBe('t4.suitDirect.upheld');
  });

  it('moves vertically between rows of different widths in 表二', () => {
    expect(move(t2, 't2.normativeDocuments.issued', 'down')).toBe('t2.licensing.decisions');
    expect(move(t2, 't2.normativeDocuments.inForce', 'down')).toBe('t2.licensing.decisions');
    expect(move(t2, 't2.licensing.decisions', 'up')).toBe('t2.normativeDocuments.issued');
    expect(move(t2, 't2.coercion.decisions', 'enter')).toBe('t2.fees.amount');
  });

  it('leaves an unknown key where it is', () => {
    expect(move(t3, 't9.nothing', 'down')).toBeUndefined();
  });
});

describe('pasting a block', () => {
  it('fills the table as laid out, from the focused cell, parsing each value as typed', () => {
    const plan = planPaste(t3, 't3.received.business', parseTsv('5\t２\t1,234\r\n1\t \t/\r\n'));
    expect(plan.updates).toEqual({
      't3.received.business': 5,
      't3.received.research': 2,
      't3.received.publicInterest': 1234,
      't3.carriedOver.business': 1,
      't3.carriedOver.research': null,
      't3.carriedOver.publicInterest': { na: '/' },
    });
    expect(plan.skippedDerived).toBe(0);
    expect(plan.outside).toBe(0);
  });

  it('never writes a computed total, and counts what fell outside the table', () => {
    const plan = planPaste(t3, 't3.received.otherOrg', [['1', '99', '7']]);
    expect(plan.updates).toEqual({ 't3.received.otherOrg': 1 });
    expect(plan.skippedDerived).toBe(1);
    expect(plan.outside).toBe(1);
    const down = planPaste(t3, 't3.otherHandling.other.naturalPerson', [['1'], ['2'], ['3'], ['4']]);
    expect(down.updates).toEqual({ 't3.otherHandling.other.naturalPerson': 1, 't3.carriedForward.naturalPerson': 3 });
    expect(down.skippedDerived).toBe(1);
    expect(down.outside).toBe(1);
  });

  it('keeps text that is not a number as typed, to be flagged at its cell', () => {
    expect(planPaste(t4, 't4.review.upheld', [['两件']]).updates).toEqual({ 't4.review.upheld': { raw: '两件' } });
  });
});

describe('reading Excel / WPS clipboard text', () => {
  it('splits rows and cells, with or without a final newline', () => {
    expect(parseTsv('1\t2\n3\t4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('1\t2\r\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('\t5\n')).toEqual([['', '5']]);
  });

  it('reads quoted cells holding tabs, newlines and quotes', () => {
    expect(parseTsv('"a\tb"\t"line1\nline2"\t"say ""hi"""\n')).toEqual([['a\tb', 'line1\nline2', 'say "hi"']]);
  });
});
