// What a project file is called: its extensions, and the name the title bar, the recent list
// and the recovery list show.
import { basename } from 'node:path';

/**
 * New projects are saved as .nianbao: Windows associates a file with a program by its last
 * extension only, so a double-clicked X.nianbao.json would open in whatever edits .json.
 * .nianbao.json (the templates, earlier saves, CLI examples) stays readable and writable.
 */
export const PROJECT_EXTENSION = '.nianbao';
export const PROJECT_EXTENSIONS = ['.nianbao', '.nianbao.json'] as const;
export const UNTITLED = '未命名';

/** A project file by its name: .nianbao, .nianbao.json or any .json. */
export function isProjectFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.json') || PROJECT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function displayName(path: string | null): string {
  if (!path) return UNTITLED;
  const name = basename(path);
  const lower = name.toLowerCase();
  for (const ext of [...PROJECT_EXTENSIONS, '.json']) if (lower.endsWith(ext)) return name.slice(0, -ext.length);
  return name;
}
