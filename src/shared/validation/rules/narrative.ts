// Rules on the prose (spec §3: N-*): the six sections, the report year, the deadline, the
// 信息处理费 statement, the citation of the format document and leftover template placeholders.
import { FEE_NIL_STATEMENT, FORMAT_CITATION, NARRATIVE_SECTION_IDS, SECTIONS, SECTION_BY_ID } from '../../layout/sections';
import { ISSUER_LEVEL_LABELS, type IssuerLevel } from '../../model/project';
import { finding, type Rule } from '../context';
import { sectionParts } from '../section-parts';
import type { Finding } from '../finding';
import { ALL_PLACES, PLACEHOLDER, SECTION_PLACES, asciiDigits, memoByText, quote, withoutPlaceholders, type TextPlace } from './text';

const ORDINALS = SECTIONS.map((s) => s.number).join('');
/** What follows "五、" in the official heading, e.g. 存在的主要问题及改进情况. */
const headingBody = (heading: string) => heading.slice(2);
/** Heading endings that make a numbered line look like a section heading rather than a list item. */
const HEADING_ENDINGS = SECTIONS.map((s) => headingBody(s.heading).slice(-4));
const HEADING_LINE = new RegExp(`^[${ORDINALS}][、.．]`);
const OFFICIAL = new Set(SECTIONS.map((s) => s.heading));
/** Spec N-SECTIONS allows 五 to carry the prefix 政府信息公开工作. */
const PROBLEMS = SECTION_BY_ID.problems;
OFFICIAL.add(`${PROBLEMS.number}、政府信息公开工作${headingBody(PROBLEMS.heading)}`);

const headingLines = memoByText((text: string) => {
  const out: { line: number; text: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim().replace(/[。：:]$/, '');
    if (line.length > 40 || !HEADING_LINE.test(line) || line.includes('。')) return;
    if (!HEADING_ENDINGS.some((e) => line.endsWith(e))) return;
    const normalised = line.replace(/^(.)[.．]/, '$1、');
    if (!OFFICIAL.has(normalised)) out.push({ line: i + 1, text: line });
  });
  return out;
});

/** Something besides the conventional sub-headings a template or the form inserts. */
function hasProse(text: string, subheadings: readonly string[]): boolean {
  return text.split('\n').some((line) => {
    const t = line.trim();
    return t !== '' && !subheadings.includes(t);
  });
}

/** Sections 一, 五 and 六 are written, and no drifted heading (E-HEAD) stands in for an official one. */
export const N_SECTIONS: Rule = {
  id: 'N-SECTIONS',
  name: '正文缺项或标题不符',
  severity: 'error',
  title: '第一、五、六部分须有正文；正文中不得出现与官方标题不一致的一级标题',
  check(ctx) {
    const out: Finding[] = [];
    for (const id of NARRATIVE_SECTION_IDS) {
      const s = SECTION_BY_ID[id];
      if (hasProse(withoutPlaceholders(ctx.project.sections[id]), s.subheadings)) {
        // 一's five parts are each required: writing one does not excuse the other four. A
        // warning, since a clerk may cover a part in words the check does not know.
        if (id !== 'overview') continue;
        const missing = sectionParts(ctx.project, id).filter((p) => !p.done);
        if (missing.length === 0) continue;
        out.push(
          finding(ctx, {
            rule: 'N-SECTIONS',
            severity: 'warning',
            section: id,
            cells: [],
            extra: `${id}:parts:${missing.map((p) => p.label).join('|')}`,
            message: `“${s.heading}”尚缺 ${missing.length} 项：${missing.map((p) => p.label).join('；')}（${s.mustContain.length} 项须分别叙述）`,
          }),
        );
        continue;
      }
      out.push(
        finding(ctx, {
          rule: 'N-SECTIONS',
          severity: 'error',
          section: id,
          cells: [],
          extra: id,
          message: `“${s.heading}”尚未填写：${s.mustContain.join('；')}`,
        }),
      );
    }
    for (const place of ALL_PLACES) {
      for (const h of headingLines(place.read(ctx.project))) {
        const ordinal = h.text[0]!;
        const official = SECTIONS.find((s) => s.number === ordinal)!;
        out.push(
          finding(ctx, {
            rule: 'N-SECTIONS',
            severity: 'error',
            ...(place.section ? { section: place.section } : {}),
            cells: [],
            extra: `${place.name}:${h.text}`,
            message: `${place.name}第 ${h.line} 段写有标题“${h.text}”，与官方标题“${official.heading}”不一致（国办公开办函〔2021〕30号）。各部分标题由软件按官方格式生成，请删除或改正此行`,
          }),
        );
      }
    }
    return out;
  },
};

interface YearMention {
  quote: string;
  years: number[];
  /** What the phrase is, for the message. */
  what: string;
  /** The year it should state, relative to the report year. */
  offset: 0 | -1;
}

