// Large figures in narrow columns: on a 1366×768 screen a 表三 or 表四 column is barely wider
// than six digits, and a clerk's 1234567 or an 8-digit 总计 must still show whole. Each value
// cell is a CSS size container (.fit); its text gets the number of ems it needs (--ems) and
// the stylesheet shrinks the font to min(normal size, container width / ems) — so short values
// keep the normal size and only the long ones get smaller, without measuring anything in script.
import type { CSSProperties } from 'react';

/** Advance widths in em of the UI font's characters (tabular digits ≈ 0.56 em; a CJK character 1 em). */
function ems(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.58;
  if (/[.,:;'|!iIl]/.test(ch)) return 0.3;
  if (ch.charCodeAt(0) <= 0xff) return 0.62;
  return 1;
}

/** How many ems the text needs at any font size (at least one, so an empty cell divides by something). */
export function textEms(text: string): number {
  let total = 0;
  for (const ch of text) total += ems(ch);
  return Math.max(1, Math.round(total * 100) / 100);
}

/** The style that tells the stylesheet how wide the text is (see .fit in styles.css). */
export function fitStyle(text: string): CSSProperties {
  return { '--ems': textEms(text) } as CSSProperties;
}
