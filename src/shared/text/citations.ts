// 文号 and dates as content systems break them. A web editor that drops "unknown" characters
// turns 国办公开办函〔2021〕30号 into 国办公开办函〔202130号 and 2025年1月1日 into 202511日; a
// copy from Word through a half-width filter gives [2021]30号. GB/T 9704 §7.2.4 writes a 文号's
// year in 六角括号〔〕 with no 第 before the number, and a date in full with 年月日.
// Pure: the published-copy check (发布核对) and the prose rule N-TEXT both use it. Each problem
// carries the text as written and, when only one reading is possible, the correct form.

import { asciiDigits } from '../values/digits';

export type CitationKind = 'docNumber' | 'date';

export interface CitationProblem {
  readonly kind: CitationKind;
  /** The text as written. */
  readonly quote: string;
  /** Offset of the quote in the text. */
  readonly index: number;
  /** The correct form, when it can be derived without guessing (undefined otherwise). */
  readonly correct?: string;
  /** A date's possible readings when there are several (2025112日: 1月12日 or 11月2日). */
  readonly readings?: readonly string[];
  /** What is wrong, in Chinese, for messages: 「文号的年份括号缺失」. */
  readonly problem: string;
}

const YEAR = String.raw`(?:19|20)\d{2}`;
/** A 文号's issuer code: 国办公开办函, 鲁政办发, 临政办字 — Chinese characters right before the year. */
const CODE = String.raw`[\u4e00-\u9fff]{1,12}`;
const OPENERS = '〔［\\[(（【{｛';
const CLOSERS = '〕］\\])）】}｝';

/** Words that lead into a citation but are not part of the issuer code. */
const LEAD_IN = /^.*(?:根据|依据|依照|按照|参照|对照|执行|落实|贯彻|印发|转发|下发|详见|及|和|与|的|了)/;

/** The issuer code ending at `end`, without the words that lead into it. */
function codeBefore(text: string, end: number): string {
  const m = new RegExp(`${CODE}$`).exec(text.slice(Math.max(0, end - 12), end));
  if (!m) return '';
  return m[0].replace(LEAD_IN, '');
}

interface Hit {
  index: number;
  end: number;
  code: string;
  year: string;
  number: string;
  problem: string;
}

/** Every 文号 pattern below ends in digits and 号: text without that cannot hold one (most prose). */
const MAY_HOLD_DOC_NUMBER = /\d\s*号/;
/** Every date pattern below ends in a digit, 月 or spaces, then 日. */
const MAY_HOLD_DATE = /\d(?:[ \u3000]*|月)日/;

function docNumberHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // The patterns start with a class of Chinese characters, so the engine tries them at every
  // character of the text: the cheap test first (validation runs on every keystroke and on
  // every report of a roll-up).
  if (!MAY_HOLD_DOC_NUMBER.test(text)) return hits;
  // 1. Bracketed, but with the wrong brackets or a 第: 〔2021〕第30号, [2021]30号, （2021）30号.
  const bracketed = new RegExp(`([${OPENERS}])\\s*(${YEAR})\\s*([${CLOSERS}])\\s*(第?)\\s*(\\d{1,5})\\s*号`, 'g');
  for (const m of text.matchAll(bracketed)) {
    const [, open, year, close, di, number] = m;
    const rightBrackets = open === '〔' && close === '〕';
    if (rightBrackets && !di) continue;
    const code = codeBefore(text, m.index);
    const problem = !rightBrackets ? `文号的年份应使用六角括号〔〕，写作“${open}${close}”` : '文号的序号前不加“第”';
    hits.push({ index: m.index - code.length, end: m.index + m[0].length, code, year: year!, number: number!, problem });
  }
  // 2. One bracket lost: 〔202130号 (the closing one, so year and number run together) or 2021〕30号.
  const openOnly = new RegExp(`([${OPENERS}])\\s*(${YEAR})(\\d{1,5})\\s*号`, 'g');
  for (const m of text.matchAll(openOnly)) {
    const code = codeBefore(text, m.index);
    hits.push({ index: m.index - code.length, end: m.index + m[0].length, code, year: m[2]!, number: m[3]!, problem: '文号的年份括号不完整（缺少后括号“〕”）' });
  }
  const closeOnly = new RegExp(`(${CODE})(${YEAR})\\s*([${CLOSERS}])\\s*(\\d{1,5})\\s*号`, 'g');
  for (const m of text.matchAll(closeOnly)) {
    const code = m[1]!.replace(LEAD_IN, '');
    const index = m.index + m[1]!.length - code.length;
    hits.push({ index, end: m.index + m[0].length, code, year: m[2]!, number: m[4]!, problem: '文号的年份括号不完整（缺少前括号“〔”）' });
  }
  // 3. Both brackets lost: 国办公开办函202130号. Only after a code ending the way issuer codes
  // end (…发, …函, …字, …令, …规 for 规范性文件, 沪府 and 浙政 for a government's own), so that "共受理202130号" style text is not taken for one.
  const bare = new RegExp(`(${CODE}(?:发|函|字|令|办|电|复|通|规|府|政))(${YEAR})\\s*(\\d{1,5})\\s*号`, 'g');
  for (const m of text.matchAll(bare)) {
    const code = m[1]!.replace(LEAD_IN, '');
    const index = m.index + m[1]!.length - code.length;
    hits.push({ index, end: m.index + m[0].length, code, year: m[2]!, number: m[3]!, problem: '文号的年份括号缺失' });
  }
  return hits;
}

