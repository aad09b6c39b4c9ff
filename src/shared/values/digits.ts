// Full-width digits (０–９) are what a Chinese IME types by default and what many published
// pages carry; every reader of figures, dates and years sees them as ASCII through this one map.

const FULL_WIDTH_DIGITS = /[０-９]/g;

/** Full-width digits as ASCII, so "２０２４年" reads like "2024年". Keeps the length (1 char each). */
export function asciiDigits(text: string): string {
  return /[０-９]/.test(text) ? text.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : text;
}
