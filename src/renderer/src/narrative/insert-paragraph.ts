// Inserting a sub-heading or a standard statement into prose: always as its own line.
/** Inserts `snippet` as its own paragraph at the caret (or at the end). */
export function insertParagraph(text: string, caret: number | null, snippet: string): { text: string; caret: number } {
  const at = caret ?? text.length;
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after === '' || after.startsWith('\n') ? '' : '\n';
  const next = `${before}${lead}${snippet}${trail}${after}`;
  return { text: next, caret: before.length + lead.length + snippet.length };
}
