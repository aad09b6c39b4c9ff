// The 发布日期 as a clerk writes it — 2026年1月20日, 2026-01-20, 2026/1/20, 2026.1.20, in half-
// or full-width digits — read into the project's YYYY-MM-DD, and shown back the Chinese way.
// The form uses a text field rather than the browser's date control, whose format follows the
// operating system and can come out as mm/dd/yyyy; the .xlsx 报告正文 sheet is read the same way.

import { asciiDigits } from './digits';

export const DATE_PROBLEM = '发布日期应写作“2026年1月20日”或“2026-01-20”';

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** YYYY-MM-DD; null for an empty field; undefined when the text is not a real date. */
export function parseDate(text: string): string | null | undefined {
  const t = asciiDigits(text).replace(/[－／．]/g, (c) => ({ '－': '-', '／': '/', '．': '.' })[c]!).trim();
  if (t === '') return null;
  const m = DATE.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 2026-01-20 → 2026年1月20日 (as dates are written in the report). */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
