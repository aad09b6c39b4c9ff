// Prose of the report (preamble and sections 一, 五, 六) as 公文 paragraphs: one paragraph per
// line of the clerk's text, 3号 仿宋 with a two-character first-line indent. A line that opens
// with a level-2 number（一）…（十） is a sub-heading: its lead phrase is set in 楷体 (GB9704
// §7.3.3), and the rest of the line, if any, continues in 仿宋 in the same paragraph, the way
// published reports write "（一）主动公开方面。全年……".
import { Paragraph, TextRun } from 'docx';
import { FONTS, SIZE } from './typesetting';

const SUBHEADING = /^[（(][一二三四五六七八九十]{1,3}[）)]/;
/** A lead phrase ends at the first full stop or colon within this many characters. */
const LEAD_MAX = 30;

export interface NarrativeLine {
  /** Text set in 楷体 (empty when the line is not a sub-heading). */
  readonly heading: string;
  /** Text set in 仿宋. */
  readonly body: string;
}

export function splitSubheading(line: string): NarrativeLine {
  if (!SUBHEADING.test(line)) return { heading: '', body: line };
  const end = line.search(/[。：:]/);
  if (end >= 0 && end < LEAD_MAX) return { heading: line.slice(0, end + 1), body: line.slice(end + 1) };
  if (line.length <= LEAD_MAX) return { heading: line, body: '' };
  // A long line without a lead phrase: only the number is the heading's.
  const marker = line.match(SUBHEADING)![0];
  return { heading: marker, body: line.slice(marker.length) };
}

/** Non-empty lines of a text, trimmed (a clerk's blank lines do not become empty paragraphs). */
export function narrativeLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((l) => l.length > 0);
}

export function narrativeParagraphs(text: string): Paragraph[] {
  return narrativeLines(text).map((line) => {
    const { heading, body } = splitSubheading(line);
    const runs: TextRun[] = [];
    if (heading) runs.push(new TextRun({ text: heading, font: FONTS.heading2, size: SIZE.san }));
    if (body) runs.push(new TextRun({ text: body, font: FONTS.body, size: SIZE.san }));
    return new Paragraph({ style: 'Body', children: runs });
  });
}
