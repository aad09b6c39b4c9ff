// N-NUMBERS: figures the prose states for table totals must equal those totals (spec §3;
// 内容不准确 is a named fault in 国办公开办函〔2021〕30号).
import { cellKey, TABLE_SHORT_NAMES, describeCell } from '../../layout/cells';
import { T3_RESULT_GROUPS, T3_ROWS, T4_GROUPS, T4_REVIEW_HEADING, T4_SUIT_HEADING } from '../../layout/tables';
import { finding, fmt, type Rule, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { SECTION_PLACES, asciiDigits, memoByText, quote } from './text';

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

/** Words that may sit between the phrase and its number: "共处理依申请公开 59 件", "收到申请共计59件". */
const FILL = '[共计合为了有：:，,\\s]{0,5}';
const NUM = '(\\d+)\\s*[件起个条宗]';
const re = (phrase: string) => new RegExp(`${phrase}${FILL}${NUM}`, 'g');

/**
 * Phrases and the totals they may refer to. A stated figure passes when it equals any of
 * them ("共处理" is read as new requests or as requests decided, as reports use both).
 */
export const NUMBER_PHRASES: readonly { readonly pattern: RegExp; readonly targets: readonly Target[] }[] = [
  { pattern: re('共?(?:处理|办理)了?(?:政府信息公开|依申请公开)(?:申请)?(?:事项)?'), targets: [t3Total('received'), t3Total('resultTotal'), RECEIVED_AND_CARRIED] },
  { pattern: re('共?(?:收到|新收|受理|接收|接到)了?(?:各类)?(?:政府信息公开|依申请公开|信息公开)(?:申请)?'), targets: [t3Total('received'), RECEIVED_AND_CARRIED] },
  { pattern: re('上一?年度?结转(?:的)?(?:政府信息公开)?(?:申请)?'), targets: [t3Total('carriedOver')] },
  { pattern: re('予以公开'), targets: [t3Total('granted')] },
  { pattern: re('部分公开'), targets: [t3Total('partlyGranted')] },
  { pattern: re('不予公开'), targets: [t3Group(groupLabel('（三）'))] },
  { pattern: re('无法提供'), targets: [t3Group(groupLabel('（四）'))] },
  { pattern: re('不予处理'), targets: [t3Group(groupLabel('（五）'))] },
  { pattern: re('其他(?:方式)?处理'), targets: [t3Group(groupLabel('（六）'))] },
  { pattern: re('结转(?:至|到)?下一?年度?(?:继续办理)?'), targets: [t3Total('carriedForward')] },
  { pattern: re(`${T4_REVIEW_HEADING}(?:案件)?`), targets: [t4Total('review')] },
  { pattern: re(`${T4_SUIT_HEADING}(?:案件)?`), targets: [SUITS] },
];

interface Mention {
  readonly phrase: number;
  readonly value: number;
  readonly quote: string;
}

const mentions = memoByText((raw: string): Mention[] => {
  const text = asciiDigits(raw);
  const out: Mention[] = [];
  NUMBER_PHRASES.forEach((p, phrase) => {
    for (const m of text.matchAll(p.pattern)) out.push({ phrase, value: Number(m[1]), quote: quote(m[0]) });
  });
  return out;
});

/** The prose of 一, 五 and 六 (spec: "narrative sections 一, 五 and 六"). */
const PLACES = [SECTION_PLACES.overview, SECTION_PLACES.problems, SECTION_PLACES.other];

const targetValue = (ctx: RuleContext, t: Target) => ctx.sum(t.keys);

export const N_NUMBERS: Rule = {
  id: 'N-NUMBERS',
  name: '正文数字与表格不符',
  severity: 'warning',
  title: `第一、五、六部分中与表格总数对应的数字（如“共收到政府信息公开申请X件”“${T4_REVIEW_HEADING}X起”）须与表格一致`,
  check(ctx) {
    const out: Finding[] = [];
    for (const place of PLACES) {
      for (const m of mentions(place.read(ctx.project))) {
        const targets = NUMBER_PHRASES[m.phrase]!.targets;
        if (targets.some((t) => targetValue(ctx, t) === m.value)) continue;
        const first = targets[0]!;
        const rhs = targetValue(ctx, first);
        const stated = targets.map((t) => `${t.name}为 ${fmt(targetValue(ctx, t))}`).join('，');
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
            message: `${place.name}写“${m.quote}”，但${stated}，相差 ${fmt(Math.abs(m.value - rhs))}`,
          }),
        );
      }
    }
    return out;
  },
};
