// `npm run bench`: runs every bench/*.bench.ts module in name order, each in a process of its
// own, so that no figure pays for another's garbage (the roll-up leaves ~800 MiB of reports
// behind, which made the audit's collections several times dearer). Each module's default
// export is an async function that prints its own figures (see measure.ts).
// `npm run bench -- NAME` runs the modules whose file name contains NAME.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const [first, second] = process.argv.slice(2);

if (first === '--module' && second) {
  const mod = (await import(pathToFileURL(join(dir, second)).href)) as { default: () => Promise<void> };
  await mod.default();
} else {
  process.stdout.write(`年报 Studio benchmark — node ${process.version}, ${new Date().toISOString()}\n`);
  let failed = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
    if (first && !file.includes(first)) continue;
    const run = spawnSync(process.execPath, [join(dir, '..', 'bin', 'run-ts.js'), join(dir, 'index.ts'), '--module', file], { stdio: 'inherit' });
    if (run.status !== 0) {
      failed++;
      process.stderr.write(`bench: ${file} ended with ${run.signal ?? `exit code ${run.status}`}\n`);
    }
  }
  if (failed) process.exitCode = 1;
}
