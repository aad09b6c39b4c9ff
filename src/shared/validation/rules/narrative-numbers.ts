// N-NUMBERS: figures the prose states for table totals must equal those totals (spec §3;
// 内容不准确 is a named fault in 国办公开办函〔2021〕30号). Reviewers also compare the 表二
// figures 一、总体情况 restates, 复议/诉讼 X 起 and the 行政事业性收费 amount.
import { cellKey, TABLE_SHORT_NAMES, describeCell } from '../../layout/cells';
import { T2_BLOCKS, T3_RESULT_GROUPS, T3_ROWS, T4_GROUPS, T4_REVIEW_HEADING, T4_SUIT_HEADING } from '../../layout/tables';
import { finding, fmt, type Rule, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { SECTION_PLACES, asciiDigits, memoByText, quote, quoteSentence, sentencesOf } from './text';

/** A table figure a sentence may state: one cell, or the sum of several. */
interface Target {
  readonly keys: readonly string[];
  /** Name in messages (from the layout). */
  readonly name: string;
}

const t3Total = (row: string): Target => ({ keys: [cellKey('t3', row, 'total')], name: describeCell(cellKey('t3', row, 'total')) });
const t3Group = (label: string): Target => {
  const g = T3_RESULT_GROUPS.find((x) => x.label === label)!;
  return { keys: g.rows.map((r) => cellKey('t3', r, 'total')), name: `${TABLE_SHORT_NAMES.t3} ${g.label}各项总计之和` };
};
const groupLabel = (ref: string) => T3_RESULT_GROUPS.find((g) => g.ref === ref)!.label;
const t4Total = (group: string): Target => ({ keys: [cellKey('t4', group, 'total')], name: describeCell(cellKey('t4', group, 'total')) });
const suits = T4_GROUPS.filter((g) => g.key !== 'review');
const SUITS: Target = {
  keys: suits.map((g) => cellKey('t4', g.key, 'total')),
  name: `${TABLE_SHORT_NAMES.t4} ${suits.map((g) => `${g.fullLabel}总计`).join(' + ')}`,
};
const RECEIVED_AND_CARRIED: Target = {
  keys: ['t3.received.total', 't3.carriedOver.total'],
  name: `${TABLE_SHORT_NAMES.t3} ${T3_ROWS[0]!.label.slice(0, 1)} + ${T3_ROWS[1]!.label.slice(0, 1)}（总计列）`,
};
/** A 表二 cell, checked to exist in the layout so a renamed key fails at load, not silently. */
const t2 = (row: string, col: string): Target => {
  const block = T2_BLOCKS.find((b) => b.rows.some((r) => r.key === row) && b.columns.some((c) => c.key === col));
  if (!block) throw new Error(`no 表二 cell ${row}.${col}`);
  return { keys: [cellKey('t2', row, col)], name: describeCell(cellKey('t2', row, col)) };
};
/** 表二 row labels by row key, for the phrases that restate them. */
const T2_LABEL: Readonly<Record<string, string>> = Object.fromEntries(T2_BLOCKS.flatMap((b) => b.rows.map((r) => [r.key, r.label])));
/** Reports write the 行政规范性文件 row as 规范性文件 too. */
const NORMATIVE_CORE = T2_LABEL.normativeDocuments!.replace(/^行政/, '');
const NORMATIVE = `(?:行政)?${NORMATIVE_CORE}`;

/** Words that may sit between the phrase and its number: "共处理依申请公开 59 件", "收到申请共计59件". */
const FILL = '[共计合为了有：:，,\\s]{0,5}';
const NUM = '(\\d+)\\s*[件起个条宗]';
const re = (phrase: string, num = NUM) => new RegExp(`${phrase}${FILL}${num}`, 'g');

/** Sentences about other business that also counts in 件 (人大建议, 信访, 热线 …). */
const OTHER_BUSINESS = /建议|提案|信访|投诉|举报|热线|咨询|留言|诉求|12345|信箱/;

interface Phrase {
  readonly pattern: RegExp;
  /**
   * Words every match of the pattern contains (one of them): a sentence without any is skipped
   * before the pattern runs (most sentences state figures of other things). Checked by the
   * prose pre-filter properties (validation-prefilters.test.ts).
   */
  readonly anyOf: readonly string[];
  readonly targets: readonly Target[];
  /** The sentence must speak of this (a bare "办结 3 件" is about requests only in such a sentence). */
  readonly context?: RegExp;
  readonly unless?: RegExp;
  /** The figure is an amount of money: 万元 as the table, or 元 converted. */
  readonly money?: boolean;
}

/**
 * Phrases and the totals they may refer to. A stated figure passes when it equals any of
 * them ("共处理" is read as new requests or as requests decided, as reports use both).
 */
export const NUMBER_PHRASES: readonly Phrase[] = [
  { anyOf: ['政府信息公开', '依申请公开'], pattern: re('共?(?:处理|办理)了?(?:政府信息公开|依申请公开)(?:申请)?(?:事项)?'), targets: [t3Total('received'), t3Total('resultTotal'), RECEIVED_AND_CARRIED] },
  { anyOf: ['信息公开', '依申请公开'], pattern: re('共?(?:收到|新收|受理|接收|接到)了?(?:各类)?(?:政府信息公开|依申请公开|信息公开)(?:申请)?'), targets: [t3Total('received'), RECEIVED_AND_CARRIED] },
  { anyOf: ['结转'], pattern: re('上一?年度?结转(?:的)?(?:政府信息公开)?(?:申请)?'), targets: [t3Total('carriedOver')] },
  { anyOf: ['予以公开'], pattern: re('予以公开'), targets: [t3Total('granted')] },
  { anyOf: ['部分公开'], pattern: re('部分公开'), targets: [t3Total('partlyGranted')] },
  { anyOf: ['不予公开'], pattern: re('不予公开'), targets: [t3Group(groupLabel('（三）'))] },
  { anyOf: ['无法提供'], pattern: re('无法提供'), targets: [t3Group(groupLabel('（四）'))] },
  { anyOf: ['不予处理'], pattern: re('不予处理'), targets: [t3Group(groupLabel('（五）'))] },
  { anyOf: ['其他'], pattern: re('其他(?:方式)?处理'), targets: [t3Group(groupLabel('（六）'))] },
  { anyOf: ['结转'], pattern: re('结转(?:至|到)?下一?年度?(?:继续办理)?'), targets: [t3Total('carriedForward')] },
  // 答复/办结 X 件 in a sentence about requests: the requests decided, （七）总计.
  {
    pattern: re('(?:已|均|按时|按期|依法|全部)?(?:办结|答复|回复|办理完毕)(?:了)?(?:政府信息公开|依申请公开)?(?:申请)?'),
    anyOf: ['办结', '答复', '回复', '办理完毕'],
    targets: [t3Total('resultTotal')],
    context: /申请/,
    unless: OTHER_BUSINESS,
  },
  // "被申请行政复议 1 起", "复议案件 1 起", "提起行政诉讼 2 起".
  { anyOf: [T4_REVIEW_HEADING.slice(-2)], pattern: re(`(?:被申请|收到|发生|涉及|提起)?(?:${T4_REVIEW_HEADING}|${T4_REVIEW_HEADING.slice(-2)})(?:申请)?(?:案件)?`), targets: [t4Total('review')] },
  { anyOf: [T4_SUIT_HEADING], pattern: re(`(?:被提起|被起诉|发生|涉及|提起)?${T4_SUIT_HEADING}(?:案件)?`), targets: [SUITS] },
  // 表二 figures restated in 一.
  { anyOf: [NORMATIVE_CORE], pattern: re(`(?:制发|印发|出台|制定|发布)了?${NORMATIVE}`, '(\\d+)\\s*[件个]'), targets: [t2('normativeDocuments', 'issued')] },
  { anyOf: ['现行有效'], pattern: re(`现行有效(?:的)?${NORMATIVE}`, '(\\d+)\\s*[件个]'), targets: [t2('normativeDocuments', 'inForce')] },
  { anyOf: [T2_LABEL.regulations!], pattern: re(`(?:制发|出台|制定)了?${T2_LABEL.regulations}`, '(\\d+)\\s*[件个部]'), targets: [t2('regulations', 'issued')] },
  {
    pattern: re(`(?:作出|办理|办结|受理)?${T2_LABEL.licensing}(?:决定)?(?:事项)?(?:审批)?`, '(\\d+)\\s*件'),
    anyOf: [T2_LABEL.licensing!],
    targets: [t2('licensing', 'decisions')],
    unless: new RegExp(`事项清单|公开${T2_LABEL.licensing}信息`),
  },
  { anyOf: [T2_LABEL.penalties!], pattern: re(`(?:作出|办理|实施|办结)?${T2_LABEL.penalties}(?:决定)?(?:案件)?`, '(\\d+)\\s*件'), targets: [t2('penalties', 'decisions')] },
  { anyOf: [T2_LABEL.coercion!], pattern: re(`(?:作出|实施)?${T2_LABEL.coercion}(?:措施)?(?:决定)?`, '(\\d+)\\s*件'), targets: [t2('coercion', 'decisions')] },
  // 行政事业性收费 amounts, written in 万元 (as the table) or 元.
  { anyOf: [T2_LABEL.fees!], pattern: re(`${T2_LABEL.fees}(?:金额|总额|收入)?`, '(\\d+(?:\\.\\d+)?)\\s*(万元|元)'), targets: [t2('fees', 'amount')], money: true },
];

interface Mention {
  readonly phrase: number;
  /** The figure in the table's unit (万元 for money). */
  readonly value: number;
  /** The figure as written, unit included. */
  readonly written: string;
  readonly quote: string;
  readonly sentence: string;
  readonly paragraph: number;
}

/**
 * Every phrase ends in a figure and its unit (NUM, or the money and 表二 variants): a sentence
 * with no digit before one of those units cannot state a figure, and most sentences are such.
 */
export const FIGURE = /\d\s*[件起个条宗部元万]/;

const mentions = memoByText((raw: string): Mention[] => {
  const out: Mention[] = [];
  for (const s of sentencesOf(asciiDigits(raw))) {
    if (!FIGURE.test(s.text)) continue;
    NUMBER_PHRASES.forEach((p, phrase) => {
      if (!p.anyOf.some((w) => s.text.includes(w))) return;
      p.pattern.lastIndex = 0;
      for (const m of s.text.matchAll(p.pattern)) {
        if ((p.context && !p.context.test(s.text)) || p.unless?.test(s.text)) continue;
        const n = Number(m[1]);
        const value = p.money && m[2] === '元' ? n / 10000 : n;
        out.push({
          phrase,
          value,
          written: p.money ? `${m[1]} ${m[2]}` : m[1]!,
          quote: quote(m[0]),
          sentence: quoteSentence(s.text, m.index ?? 0),
          paragraph: s.paragraph,
        });
      }
    });
  }
  return out;
});

/**
 * The prose of 一, 五 and 六 (spec: "narrative sections 一, 五 and 六"), and the notes under the
 * tables of 二, 三 and 四: 生成段落 writes the tables' figures there, and a note that restates a
 * table is wrong in public the same way once a figure changes.
 */
const PLACES = [SECTION_PLACES.overview, SECTION_PLACES.proactive, SECTION_PLACES.requests, SECTION_PLACES.litigation, SECTION_PLACES.problems, SECTION_PLACES.other];

const targetValue = (ctx: RuleContext, t: Target) => ctx.sum(t.keys);
/** Money written in 元 matches the 万元 figure to the 元; counts match exactly. */
const same = (a: number, b: number) => Math.abs(a - b) < 0.00005;

export const N_NUMBERS: Rule = {
  id: 'N-NUMBERS',
  name: '正文数字与表格不符',
  severity: 'warning',
  title: `正文（第一、五、六部分及第二至四部分的表后说明）中与表格对应的数字（如“共收到政府信息公开申请X件”“办结X件”“${T4_REVIEW_HEADING}X起”“制发${T2_LABEL.normativeDocuments}X件”“${T2_LABEL.penalties}X件”“${T2_LABEL.fees}X万元”）须与表格一致`,
  check(ctx) {
    const out: Finding[] = [];
    for (const place of PLACES) {
      for (const m of mentions(place.read(ctx.project))) {
        const phrase = NUMBER_PHRASES[m.phrase]!;
        // A table left blank (a copy cut off before it) cannot contradict the prose: G-BLANK says so.
        const targets = phrase.targets.filter((t) => t.keys.some((k) => ctx.value(k) !== null));
        // Still read (ctx.sum) when all are blank: cells an import could not read then make the
        // figure unverifiable rather than silently passed.
        if (!targets.length) {
          for (const t of phrase.targets) targetValue(ctx, t);
          continue;
        }
        if (targets.some((t) => same(targetValue(ctx, t), m.value))) continue;
        const first = targets[0]!;
        const rhs = targetValue(ctx, first);
        const unit = phrase.money ? ' 万元' : '';
        const stated = targets.map((t) => `${t.name}为 ${fmt(targetValue(ctx, t))}${unit}`).join('，');
        const sentence = m.sentence === m.quote ? '' : `“${m.sentence}”中`;
        out.push(
          finding(ctx, {
            rule: 'N-NUMBERS',
            severity: 'warning',
            section: place.section!,
            cells: targets.flatMap((t) => t.keys),
            extra: `${place.name}:${m.quote}`,
            lhs: m.value,
            rhs,
            difference: m.value - rhs,
            message: `${place.name}第 ${m.paragraph} 段${sentence}写“${m.quote}”${phrase.money && !m.written.endsWith('万元') ? `（即 ${fmt(m.value)} 万元）` : ''}，但${stated}，相差 ${fmt(Math.abs(m.value - rhs))}${unit}`,
          }),
        );
      }
    }
    return out;
  },
};
