// Removing every character of a Unicode class (/[^\p{L}\p{N}]/u, /[\s\p{P}\p{S}]/u) is asked of
// every cell and every paragraph of every report in a batch audit, and a `u`-flag regex replace
// is slow at it. A filter classes each UTF-16 unit with the regex once per process, remembers
// the answer, and keeps the runs between removed units; text with an astral character (a
// surrogate pair) is handed to the regex itself, so the result is always the regex's.

/** `charClass`: one bracketed Unicode class, as written in a `u` regex (e.g. `[^\p{L}\p{N}]`). */
export function charRemover(charClass: string): (text: string) => string {
  const one = new RegExp(`^${charClass}$`, 'u');
  const all = new RegExp(charClass, 'gu');
  /** Per BMP unit: 0 not met yet, 1 kept, 2 removed. */
  const unit = new Uint8Array(0x10000);
  return (text) => {
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return text.replace(all, '');
      let k = unit[c]!;
      if (k === 0) unit[c] = k = one.test(String.fromCharCode(c)) ? 2 : 1;
      if (k === 2) {
        out += text.slice(from, i);
        from = i + 1;
      }
    }
    return from === 0 ? text : out + text.slice(from);
  };
}