const TITLE_YEAR = /(\d{4})\s*年度?\s*政府信息公开(?:工作)?年度报告/g;
const PERIOD = /(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:起\s*)?[，,]?\s*(?:至|到|—|－|-|～|~)\s*(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日/g;
const LAST_YEAR = /上一?年度?\s*[（(]\s*(\d{4})\s*年?\s*[)）]/g;

const yearMentions = memoByText((raw: string): YearMention[] => {
  const text = asciiDigits(raw);
  const out: YearMention[] = [];
  for (const m of text.matchAll(TITLE_YEAR)) out.push({ quote: quote(m[0]), years: [Number(m[1])], what: '报告标题', offset: 0 });
  for (const m of text.matchAll(PERIOD)) {
    out.push({ quote: quote(m[0]), years: [Number(m[1]), ...(m[2] ? [Number(m[2])] : [])], what: '统计期限', offset: 0 });
  }
  for (const m of text.matchAll(LAST_YEAR)) out.push({ quote: quote(m[0]), years: [Number(m[1])], what: '“上年”', offset: -1 });
  return out;
});

/**
 * The report year appears consistently (E-YEAR: last year's year left after copying): in
 * the title, in the statistics period, for 上年 as Y−1; and the report is published after
 * the year it covers.
 */
export const N_YEAR: Rule = {
  id: 'N-YEAR',
  name: '年份不一致',
  severity: 'error',
  title: '报告标题、统计期限和“上年”中的年份须与报告年度一致；发布日期须在报告年度结束之后',
  check(ctx) {
    const year = ctx.project.meta.year;
    const out: Finding[] = [];
    for (const place of ALL_PLACES) {
      for (const m of yearMentions(place.read(ctx.project))) {
        const expected = year + m.offset;
        const wrong = m.years.filter((y) => y !== expected);
        if (!wrong.length) continue;
        out.push(
          finding(ctx, {
            rule: 'N-YEAR',
            severity: 'error',
            ...(place.section ? { section: place.section } : {}),
            cells: [],
            extra: `${place.name}:${m.quote}`,
            lhs: wrong[0]!,
            rhs: expected,
            difference: wrong[0]! - expected,
            message: `${place.name}中的${m.what}写作“${m.quote}”，其中 ${wrong.join('、')} 年与报告年度不符，应为 ${expected} 年`,
          }),
        );
      }
    }
    const date = ctx.project.meta.publishDate;
    if (date && date <= `${year}-12-31`) {
      out.push(
        finding(ctx, {
          rule: 'N-YEAR',
          severity: 'error',
          cells: [],
          extra: `publishDate:${date}`,
          message: `发布日期 ${formatDate(date)} 不在报告年度（${year} 年）结束之后：年度报告应在 ${year + 1} 年发布，请核对发布日期或报告年度`,
        }),
      );
    }
    return out;
  },
};

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 政府信息公开条例 第四十九条: 部门 by 1月31日, 县级以上地方人民政府 by 3月31日 of the next year. */
export const DEADLINES: Partial<Readonly<Record<IssuerLevel, { month: number; day: number }>>> = {
  department: { month: 1, day: 31 },
  government: { month: 3, day: 31 },
};

/**
 * The 发布日期 is part of the filed report: it is printed in the 落款 under the issuer's name,
 * and N-DEADLINE can only judge a report that has one. A draft may still go out without it.
 */
export const N_PUBDATE: Rule = {
  id: 'N-PUBDATE',
  name: '发布日期未填写',
  severity: 'error',
  title: '正式报告的落款须写明发布日期（草稿可以不填）',
  check(ctx) {
    if (ctx.project.meta.publishDate) return [];
    return [
      finding(ctx, {
        rule: 'N-PUBDATE',
        severity: 'error',
        cells: [],
        extra: 'publishDate',
        message: '基本信息 · 发布日期尚未填写：正式报告的落款须写明发布机关和发布日期（如“2026年1月20日”），并据此核对法定发布期限',
      }),
    ];
  },
};

export const N_DEADLINE: Rule = {
  id: 'N-DEADLINE',
  name: '发布晚于法定期限',
  severity: 'warning',
  title: '发布日期晚于法定期限（部门 1 月 31 日，县级以上人民政府 3 月 31 日）',
  check(ctx) {
    const { publishDate, year, issuerLevel } = ctx.project.meta;
    const d = DEADLINES[issuerLevel];
    if (!publishDate || !d) return [];
    const deadline = `${year + 1}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    if (publishDate <= deadline) return [];
    return [
      finding(ctx, {
        rule: 'N-DEADLINE',
        severity: 'warning',
        cells: [],
        extra: `${publishDate}`,
        message: `发布日期 ${formatDate(publishDate)} 晚于法定期限 ${formatDate(deadline)}（《中华人民共和国政府信息公开条例》第四十九条，${ISSUER_LEVEL_LABELS[issuerLevel]}），属于逾期发布`,
      }),
    ];
  },
};

const OTHER: TextPlace = SECTION_PLACES.other;

/** Section 六 states the 信息处理费 position, even when nothing was charged. */
export const N_FEE_ZERO: Rule = {
  id: 'N-FEE-ZERO',
  name: '未说明信息处理费',
  severity: 'warning',
  title: '第六部分须说明信息处理费收取情况（即使为零）',
  check(ctx) {
    // Judged from the clerk's own words: the template's 【信息处理费收取情况…】 says nothing.
    if (sectionParts(ctx.project, 'other')[0]!.done) return [];
    return [
      finding(ctx, {
        rule: 'N-FEE-ZERO',
        severity: 'warning',
        section: 'other',
        cells: [],
        message: `“${OTHER.name}”没有说明信息处理费收取情况：即使未收取也应写明，例如“${FEE_NIL_STATEMENT}”`,
      }),
    ];
  },
};

const FORMAT_TITLE = FORMAT_CITATION.slice(1, FORMAT_CITATION.indexOf('》'));
const FORMAT_NUMBER = FORMAT_CITATION.slice(FORMAT_CITATION.indexOf('（') + 1, -1);
const CITED_TITLE = /[《〈]([^《》〈〉]{0,40}年度报告格式(?:（试行）)?)[》〉]/g;
const CITED_NUMBER = /国办公开办函\s*[〔［[(（【]?\s*2021\s*[〕］\])）】]?\s*(?:年\s*)?(?:第\s*)?30\s*号/g;

const citeProblems = memoByText((raw: string) => {
  const out: string[] = [];
  for (const m of raw.matchAll(CITED_TITLE)) if (m[1] !== FORMAT_TITLE) out.push(m[0]);
  for (const m of asciiDigits(raw).matchAll(CITED_NUMBER)) if (m[0] !== FORMAT_NUMBER) out.push(m[0]);
  return out;
});

/** The format document is quoted exactly (E-CITE). */
export const N_FORMAT_CITE: Rule = {
  id: 'N-FORMAT-CITE',
  name: '格式文号引用有误',
  severity: 'warning',
  title: `引用年度报告格式时须准确写作 ${FORMAT_CITATION}`,
  check(ctx) {
    const out: Finding[] = [];
    for (const place of ALL_PLACES) {
      for (const bad of citeProblems(place.read(ctx.project))) {
        out.push(
          finding(ctx, {
            rule: 'N-FORMAT-CITE',
            severity: 'warning',
            ...(place.section ? { section: place.section } : {}),
            cells: [],
            extra: `${place.name}:${bad}`,
            message: `${place.name}引用格式文件写作“${bad}”，应为《${FORMAT_TITLE}》（${FORMAT_NUMBER}）`,
          }),
        );
      }
    }
    return out;
  },
};

const placeholders = memoByText((text: string) => [...new Set(text.match(PLACEHOLDER) ?? [])]);

/** Template placeholders left in the text would be published as they are. */
export const N_PLACEHOLDER: Rule = {
  id: 'N-PLACEHOLDER',
  name: '模板占位符未替换',
  severity: 'error',
  title: '发布机关未填写，或前言、正文、联系方式中仍有模板占位符【…】未替换',
  check(ctx) {
    const out: Finding[] = [];
    const { issuer, contact: c } = ctx.project.meta;
    if (!issuer.trim()) {
      out.push(finding(ctx, { rule: 'N-PLACEHOLDER', severity: 'error', cells: [], extra: 'issuer', message: '基本信息 · 发布机关尚未填写：报告标题由发布机关和报告年度组成' }));
    }
    const contact = [issuer, ...Object.values(c)].join('\n');
    const places: [TextPlace | undefined, string][] = [...ALL_PLACES.map((p) => [p, p.read(ctx.project)] as [TextPlace, string]), [undefined, contact]];
    for (const [place, text] of places) {
      const found = placeholders(text);
      if (!found.length) continue;
      const name = place?.name ?? '基本信息（发布机关、联系方式）';
      out.push(
        finding(ctx, {
          rule: 'N-PLACEHOLDER',
          severity: 'error',
          ...(place?.section ? { section: place.section } : {}),
          cells: [],
          extra: `${name}:${found.join('')}`,
          message: `${name}中仍有模板占位符 ${found.join('')}，请替换为实际内容`,
        }),
      );
    }
    return out;
  },
};

export const NARRATIVE_RULES: readonly Rule[] = [N_SECTIONS, N_YEAR, N_PUBDATE, N_DEADLINE, N_FEE_ZERO, N_FORMAT_CITE, N_PLACEHOLDER];
