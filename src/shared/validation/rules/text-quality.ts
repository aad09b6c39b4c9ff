// N-TEXT: the text faults evaluators list in published reports — doubled words (资金资金),
// ASCII punctuation in Chinese text that otherwise uses the full-width marks (六部分,),
// unmatched brackets and quotes, broken 文号 (〔202130号, [2021]30号) and broken dates
// (自202511日起). Each is quoted with its place and, where there is one, the correct form.
// 文号 and dates are found by text/citations.ts, the detector 发布核对 uses, so the editor and the
// published-copy check never disagree about the same sentence.
import { type CitationProblem, findBrokenCitations } from '../../text/citations';
import { finding, type Rule } from '../context';
import type { Finding } from '../finding';
import { ALL_PLACES, memoByText, withoutPlaceholders } from './text';

export type TextFaultKind = 'doubled' | 'ascii' | 'bracket' | 'docno' | 'date';

export interface TextFault {
  readonly kind: TextFaultKind;
  /** 1-based paragraph (line). */
  readonly paragraph: number;
  /** The faulty text with a little context. */
  readonly quote: string;
  /** The correct form, where there is one. */
  readonly correct?: string;
}

const KIND_NAMES: Readonly<Record<TextFaultKind, string>> = {
  doubled: '词语重复',
  ascii: '中文中混用半角标点',
  bracket: '括号或引号不成对',
  docno: '文号格式有误',
  date: '日期残缺',
};

const CJK = '\\u4e00-\\u9fff';
/**
 * The word and punctuation patterns in one alternation, so the text is scanned once for them
 * (validation runs on every keystroke; the result is memoised per text, too). Broken 文号 and
 * dates come from the one detector the published-copy check (发布核对) also uses, run once per text.
 *  doubled 资金资金, 工作工作: a word of 2–4 characters written twice; 的的, 了了.
 *  ascii   a half-width , ; ? ! . right after a Chinese character, or : between Chinese words.
 *          Half-width brackets are not judged: around figures (96.2%) and inside quoted document
 *          titles they are common in reports reviewers accept; a colon ending a list heading
 *          ("4.创新模式:") neither.
 */
const SCAN = new RegExp(
  [
    `(?<dbl>[${CJK}]{2,4})\\k<dbl>`,
    `(?<dblOne>[的了])\\k<dblOne>`,
    `(?<asciiPre>[${CJK}])(?<ascii>[,;?!]|:(?=[${CJK}“])|\\.(?=$|[\\s${CJK}]))`,
  ].join('|'),
  'gmu',
);

/** Full-width counterpart of each ASCII mark: the fault is the mix, so the text must use it too. */
const FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };

/** ABAB words that are Chinese, not slips (研究研究 is colloquial but deliberate). */
const REDUPLICATED_OK = new Set(['一个', '一步', '一件', '一项', '一点', '一条', '一天', '一年']);

const snippet = (line: string, start: number, end: number) => line.slice(Math.max(0, start - 6), Math.min(line.length, end + 6)).trim();

/** The quote around [start, end) and the same words with that part replaced. */
function quoteAndFix(line: string, start: number, end: number, replacement: string): { quote: string; correct: string } {
  const from = Math.max(0, start - 6);
  const to = Math.min(line.length, end + 6);
  return { quote: line.slice(from, to).trim(), correct: `${line.slice(from, start)}${replacement}${line.slice(end, to)}`.trim() };
}

/**
 * A broken 文号 or date as N-TEXT quotes it: six characters either side of the fault within its
 * line, and the same words corrected. For a 文号 the fault starts at the issuer code's last
 * character, so a long code does not push the brackets out of the quote.
 */
function citationFault(text: string, lineStarts: readonly number[], p: CitationProblem): TextFault {
  let line = lineStarts.length - 1;
  while (lineStarts[line]! > p.index) line--;
  const lineStart = lineStarts[line]!;
  const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length;
  const end = p.index + p.quote.length;
  const codeLength = p.kind === 'docNumber' && p.correct ? p.correct.indexOf('〔') : 0;
  const anchor = p.index + Math.max(0, codeLength - 1);
  const from = Math.max(lineStart, Math.min(p.index, anchor - 6));
  const to = Math.max(end, Math.min(lineEnd, end + 6));
  const replacement = p.correct ?? p.readings?.join('或');
  return {
    kind: p.kind === 'docNumber' ? 'docno' : 'date',
    paragraph: line + 1,
    quote: text.slice(from, to).trim(),
    ...(replacement ? { correct: `${text.slice(from, p.index)}${replacement}${text.slice(end, to)}`.trim() } : {}),
  };
}

