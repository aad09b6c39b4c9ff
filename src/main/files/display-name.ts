// What the title bar, the recent list and the recovery list call a file.
import { basename } from 'node:path';

export const PROJECT_EXTENSION = '.nianbao.json';
export const UNTITLED = '未命名';

export function displayName(path: string | null): string {
  if (!path) return UNTITLED;
  const name = basename(path);
  if (name.toLowerCase().endsWith(PROJECT_EXTENSION)) return name.slice(0, -PROJECT_EXTENSION.length);
  return name.toLowerCase().endsWith('.json') ? name.slice(0, -'.json'.length) : name;
}