/**
 * Year, month, day splits of a run of digits that make a real date. Chinese dates carry no
 * leading zeros, so a split giving 01 is used only when no other split is a date: 2025101日 is
 * 10月1日, but 20250101日 (from 2025年01月01日) is still 1月1日.
 */
function dateReadings(digits: string, marks: { yearEnd?: number; monthEnd?: number }): [number, number, number][] {
  const plain: [number, number, number][] = [];
  const padded: [number, number, number][] = [];
  const y = Number(digits.slice(0, 4));
  if (!/^(?:19|20)\d{2}$/.test(digits.slice(0, 4))) return plain;
  const rest = digits.slice(4);
  for (let ml = 1; ml <= 2; ml++) {
    const dl = rest.length - ml;
    if (dl < 1 || dl > 2) continue;
    if (marks.monthEnd !== undefined && marks.monthEnd !== 4 + ml) continue;
    const m = Number(rest.slice(0, ml));
    const d = Number(rest.slice(ml));
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) continue;
    (rest[0] === '0' || rest[ml] === '0' ? padded : plain).push([y, m, d]);
  }
  return plain.length ? plain : padded;
}

function dateProblems(text: string): CitationProblem[] {
  const out: CitationProblem[] = [];
  if (!MAY_HOLD_DATE.test(text)) return out;
  // A run of digits with some of 年/月 missing, closed by 日: 202511日, 20251月1日, 2025年11日.
  const run = /(?<![\d年月])(\d{4})(年?)(\d{1,2})(月?)(\d{1,2})日/g;
  const loose = /(?<![\d年月])(\d{4})(年?)(\d{2,4})(月?)日/g;
  const seen = new Set<number>();
  // Figures spaced apart where 年 and 月 were dropped: 2025  1  1  日 (a table cell's spacing kept).
  const spaced = /(?<!\d)((?:19|20)\d{2})[ \u3000]+(\d{1,2})[ \u3000]+(\d{1,2})[ \u3000]*日/g;
  for (const m of text.matchAll(spaced)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) continue;
    seen.add(m.index);
    out.push({ kind: 'date', quote: m[0], index: m.index, correct: `${y}年${mo}月${d}日`, problem: '日期缺少“年”和“月”字' });
  }
  for (const re of [run, loose]) {
    for (const m of text.matchAll(re)) {
      if (seen.has(m.index)) continue;
      const quote = m[0];
      if (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(quote)) continue;
      const digits = quote.replace(/\D/g, '');
      if (digits.length < 6 || digits.length > 8) continue;
      const yearEnd = quote.indexOf('年');
      const monthAt = quote.indexOf('月');
      // Digits before 月 (年 removed) give the month's end.
      const monthEnd = monthAt >= 0 ? quote.slice(0, monthAt).replace(/\D/g, '').length : undefined;
      if (yearEnd >= 0 && yearEnd !== 4) continue;
      const readings = dateReadings(digits, { ...(monthEnd !== undefined ? { monthEnd } : {}) });
      if (readings.length === 0) continue;
      seen.add(m.index);
      const missing = [yearEnd < 0 ? '“年”' : '', monthAt < 0 ? '“月”' : ''].filter(Boolean).join('和');
      const [only] = readings;
      out.push({
        kind: 'date',
        quote,
        index: m.index,
        ...(readings.length === 1
          ? { correct: `${only![0]}年${only![1]}月${only![2]}日` }
          : { readings: readings.map(([y, mo, d]) => `${y}年${mo}月${d}日`) }),
        problem: `日期缺少${missing}字${readings.length > 1 ? `，可读作${readings.map(([y, mo, d]) => `${y}年${mo}月${d}日`).join('或')}` : ''}`,
      });
    }
  }
  return out;
}

/**
 * Broken 文号 and dates in a text, in reading order. Full-width digits count as digits; the
 * quote is the text as written.
 */
export function findBrokenCitations(text: string): CitationProblem[] {
  // asciiDigits keeps every offset (one character for one), so quotes come from the original.
  const t = asciiDigits(text);
  const out: CitationProblem[] = [];
  const taken: [number, number][] = [];
  for (const h of docNumberHits(t).sort((a, b) => a.index - b.index || b.end - a.end)) {
    if (taken.some(([s, e]) => h.index < e && h.end > s)) continue;
    taken.push([h.index, h.end]);
    out.push({
      kind: 'docNumber',
      quote: text.slice(h.index, h.end),
      index: h.index,
      correct: `${h.code}〔${h.year}〕${Number(h.number)}号`,
      problem: h.problem,
    });
  }
  for (const d of dateProblems(t)) {
    if (taken.some(([s, e]) => d.index < e && d.index + d.quote.length > s)) continue;
    out.push({ ...d, quote: text.slice(d.index, d.index + d.quote.length) });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** One problem in words: 「“国办公开办函〔202130号”：文号的年份括号不完整，应为“国办公开办函〔2021〕30号”」. */
export function describeCitation(p: CitationProblem): string {
  return `“${p.quote}”：${p.problem}${p.correct ? `，应为“${p.correct}”` : ''}`;
}
