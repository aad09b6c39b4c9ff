// Security checks on the build must fail, not pass quietly, when the build is missing: a check
// that skips itself checks nothing. `npm test` builds before running vitest; run
// `npx electron-vite build` first when running one of these files alone.
import { existsSync } from 'node:fs';

/** Returns `path`, or throws naming the missing build output and how to make it. */
export function built(path: string): string {
  if (!existsSync(path)) throw new Error(`build output ${path} is missing: run \`npx electron-vite build\` first (npm test does)`);
  return path;
}
