// Reading the prose for the narrative rules: which texts exist, what they are called, and
// a cache so that a keystroke in a table cell does not re-scan unchanged prose.
import { SECTIONS, type SectionId } from '../../layout/sections';
import type { Project } from '../../model/project';

export interface TextPlace {
  /** undefined for the preamble (it sits before 一). */
  readonly section: SectionId | undefined;
  /** Name in messages: 「前言」「一、总体情况」. */
  readonly name: string;
  read(project: Project): string;
}

export const PREAMBLE: TextPlace = { section: undefined, name: '前言', read: (p) => p.meta.preamble };

export const SECTION_PLACES: Readonly<Record<SectionId, TextPlace>> = Object.fromEntries(
  SECTIONS.map((s) => [s.id, { section: s.id, name: s.heading, read: (p: Project) => p.sections[s.id] }]),
) as Record<SectionId, TextPlace>;

/** Every piece of prose in reading order: the preamble, then 一 to 六. */
export const ALL_PLACES: readonly TextPlace[] = [PREAMBLE, ...SECTIONS.map((s) => SECTION_PLACES[s.id])];

export { asciiDigits } from '../../values/digits';

/**
 * Remembers the last result per text: the prose rarely changes between two validations
 * (the clerk is typing in a cell), and equal strings compare cheaply when they are the same object.
 */
export function memoByText<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let r = cache.get(text);
    if (r === undefined) {
      r = fn(text);
      if (cache.size > 32) cache.clear();
      cache.set(text, r);
    }
    return r;
  };
}

/** A quotation for a message: the matched text, squeezed, with a little context cut at sentence ends. */
export function quote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** 【…】 marks what a template asks the clerk to fill in (see templates/). */
export const PLACEHOLDER = /【[^【】\n]{1,80}】/g;

/** The text without template placeholders: a placeholder never counts as having written something. */
export function withoutPlaceholders(text: string): string {
  return text.includes('【') ? text.replace(PLACEHOLDER, '') : text;
}

export interface Sentence {
  readonly text: string;
  /** 1-based paragraph (line) of the section the sentence sits in, for messages. */
  readonly paragraph: number;
}

/** Ends of a sentence; normalised copies of published pages carry ASCII ";" "!" "?". */
const SENTENCE = /[^。！？；;!?\n]+[。！？；;!?]?/g;

/** The text's sentences, each with its paragraph, cut once per text (memoised by callers). */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    for (const m of lines[i]!.matchAll(SENTENCE)) {
      const t = m[0].trim();
      if (t) out.push({ text: t, paragraph: i + 1 });
    }
  }
  return out;
}

/** A sentence for a message, cut around the part that matters when it is long. */
export function quoteSentence(sentence: string, at = 0, max = 80): string {
  const s = quote(sentence);
  if (s.length <= max) return s;
  const start = Math.max(0, Math.min(at - 20, s.length - max));
  return `${start > 0 ? '…' : ''}${s.slice(start, start + max)}${start + max < s.length ? '…' : ''}`;
}
