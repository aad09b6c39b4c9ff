// Where a click on a finding or a comment takes the clerk.
import { SECTION_BY_ID, describeCell, type Anchor, type Finding } from '../../../shared';
import type { FocusTarget } from '../state/store';

export function targetOfFinding(f: Finding): FocusTarget {
  const first = f.cells[0];
  if (first) return { kind: 'cell', key: first };
  if (f.section) return { kind: 'section', section: f.section };
  return { kind: 'basic', field: /日期/.test(f.message) ? 'publishDate' : /前言|统计期限/.test(f.message) ? 'preamble' : 'year' };
}

export function targetOfAnchor(a: Anchor): FocusTarget {
  if (a.type === 'cell') return { kind: 'cell', key: a.cell };
  if (a.type === 'section') return { kind: 'section', section: a.section };
  return { kind: 'basic', field: 'preamble' };
}

export function describeAnchor(a: Anchor): string {
  if (a.type === 'cell') return describeCell(a.cell);
  if (a.type === 'section') return SECTION_BY_ID[a.section].heading;
  return '前言';
}
