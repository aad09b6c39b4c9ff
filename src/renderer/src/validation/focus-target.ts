// Where a click on a finding or a comment takes the clerk.
import { SECTION_BY_ID, describeCell, type Anchor, type Finding } from '../../../shared';
import type { FocusTarget } from '../state/store';

/** Text a message quotes from the report (“…”, and template placeholders 【…】), to find the paragraph. */
export function quotesOf(message: string): string[] {
  return [...message.matchAll(/“([^”]+)”|(【[^】]+】)/g)].map((m) => m[1] ?? m[2]!);
}

/**
 * A finding about prose goes to the paragraph it quotes; one about figures to its first cell;
 * one about the report as a whole to the 基本信息 field it names.
 */
export function targetOfFinding(f: Finding): FocusTarget {
  const quotes = quotesOf(f.message);
  const prose = f.section !== undefined && !SECTION_BY_ID[f.section].table;
  if (prose && (quotes.length > 0 || f.cells.length === 0)) return { kind: 'section', section: f.section!, quotes };
  const first = f.cells[0];
  if (first) return { kind: 'cell', key: first };
  if (f.section) return { kind: 'section', section: f.section, quotes };
  return { kind: 'basic', field: basicFieldOf(f.message), quotes };
}

/** The 基本信息 field a report-wide finding talks about, by the field names its message uses. */
const BASIC_FIELDS: readonly [RegExp, string][] = [
  [/发布日期|发布时间/, 'publishDate'],
  [/发布机关|标题/, 'issuer'],
  [/机关类型/, 'issuerLevel'],
  [/前言|统计期限|格式文件/, 'preamble'],
  [/联系/, 'contact.office'],
  [/年度|年份/, 'year'],
];

function basicFieldOf(message: string): string {
  return BASIC_FIELDS.find(([re]) => re.test(message))?.[1] ?? 'issuer';
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
