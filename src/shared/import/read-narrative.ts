// Finding the report's title (issuer, year), its six section headings — also where they
// drift from the standard wording — and the text of each section.
import { SECTIONS, type SectionId } from '../layout/sections';
import { T3_NOTE } from '../layout/tables';
import type { SourceLine } from './document';
import type { ImportLog } from './import-log';
import { parseDate } from '../values/publish-date';
import { bare, fold, publishedSlice } from './normalize';

export interface HeadingHit {
  readonly section: SectionId;
  readonly line: number;
  readonly text: string;
}

const ORDINALS = ['一', '二', '三', '四', '五', '六'];

/** What a drifted heading must still say to be taken for section N (spec §4 E-HEAD). */
export const HEADING_KEYWORDS: Readonly<Record<SectionId, (b: string) => boolean>> = {
  overview: (b) => b.includes('总体情况') || b === '概述',
  proactive: (b) => b.includes('主动公开') && !b.includes('申请'),
  requests: (b) => b.includes('申请') && (b.includes('收到') || b.includes('处理') || b.includes('情况')),
  litigation: (b) => b.includes('复议') || b.includes('诉讼'),
  problems: (b) => b.includes('问题'),
  other: (b) => b.includes('其他') && b.includes('事项'),
};

const HEADING_START = /^([一二三四五六])(?:、|是|\.|,|:)?/;

/** Each section's heading and known variants without their ordinal, folded bare. */
const UNNUMBERED: readonly (readonly string[])[] = SECTIONS.map((def) =>
  [def.heading, ...def.headingVariants].map((h) => bare(fold(h)).replace(/^[一二三四五六]/, '')),
);

/** The line's one non-blank cell, trimmed; null when it has none or several. */
function lineText(line: SourceLine): string | null {
  let text: string | null = null;
  for (const cell of line.cells) {
    const t = cell.trim();
    if (t === '') continue;
    if (text !== null) return null;
    text = t;
  }
  return text;
}

export function findHeadings(lines: readonly SourceLine[], log: ImportLog): HeadingHit[] {
  const hits: HeadingHit[] = [];
  let next = 0;
  lines.forEach((line, i) => {
    const text = lineText(line);
    if (!text || text.length > 50) return;
    const f = fold(text);
    const m = HEADING_START.exec(f);
    if (!m) {
      // Word's automatic numbering keeps 「一、」 out of the text: accept the exact wording.
      const b = bare(f);
      const k = UNNUMBERED.findIndex((forms, idx) => idx >= next && forms.includes(b));
      if (k < 0) return;
      const def = SECTIONS[k]!;
      hits.push({ section: def.id, line: i, text });
      next = k + 1;
      log.info(`识别到第${def.number}部分标题“${text}”（无序号）`, { where: line.where });
      return;
    }
    const k = ORDINALS.indexOf(m[1]!);
    if (k < next) return;
    const def = SECTIONS[k]!;
    const b = bare(f.slice(m[0].length));
    if (b.length > 40 || !HEADING_KEYWORDS[def.id](b)) return;
    hits.push({ section: def.id, line: i, text });
    next = k + 1;
    const official = bare(fold(def.heading)) === bare(f);
    const known = def.headingVariants.map((h) => bare(fold(h))).includes(bare(f));
    if (official) log.info(`识别到第${def.number}部分标题“${text}”`, { where: line.where });
    else if (known) log.info(`识别到第${def.number}部分标题“${text}”（常见写法，标准写法为“${def.heading}”）`, { where: line.where });
    else log.warn(`第${def.number}部分标题“${text}”与标准写法“${def.heading}”不同，按第${def.number}部分读取`, { where: line.where });
  });
  for (const def of SECTIONS) {
    if (!hits.some((h) => h.section === def.id)) log.warn(`未找到第${def.number}部分标题“${def.heading}”`);
  }
  return hits;
}

export interface TitleInfo {
  issuer: string;
  year: number | null;
  /** Index of the last line belonging to the title block (−1 when none). */
  lastLine: number;
}

const CN_DIGITS = '〇一二三四五六七八九';
function yearFrom(s: string): number | null {
  const m = /((?:19|20|21)\d{2}|[〇零一二三四五六七八九]{4})年/.exec(s);
  if (!m) return null;
  const y = m[1]!;
  return /^\d+$/.test(y) ? Number(y) : Number([...y].map((c) => (c === '零' ? 0 : CN_DIGITS.indexOf(c))).join(''));
}

/**
 * A site's menu bar: 「首   页 走进汉台 新闻中心 政府信息公开 政务服务 …」 — many short words, no
 * year and no 报告 (a title spaced out by a PDF copy has both).
 */
