// `npm run test:browser`: every browser spec, one after another (they share the built renderer
// in out/renderer; build it first with `npx electron-vite build`). Extra arguments choose specs
// by name: `npm run test:browser -- undo menu`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('.', import.meta.url).pathname;
const only = process.argv.slice(2);
const specs = readdirSync(dir)
  .filter((f) => f.endsWith('.spec.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort()
  .map((f) => join(dir, f));
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...specs], { stdio: 'inherit' });
process.exit(r.status ?? 1);
