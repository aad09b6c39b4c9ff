// How imported text is compared with the standard's wording. Published reports differ from
// the official labels in ways that do not change meaning: half-width or full-width
// punctuation and digits, traditional characters, spaces inside labels ("结果 维持"),
// pinyin glosses that some mirror sites insert after characters ("數(shù)"), quotes.
import { charRemover } from '../text/char-filter';
import { toSimplified } from './traditional';
import { boundedMemo } from './bounded-memo';

// Latin letters with or without tone marks (ā á ǎ à …, ü, ǘ …) in parentheses.
const PINYIN_GLOSS = /\((?:[a-z\u00e0-\u00fc\u0101-\u01dc])+\)/gi;
const NUMBERING = /^(?:[一二三四五六七八九十]+[、，,.．]|\([一二三四五六七八九十]+\)|\d+[.．、]|\(\d+\))/;

/**
 * The importer folds the same short cells many times per report (every row matcher, the shape
 * check), and a batch audit meets the same labels in every report: short texts are folded once
 * and remembered (a bounded cache, emptied when full; prose is folded afresh).
 */
const foldShort = boundedMemo(foldNow, 20_000);
const FOLD_CACHE_TEXT = 80;

/** Width, script and spacing folded; punctuation kept (numbering needs it). */
export function fold(text: string): string {
  return text.length > FOLD_CACHE_TEXT ? foldNow(text) : foldShort(text);
}

function foldNow(text: string): string {
  return toSimplified(text.normalize('NFKC').replace(PINYIN_GLOSS, '')).replace(/\s+/g, '');
}

/** fold() without the change of script: the same code points, one for one, as published. */
function compact(text: string): string {
  return text.normalize('NFKC').replace(PINYIN_GLOSS, '').replace(/\s+/g, '');
}

/**
 * The published characters behind the slice [start, end) of fold(text): a name recognised in
 * folded text (an issuer in a title) is kept in the script the report was written in.
 */
export function publishedSlice(text: string, start: number, end: number): string {
  const folded = fold(text);
  const published = [...compact(text)];
  // toSimplified maps one code point to one, so positions agree; if not, keep the folded text.
  if (published.length !== [...folded].length) return folded.slice(start, end);
  const from = [...folded.slice(0, start)].length;
  return published.slice(from, from + [...folded.slice(start, end)].length).join('');
}

/** Only letters, digits and CJK characters: what two spellings of one label share. */
export const bare: (text: string) => string = charRemover(String.raw`[^\p{L}\p{N}]`);

/**
 * bare(fold(text)) !== '', asked of every unrecognised cell, prose included. A CJK unified
 * ideograph survives folding (NFKC keeps it, the pinyin-gloss pattern is Latin only, the
 * traditional map gives another ideograph) and is a letter: then the answer is yes without
 * folding a paragraph.
 */
export function hasWords(text: string): boolean {
  return /[\u4e00-\u9fef]/.test(text) || bare(fold(text)) !== '';
}

/** A label's folded text without its leading numbering ("（三）1." → ""), and the numbering removed. */
export function splitNumbering(folded: string): { numbering: string[]; rest: string } {
  const numbering: string[] = [];
  let rest = folded;
  for (;;) {
    const m = NUMBERING.exec(rest);
    if (!m) break;
    numbering.push(bare(m[0]));
    rest = rest.slice(m[0].length);
  }
  return { numbering, rest };
}

/** The comparable core of a label: folded, numbering removed, punctuation removed. */
export function labelCore(text: string): string {
  return bare(splitNumbering(fold(text)).rest);
}
