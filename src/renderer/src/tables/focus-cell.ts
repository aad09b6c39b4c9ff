// Moving the keyboard focus to a place in the form. Every focusable place carries
// data-focus-key (`cell:<key>`, `section:<id>`, `basic:<field>`), so the grid, the validation
// panel and the review comments all reach it the same way.
export function focusPlace(focusKey: string): boolean {
  const el = document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`);
  if (!el) return false;
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (el instanceof HTMLInputElement) el.select();
  return true;
}
