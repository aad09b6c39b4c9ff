// The rules of a local requirement profile (本地要求, ids L-…): they say nothing without one.
// The profile names the locality's limits and wordings; the messages quote its name so the
// clerk knows the requirement is local, not national.
import { SECTION_BY_ID } from '../../layout/sections';
import type { RequiredElement } from '../../model/profile';
import { ISSUER_LEVEL_LABELS } from '../../model/issuer-level';
import { finding, type Rule } from '../context';
import type { Finding } from '../finding';
import { memoByText, withoutPlaceholders } from './text';

/** Characters as a length limit counts them: whitespace not counted. */
const charCount = memoByText((text: string) => withoutPlaceholders(text).replace(/\s+/g, '').length);

const missing = (text: string, items: readonly RequiredElement[]) => {
  const t = withoutPlaceholders(text);
  return items.filter((e) => !e.phrasings.some((p) => t.includes(p)));
};

export const L_LENGTH: Rule = {
  id: 'L-LENGTH',
  name: '篇幅超过本地要求',
  severity: 'warning',
  title: '本地要求：某部分字数超过本地要求的上限（如“总体情况原则上不超过一千字”）',
  check(ctx) {
    const p = ctx.profile;
    if (!p?.sections) return [];
    const out: Finding[] = [];
    for (const [id, req] of Object.entries(p.sections) as [keyof typeof SECTION_BY_ID, { maxChars?: number } | undefined][]) {
      if (!req?.maxChars) continue;
      const n = charCount(ctx.project.sections[id]);
      if (n <= req.maxChars) continue;
      out.push(
        finding(ctx, {
          rule: 'L-LENGTH',
          severity: 'warning',
          section: id,
          cells: [],
          extra: `${id}:${n}`,
          lhs: n,
          rhs: req.maxChars,
          difference: n - req.maxChars,
          message: `${SECTION_BY_ID[id].heading}共 ${n} 字，超过本地要求“${p.name}”规定的 ${req.maxChars} 字（多 ${n - req.maxChars} 字）`,
        }),
      );
    }
    return out;
  },
};

export const L_REQUIRED: Rule = {
  id: 'L-REQUIRED',
  name: '缺少本地要求的内容',
  severity: 'warning',
  title: '本地要求：某部分缺少本地要求必须写明的内容（列出的任一表述都没有出现）',
  check(ctx) {
    const p = ctx.profile;
    if (!p?.sections) return [];
    const out: Finding[] = [];
    for (const [id, req] of Object.entries(p.sections) as [keyof typeof SECTION_BY_ID, { required?: RequiredElement[] } | undefined][]) {
      if (!req?.required?.length) continue;
      for (const e of missing(ctx.project.sections[id], req.required)) {
        out.push(
          finding(ctx, {
            rule: 'L-REQUIRED',
            severity: 'warning',
            section: id,
            cells: [],
            extra: `${id}:${e.title}`,
            message: `${SECTION_BY_ID[id].heading}缺少“${e.title}”（本地要求“${p.name}”）：${e.message}`,
          }),
        );
      }
    }
    return out;
  },
};

export const L_OTHER_ITEMS: Rule = {
  id: 'L-OTHER-ITEMS',
  name: '第六部分缺少事项',
  severity: 'warning',
  title: '本地要求：第六部分缺少本地要求逐项说明的事项（如信息处理费、落实上级政务公开工作要点、人大代表建议和政协提案办理结果公开、创新情况）',
  check(ctx) {
    const p = ctx.profile;
    if (!p?.otherItems?.length) return [];
    return missing(ctx.project.sections.other, p.otherItems).map((e) =>
      finding(ctx, {
        rule: 'L-OTHER-ITEMS',
        severity: 'warning',
        section: 'other',
        cells: [],
        extra: e.title,
        message: `${SECTION_BY_ID.other.heading}没有说明“${e.title}”（本地要求“${p.name}”）：${e.message}`,
      }),
    );
  },
};

export const L_DEADLINE: Rule = {
  id: 'L-DEADLINE',
  name: '晚于本地发布期限',
  severity: 'warning',
  title: '本地要求：发布日期晚于本地规定的期限（各类机关分别规定，含乡镇街道）',
  check(ctx) {
    const p = ctx.profile;
    const { publishDate, year, issuerLevel } = ctx.project.meta;
    const md = p?.deadlines?.[issuerLevel];
    if (!p || !md || !publishDate) return [];
    const deadline = `${year + 1}-${md}`;
    if (publishDate <= deadline) return [];
    const [, m, d] = deadline.split('-').map(Number);
    return [
      finding(ctx, {
        rule: 'L-DEADLINE',
        severity: 'warning',
        cells: [],
        extra: `${publishDate}:${deadline}`,
        message: `发布日期 ${publishDate.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')} 晚于本地要求“${p.name}”规定的${ISSUER_LEVEL_LABELS[issuerLevel]}发布期限 ${year + 1}年${m}月${d}日`,
      }),
    ];
  },
};

/**
 * A locality issues its requirements for one report year: checked against last year's profile,
 * a report is judged by rules that may have changed (a new sub-item of 六, another deadline).
 */
export const L_YEAR: Rule = {
  id: 'L-YEAR',
  name: '本地要求年度不符',
  severity: 'warning',
  title: '本地要求：所用本地要求的年度与报告年度不一致（应换用当年的本地要求）',
  check(ctx) {
    const p = ctx.profile;
    const { year } = ctx.project.meta;
    // The national default asks nothing beyond the format: it is the same every year.
    if (!p || p.year === year || !(p.sections || p.otherItems || p.deadlines || p.severity)) return [];
    return [
      finding(ctx, {
        rule: 'L-YEAR',
        severity: 'warning',
        cells: [],
        extra: `${p.year}:${year}`,
        lhs: p.year,
        rhs: year,
        difference: p.year - year,
        message: `本地要求“${p.name}”是 ${p.year} 年度报告的要求，本报告是 ${year} 年度：请换用 ${year} 年度的本地要求（本地要求逐年调整，按其他年度的要求校验可能漏查或误报）`,
      }),
    ];
  },
};

export const PROFILE_RULES: readonly Rule[] = [L_YEAR, L_LENGTH, L_REQUIRED, L_OTHER_ITEMS, L_DEADLINE];
