// Moving the keyboard focus to a place in the form. Every focusable place carries
// data-focus-key (`cell:<key>`, `section:<id>`, `basic:<field>`), so the grid, the validation
// panel and the review comments all reach it the same way.
export function focusPlace(focusKey: string, quotes: readonly string[] = []): boolean {
  const el = document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`);
  if (!el) return false;
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (el instanceof HTMLInputElement) el.select();
  if (el instanceof HTMLTextAreaElement) selectQuote(el, quotes);
  return true;
}

/** Selects the first quoted text found in the field (the paragraph a finding is about) and scrolls to it. */
function selectQuote(el: HTMLTextAreaElement, quotes: readonly string[]): void {
  for (const q of quotes) {
    const at = el.value.indexOf(q);
    if (at < 0) continue;
    // How far down the quote starts: the height of the text before it, measured by briefly
    // collapsing the field to that text (restored before the browser paints).
    const { value } = el;
    const { height, minHeight } = el.style;
    el.style.height = '1px';
    el.style.minHeight = '0';
    el.value = value.slice(0, at);
    const top = el.scrollHeight;
    el.value = value;
    el.style.height = height;
    el.style.minHeight = minHeight;
    el.setSelectionRange(at, at + q.length);
    el.scrollTop = Math.max(0, top - el.clientHeight / 3);
    return;
  }
}