function isNavigation(text: string): boolean {
  const words = text.trim().split(/[\s\u3000]+/);
  return words.length >= 4 && words.every((w) => w.length <= 6) && !/\d|报告|報告/.test(text);
}

/** Web-page furniture around a report: dates, view counters, breadcrumbs, flip-book page labels. */
export function isPageChrome(text: string): boolean {
  const t = text.trim();
  // 「草稿：…不得作为正式报告报送或公开」 is the 草稿 notice our own draft exports carry.
  if (/^草稿：.*不得作为正式报告/.test(t)) return true;
  // A sentence that mentions 发布时间 or 字体 (「定期检查新媒体发布时间，确保信息发布时效。」) is
  // the report's own text: furniture is a short line of labels, never a finished sentence.
  if (t.length > 20 && /[。；;]/.test(t)) return false;
  return /发布时间|發布時間|发布日期|^时间[:：]|浏览次数|阅读次数|字号|字体|当前位置|索引号|^来源|^Page\s*\d+|^P\.\s*\d+$|^政府信息公开$/.test(t);
}

// 「…镇政府2022年信息公开工作年度报告」: some titles drop 政府 before 信息公开.
const TITLE = /^(.*?)(?:((?:19|20|21)\d{2}|[〇零一二三四五六七八九]{4})年度?)?(?:本级)?(?:政府)?信息公开(?:工作)?(?:的)?(?:年度)?(?:工作)?报告(?:\(草稿\))?$/;

export function findTitle(lines: readonly SourceLine[], before: number): TitleInfo {
  // Web pages put menus and breadcrumbs first: look a little way down.
  const limit = Math.min(before < 0 ? lines.length : before, 40);
  // A bare 「2022年政府信息公开工作年度报告」 may be followed by the full title
  // (「桃江县松木塘镇人民政府」「2022年政府信息公开工作年度报告」): keep looking a few lines.
  let bare: TitleInfo | null = null;
  for (let i = 0; i < limit && (!bare || i <= bare.lastLine + 3); i++) {
    // A flip-book page label carries the document's title: 「Page 8 - 某某局2022年…报告」.
    const pageLabel = /^Page\s*\d+\s*-\s*(.+)$/.exec(lines[i]!.raw.trim());
    if (isPageChrome(lines[i]!.raw) && !pageLabel) continue;
    // A title is often broken over two or three short lines; page furniture never is part of it.
    for (let n = 1; n <= 3 && i + n <= limit; n++) {
      const parts = lines.slice(i, i + n).map((l, k) => (k === 0 && pageLabel ? pageLabel[1]! : isPageChrome(l.raw) || isNavigation(l.raw) ? null : lineText(l)));
      if (parts.some((p) => p === null || p.length > 60)) break;
      const joined = fold(parts.join(''));
      const m = TITLE.exec(joined);
      if (!m) continue;
      // 「首页 > 政府信息公开 > 某某局2024年…」: the issuer is after the last breadcrumb arrow.
      const head = m[1] ?? '';
      const tail = head.split(/[>＞»›]/).pop()!;
      const start = head.length - tail.length;
      let issuer = publishedSlice(parts.join(''), start, start + tail.replace(/[的_]+$/, '').length);
      if (issuer === '' && i > 0) {
        const prev = lineText(lines[i - 1]!);
        // …unless that line is the same bare title again (pages print it in <title> and the body).
        if (prev && prev.length <= 40 && !/[，。,:：]/.test(prev) && !isPageChrome(prev) && !TITLE.test(fold(prev))) issuer = prev.replace(/\s+/g, '');
      }
      const found = { issuer, year: m[2] ? yearFrom(`${m[2]}年`) : null, lastLine: i + n - 1 };
      if (issuer !== '') return found;
      bare ??= found;
      break;
    }
  }
  return bare ?? { issuer: '', year: null, lastLine: -1 };
}

/**
 * The issuer named in an opening sentence when the copy has no title:
 * 「特向社会公布益阳市大通湖区审计局的2023年政府信息公开工作年度报告」.
 */
export function issuerFromText(lines: readonly SourceLine[], before: number): string {
  const to = before < 0 ? Math.min(lines.length, 40) : before;
  for (let i = 0; i < to; i++) {
    const raw = lines[i]!.raw;
    const named = (m: RegExpExecArray) => {
      const start = m.index + m[0].indexOf(m[1]!);
      return publishedSlice(raw, start, start + m[1]!.length);
    };
    const m = /(?:公布|编制|发布)《?([^，。,；;《》()（）\s]{2,30}?)的?(?:(?:19|20|21)\d{2})年度?政府信息公开(?:工作)?(?:年度)?报告/.exec(fold(raw));
    if (m && !/^(本|我|现将|现)/.test(m[1]!)) return named(m);
    // 「由保康县农业农村局编制」: the body that wrote the report, named as an agency.
    const by = /由([^，。,；;《》()（）\s]{3,30}?(?:局|委员会|委|办公室|办|厅|院|政府|中心|街道办事处|管理处|所))(?:负责)?编制/.exec(fold(raw));
    if (by && !/^(本|我|各|该|局|委|办|科|股)/.test(by[1]!)) return named(by);
  }
  return '';
}

