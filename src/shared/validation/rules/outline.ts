// N-OUTLINE while authoring: the six part headings are ours, so the rule reads the sub-headings
// the clerk typed. A sub-heading numbered 「一、」 like the parts reads as a new part once the
// report is printed (parts 二–六 then seem numbered again); （一）（二）… must run in order.
import { SECTIONS } from '../../layout/sections';
import { finding, type Rule } from '../context';
import type { Finding } from '../finding';
import { memoByText, withoutPlaceholders, SECTION_PLACES } from './text';

const CN = '一二三四五六七八九十';
const PART_LEVEL = new RegExp(`^([${CN}])[、.．]`);
const SUB_LEVEL = new RegExp(`^[（(]\\s*([${CN}])\\s*[)）]`);
/** Official heading endings: such a line is N-SECTIONS's (a drifted heading), not ours. */
const HEADING_ENDINGS = SECTIONS.map((s) => s.heading.slice(-4));

interface OutlineFault {
  readonly paragraph: number;
  readonly text: string;
  readonly kind: 'part-level' | 'order';
  readonly expected?: string;
}

/** A sub-heading: a short line of its own (no sentence inside it). */
const isHeadingLine = (t: string) => t.length <= 30 && !/[。；;，,]/.test(t.replace(/[。：:]$/, ''));

const outlineFaults = memoByText((raw: string): OutlineFault[] => {
  const out: OutlineFault[] = [];
  let expected = 0;
  withoutPlaceholders(raw)
    .split('\n')
    .forEach((line, i) => {
      const t = line.trim();
      if (isHeadingLine(t) && PART_LEVEL.test(t)) {
        if (!HEADING_ENDINGS.some((e) => t.replace(/[。：:]$/, '').endsWith(e))) out.push({ paragraph: i + 1, text: t, kind: 'part-level' });
        return;
      }
      // （一）… often runs on into its paragraph: any line it starts counts.
      const sub = SUB_LEVEL.exec(t);
      if (!sub) return;
      const n = CN.indexOf(sub[1]!) + 1;
      // Only a number repeated or going back: a skipped one is often a paragraph a published copy
      // lost on the way (a web page cut short, a paragraph dropped by the site), and the clerk sees a gap at a glance.
      if (n <= expected) out.push({ paragraph: i + 1, text: t.length > 20 ? `${t.slice(0, 20)}…` : t, kind: 'order', expected: `（${CN[expected]}）` });
      expected = n;
    });
  return out;
});

const PLACES = [SECTION_PLACES.overview, SECTION_PLACES.problems, SECTION_PLACES.other];

export const N_OUTLINE: Rule = {
  id: 'N-OUTLINE',
  name: '提纲层次有误',
  severity: 'error',
  title: '提纲层次：各部分不得错编序号、合并或把“总体情况”的小标题升为一级标题（导入和批量审核时检查原文）；编写时小标题不得用“一、”这样与各部分同级的编号，（一）（二）……不得重复或倒序',
  check(ctx) {
    const out: Finding[] = [];
    for (const place of PLACES) {
      for (const f of outlineFaults(place.read(ctx.project))) {
        const partLevel = f.kind === 'part-level';
        out.push(
          finding(ctx, {
            rule: 'N-OUTLINE',
            // A sub-heading out of order is a slip; one numbered like the parts breaks the outline.
            severity: partLevel ? 'error' : 'warning',
            section: place.section!,
            cells: [],
            extra: `${place.name}:${f.kind}:${f.text}`,
            message: partLevel
              ? `${place.name}第 ${f.paragraph} 段的小标题“${f.text}”用了与各部分标题同级的编号，打印后读作另起一部分；小标题请用（一）（二）……`
              : `${place.name}第 ${f.paragraph} 段的小标题“${f.text}”与前面的小标题重复或倒序，此处应为${f.expected}`,
          }),
        );
      }
    }
    return out;
  },
};
