// How far each part of the report is filled in, for the navigator. Tables count the cells a
// clerk types (totals are computed, so they do not count); prose counts as done once written;
// 基本信息 counts the fields a published report names.
import { CELLS, SECTIONS, type Project } from '../../../shared';
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

function basicCompletion(p: Project): Completion {
  const m = p.meta;
  const fields = [m.issuer.trim(), m.preamble.trim(), m.publishDate ?? '', m.contact.office.trim(), m.contact.phone.trim()];
  return { filled: fields.filter(Boolean).length, total: fields.length };
}

export function completionOf(project: Project, place: Place): Completion {
  if (place === 'basic') return basicCompletion(project);
  const section = SECTIONS.find((s) => s.id === place)!;
  if (section.table) {
    const keys = INPUT_CELLS_BY_TABLE.get(section.table) ?? [];
    return { filled: keys.filter((k) => project.cells[k] !== null && project.cells[k] !== undefined).length, total: keys.length };
  }
  return { filled: project.sections[section.id].trim() ? 1 : 0, total: 1 };
}

export function isComplete(c: Completion): boolean {
  return c.filled === c.total;
}