// 〔〕 is left to the 文号 check, which names the correct form.
const OPENERS: Readonly<Record<string, string>> = { '（': 'paren', '(': 'paren', '《': 'book', '“': 'dq', '‘': 'sq', '［': 'square', '[': 'square' };
const CLOSERS: Readonly<Record<string, string>> = { '）': 'paren', ')': 'paren', '》': 'book', '”': 'dq', '’': 'sq', '］': 'square', ']': 'square' };
/** A closer after a list number at the start of a clause ("1)", "一）") has no opener by design. */
const LIST_NUMBER = /(?:^|[\s。；;，,：:])[\d一二三四五六七八九十a-zA-Z]{1,2}$/;

/** Every bracket and quote mark above: the scan jumps from one to the next instead of visiting each character. */
const BRACKET = new RegExp(`[${[...Object.keys(OPENERS), ...Object.keys(CLOSERS)].map((c) => `\\${c}`).join('')}]`, 'g');

function bracketFaults(line: string, paragraph: number, out: TextFault[]): void {
  const stack: { kind: string; at: number }[] = [];
  for (const m of line.matchAll(BRACKET)) {
    const i = m.index;
    const ch = m[0];
    const open = OPENERS[ch];
    if (open) {
      stack.push({ kind: open, at: i });
      continue;
    }
    const close = CLOSERS[ch];
    if (!close) continue;
    if (stack.length && stack[stack.length - 1]!.kind === close) {
      stack.pop();
      continue;
    }
    // Closing something opened further out: the inner openers are the unmatched ones.
    const outer = stack.findLastIndex((s) => s.kind === close);
    if (outer >= 0) {
      for (const s of stack.splice(outer).slice(1)) out.push({ kind: 'bracket', paragraph, quote: snippet(line, s.at, s.at + 1) });
      continue;
    }
    if (close === 'paren' && LIST_NUMBER.test(line.slice(Math.max(0, i - 3), i))) continue;
    out.push({ kind: 'bracket', paragraph, quote: snippet(line, i, i + 1) });
  }
  for (const s of stack) out.push({ kind: 'bracket', paragraph, quote: snippet(line, s.at, s.at + 1) });
}

/** Every fault in a text, in reading order within each kind. */
export const textFaults = memoByText((raw: string): TextFault[] => {
  const text = withoutPlaceholders(raw);
  const out: TextFault[] = [];
  const lines = text.split('\n');
  const usesFull = new Set(Object.keys(FULL).filter((k) => text.includes(FULL[k]!)));
  lines.forEach((line, index) => {
    const paragraph = index + 1;
    for (const m of line.matchAll(SCAN)) {
      const g = m.groups!;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (g.dbl) {
        if (REDUPLICATED_OK.has(g.dbl)) continue;
        out.push({ kind: 'doubled', paragraph, ...quoteAndFix(line, start, end, g.dbl) });
      } else if (g.dblOne) {
        out.push({ kind: 'doubled', paragraph, ...quoteAndFix(line, start, end, g.dblOne) });
      } else if (g.ascii) {
        if (!usesFull.has(g.ascii)) continue;
        out.push({ kind: 'ascii', paragraph, ...quoteAndFix(line, start, end, `${g.asciiPre}${FULL[g.ascii]}`) });
      }
    }
    bracketFaults(line, paragraph, out);
  });
  const lineStarts: number[] = [];
  lines.reduce((at, line) => (lineStarts.push(at), at + line.length + 1), 0);
  for (const p of findBrokenCitations(text)) out.push(citationFault(text, lineStarts, p));
  return out;
});

const LIST_AT_MOST = 5;

export const N_TEXT: Rule = {
  id: 'N-TEXT',
  name: '文字差错',
  severity: 'warning',
  title: '文字差错：词语重复、中文中混用半角标点、括号或引号不成对、文号或日期残缺（如“〔202130号”“自202511日起”）',
  check(ctx) {
    const out: Finding[] = [];
    for (const place of ALL_PLACES) {
      const text = place.read(ctx.project);
      if (!text) continue;
      const faults = textFaults(text);
      if (!faults.length) continue;
      for (const kind of Object.keys(KIND_NAMES) as TextFaultKind[]) {
        const of = faults.filter((f) => f.kind === kind);
        if (!of.length) continue;
        const listed = of
          .slice(0, LIST_AT_MOST)
          .map((f) => `第 ${f.paragraph} 段“${f.quote}”${f.correct ? `，应为“${f.correct}”` : ''}`)
          .join('；');
        const more = of.length > LIST_AT_MOST ? `；另有 ${of.length - LIST_AT_MOST} 处` : '';
        out.push(
          finding(ctx, {
            rule: 'N-TEXT',
            severity: 'warning',
            ...(place.section ? { section: place.section } : {}),
            cells: [],
            extra: `${place.name}:${kind}:${of.map((f) => f.quote).join('|')}`,
            message: `${place.name}${KIND_NAMES[kind]}：${listed}${more}`,
          }),
        );
      }
    }
    return out;
  },
};