/** 「发布时间：2024-02-07 14:44」 at the top of a web page, as YYYY-MM-DD. */
export function publishDateFrom(lines: readonly SourceLine[], before: number): string | null {
  const to = Math.min(before < 0 ? lines.length : before, 15);
  for (let i = 0; i < to; i++) {
    const m = /(?:发布时间|发布日期|成文日期|^时间)[:：]?\s*((?:19|20|21)\d{2})[-/年.](\d{1,2})[-/月.](\d{1,2})/.exec(fold(lines[i]!.raw));
    if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  }
  return null;
}

/** 「统计期限为2024年1月1日至…」 and its many wordings. */
export function yearFromPeriod(lines: readonly SourceLine[]): number | null {
  for (const line of lines) {
    const f = fold(line.raw);
    const m = /(?:统计|数据).{0,20}?((?:19|20|21)\d{2})年1月1日/.exec(f);
    if (m) return Number(m[1]);
  }
  return null;
}

export function yearFromText(lines: readonly SourceLine[]): number | null {
  for (const line of lines) {
    const y = yearFrom(fold(line.raw));
    if (y) return y;
  }
  return null;
}

const NOTE_CORE = bare(fold(T3_NOTE));

/** Paragraph text of lines [from, to), skipping table lines and page furniture. */
/** A line repeating the report's title (web pages show it in <title> and again in the body). */
export function isTitleLine(text: string, issuer: string): boolean {
  const f = fold(text);
  return TITLE.test(f) || (issuer !== '' && f === fold(issuer));
}

export function sectionText(
  lines: readonly SourceLine[],
  from: number,
  to: number,
  used: ReadonlySet<number>,
  proseOnly: boolean,
  skip: (text: string) => boolean = () => false,
): string {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    if (used.has(i)) continue;
    const line = lines[i]!;
    if (line.structured && proseOnly) continue;
    const text = line.raw.trim();
    if (text === '' || isPageChrome(text) || skip(text)) continue;
    if (proseOnly && (text.length < 20 || !/[，。,；;]/.test(text) || bare(fold(text)) === NOTE_CORE)) continue;
    out.push(text);
  }
  return out.join('\n');
}

const SIGNED_DATE = /^((?:19|20|21)\d{2})年(\d{1,2})月(\d{1,2})日$/;
/** The blanks of an undated draft's 落款 (年\u3000月\u3000日). */
const UNDATED = /^年月日$/;
const AGENCY_END = /(?:局|委员会|委|办公室|办|厅|院|政府|中心|室|处|所|站|街道办事处|署|会|部)$/;

/** Has `text` more than `n` CJK unified ideographs (the range hasWords counts on surviving fold)? */
function moreIdeographsThan(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fef && ++count > n) return true;
  }
  return false;
}

/**
 * The 落款 closing a report (our .docx and web page write one, GB/T 9704 §7.3.5.3): the issuer's
 * name on a line of its own and the date — or a draft's blank 年\u3000月\u3000日 — on the last line.
 * Returns the index of the name's line, so the last section's text stops there, and the date.
 */
export function signatureAt(lines: readonly SourceLine[], issuer: string): { from: number; date: string | null } | null {
  const n = lines.length;
  if (n < 1) return null;
  if (lines[n - 1]!.structured) return null;
  // Most reports end with a paragraph: folding it (NFKC) only to find it is no date is the
  // dearest part of this check, and an ideograph survives folding, so a line with more than
  // the date's three (年月日) cannot be one.
  if (moreIdeographsThan(lines[n - 1]!.raw, 3)) return null;
  const last = fold(lines[n - 1]!.raw).replace(/[\s\u3000]+/g, '');
  const m = SIGNED_DATE.exec(last);
  if (!m && !UNDATED.test(last)) return null;
  const name = n > 1 && !lines[n - 2]!.structured ? fold(lines[n - 2]!.raw).replace(/[\s\u3000]+/g, '') : '';
  const isIssuer = issuer !== '' && name === fold(issuer).replace(/[\s\u3000]+/g, '');
  const named = isIssuer || (name.length <= 40 && !/[，。；：,.;:]/.test(name) && AGENCY_END.test(name));
  // parseDate rejects a date that does not exist (2025年2月30日): then the 落款 has none.
  // A report without an issuer has a 落款 of the date alone.
  return { from: named ? n - 2 : n - 1, date: (m && parseDate(last)) || null };
}
