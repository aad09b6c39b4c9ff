// Where things live in the report: which section holds a cell, a finding or a comment anchor.
// The navigator, the validation panel and the review view all group by these.
import { SECTIONS, cellDef, type Finding, type SectionId } from '../../../shared';

/** The groups of the navigator and the validation panel: 前言/基本信息, then 一 … 六. */
export type Place = 'basic' | SectionId;

export const PLACES: readonly Place[] = ['basic', ...SECTIONS.map((s) => s.id)];

export const PLACE_LABELS: Readonly<Record<Place, string>> = {
  basic: '前言 / 基本信息',
  ...(Object.fromEntries(SECTIONS.map((s) => [s.id, s.heading])) as Record<SectionId, string>),
};

const SECTION_OF_TABLE = new Map(SECTIONS.filter((s) => s.table).map((s) => [s.table!, s.id]));

export function sectionOfCell(key: string): SectionId | undefined {
  const def = cellDef(key);
  return def ? SECTION_OF_TABLE.get(def.table) : undefined;
}

/** A finding's place: its own section, else the section of its first cell, else 基本信息 (year, dates…). */
export function placeOfFinding(f: Finding): Place {
  if (f.section) return f.section;
  const first = f.cells[0];
  return (first && sectionOfCell(first)) || 'basic';
}
