// How much of a narrative is last year's text: character-bigram Dice coefficient on normalised
// text. Chinese has no spaces to split words on, and bigrams survive small edits (a changed
// year, a reordered clause) that would defeat an exact comparison.
import { charRemover } from '../text/char-filter';

// A private-use character: neither punctuation nor anything a report contains.
const FIGURE = '\ue000';
const withoutSpacesAndPunctuation = charRemover(String.raw`[\s\p{P}\p{S}]`);

/**
 * Text as compared: whitespace and punctuation removed, width variants folded (NFKC), every
 * run of digits replaced by one placeholder — a report republished with only the year and
 * the figures changed is still a copy.
 */
export function normalizeForComparison(text: string): string {
  return withoutSpacesAndPunctuation(text.normalize('NFKC').replace(/\d+(?:\.\d+)?/g, FIGURE));
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Bigram counts of a normalised text, reusable across comparisons. */
export interface TextProfile {
  readonly length: number;
  readonly grams: ReadonlyMap<string, number>;
  /** Number of bigrams (with repetitions). */
  readonly size: number;
}

export function textProfile(text: string): TextProfile {
  const s = normalizeForComparison(text);
  return { length: s.length, grams: bigrams(s), size: Math.max(0, s.length - 1) };
}

/** Dice coefficient of two profiles, 0…1 (1 = the same text up to spacing, punctuation and figures). */
export function profileSimilarity(a: TextProfile, b: TextProfile): number {
  if (a.size === 0 || b.size === 0) return a.size === b.size && a.length === b.length ? 1 : 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams];
  let shared = 0;
  for (const [g, n] of small) {
    const m = large.get(g);
    if (m) shared += Math.min(n, m);
  }
  return (2 * shared) / (a.size + b.size);
}

export function textSimilarity(a: string, b: string): number {
  return profileSimilarity(textProfile(a), textProfile(b));
}

/**
 * A digest of a text (two 32-bit FNV-1a variants): equal texts give equal digests; used to
 * find word-for-word copies among many reports without keeping their text.
 */
export function textDigest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
