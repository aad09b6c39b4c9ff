// What each prose section must contain (SectionDef.mustContain), checked item by item in the
// clerk's own words: template placeholders 【…】 and the conventional sub-heading lines never
// count as having written something. The navigator's progress, the editor's checklist, N-SECTIONS
// and N-FEE-ZERO all read this one judgement, so they cannot disagree.
import { SECTION_BY_ID, type SectionId } from '../layout/sections';
import type { Project } from '../model/project';
import { memoByText, withoutPlaceholders } from './rules/text';

export interface PartStatus {
  /** The item as the layout lists it (SectionDef.mustContain), without its parenthetical note. */
  readonly label: string;
  readonly done: boolean;
}

interface PartMatcher {
  /** Index into the section's mustContain. */
  readonly item: number;
  /** Words that name the part in a sub-heading line or a sentence. */
  readonly words: RegExp;
}

/**
 * How each required item is recognised. Sub-headings vary (（一）主动公开方面, （四）平台建设情况 …),
 * so a part is found by its words: under its own sub-heading when the clerk uses them, or in
 * any sentence of the section when she writes without.
 */
const MATCHERS: Partial<Record<SectionId, readonly PartMatcher[]>> = {
  overview: [
    { item: 0, words: /主动公开/ },
    { item: 1, words: /依申请|公开申请/ },
    { item: 2, words: /信息管理/ },
    { item: 3, words: /平台|网站|政务新媒体/ },
    { item: 4, words: /监督|保障|考核|培训/ },
  ],
  problems: [
    { item: 0, words: /问题|不足|短板|差距/ },
    { item: 1, words: /改进|措施|整改|下一步/ },
    { item: 2, words: /上一?年度?[^。\n]{0,30}(?:问题|整改)|上年度报告/ },
  ],
  other: [
    { item: 0, words: /信息处理费/ },
    { item: 1, words: /要点/ },
    { item: 2, words: /建议|提案/ },
    { item: 3, words: /创新|亮点|特色|其他需要报告|无其他/ },
  ],
};

/** A short line opening with （一）/一、/1. and no full stop: a sub-heading, not a sentence. */
const HEADING = /^(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．])/;
const isHeading = (line: string) => line.length <= 24 && HEADING.test(line) && !/[。；;]/.test(line);

/** The clerk's own words: lines without placeholders, empty lines dropped. */
function ownLines(text: string): string[] {
  return withoutPlaceholders(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const label = (item: string) => item.replace(/（.*）$/, '');

const judge = (id: SectionId) =>
  memoByText((text: string): PartStatus[] => {
    const matchers = MATCHERS[id] ?? [];
    const items = SECTION_BY_ID[id].mustContain;
    const lines = ownLines(text);
    // Blocks under sub-headings that name a part: done when something is written beneath.
    const underHeading = new Map<number, boolean>();
    let open: number[] = [];
    const prose: string[] = [];
    for (const line of lines) {
      if (isHeading(line)) {
        open = matchers.filter((m) => m.words.test(line)).map((m) => m.item);
        for (const i of open) if (!underHeading.has(i)) underHeading.set(i, false);
        continue;
      }
      // A numbered sentence (1.未收取信息处理费。) is prose, not a sub-heading.
      for (const i of open) underHeading.set(i, true);
      prose.push(line);
    }
    if (matchers.length === 0) return [{ label: label(items[0] ?? SECTION_BY_ID[id].heading), done: prose.length > 0 }];
    return matchers.map((m) => ({
      label: label(items[m.item]!),
      done: underHeading.get(m.item) === true || prose.some((s) => m.words.test(s)),
    }));
  });

const JUDGES = new Map<SectionId, (text: string) => PartStatus[]>();

/** The required items of a prose section (一、五、六), each judged on its own. */
export function sectionParts(project: Project, id: SectionId): PartStatus[] {
  let j = JUDGES.get(id);
  if (!j) JUDGES.set(id, (j = judge(id)));
  return j(project.sections[id]);
}

/** Whether the clerk has written anything of her own in a prose section. */
export function hasOwnProse(text: string): boolean {
  return ownLines(text).some((l) => !isHeading(l));
}

/** Whether a text still holds a template placeholder 【…】 (so it is not finished). */
export function hasPlaceholder(text: string): boolean {
  return withoutPlaceholders(text) !== text;
}
