// `npm run bench`: runs every bench/*.bench.ts module in name order. Each module's default
// export is an async function that prints its own figures (see measure.ts).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
process.stdout.write(`年报 Studio benchmark — node ${process.version}, ${new Date().toISOString()}\n`);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
