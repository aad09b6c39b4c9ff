// The window title: the file name first (what a clerk looks for in the taskbar), an unsaved
// marker, then the app name.
export const APP_NAME = '年报 Studio';

export function windowTitle(name: string | null, dirty: boolean): string {
  if (!name) return APP_NAME;
  return `${dirty ? '● ' : ''}${name}${dirty ? '（未保存）' : ''} — ${APP_NAME}`;
}
