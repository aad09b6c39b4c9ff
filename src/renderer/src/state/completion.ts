// How far each part of the report is filled in, for the navigator. Tables count the cells a
// clerk types (totals are computed, so they do not count); prose counts each required item of
// the section (一's five parts, 五's three, 六's four), judged in the clerk's own words by the
// same code as the rules; 基本信息 counts the fields a published report names. A template's
// 【…】 placeholder is never "filled".
import { CELLS, SECTIONS, hasPlaceholder, sectionParts, type Project } from '../../../shared';
import type { Place } from './places';

export interface Completion {
  readonly filled: number;
  readonly total: number;
}

const INPUT_CELLS_BY_TABLE = new Map<string, string[]>();
for (const c of CELLS) {
  if (c.sumOf) continue;
  const list = INPUT_CELLS_BY_TABLE.get(c.table) ?? [];
  list.push(c.key);
  INPUT_CELLS_BY_TABLE.set(c.table, list);
}

const own = (text: string) => {
  const t = text.trim();
  return t !== '' && !hasPlaceholder(t) ? t : '';
};

function basicCompletion(p: Project): Completion {
  const m = p.meta;
  const fields = [own(m.issuer), own(m.preamble), m.publishDate ?? '', own(m.contact.office), own(m.contact.phone)];
  return { filled: fields.filter(Boolean).length, total: fields.length };
}

export function completionOf(project: Project, place: Place): Completion {
  if (place === 'basic') return basicCompletion(project);
  const section = SECTIONS.find((s) => s.id === place)!;
  if (section.table) {
    const keys = INPUT_CELLS_BY_TABLE.get(section.table) ?? [];
    return { filled: keys.filter((k) => project.cells[k] !== null && project.cells[k] !== undefined).length, total: keys.length };
  }
  const parts = sectionParts(project, section.id);
  return { filled: parts.filter((p) => p.done).length, total: parts.length };
}

export function isComplete(c: Completion): boolean {
  return c.filled === c.total;
}
