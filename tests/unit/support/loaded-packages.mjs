// Preloaded into a `nianbao` child process (node --import): at exit, prints to stderr which of
// the heavy packages were loaded, so a test can hold each command to the modules it needs.
import { createRequire } from 'node:module';

// The CommonJS module cache; an ES module (docx, PDF.js) never appears in it.
const cache = createRequire(import.meta.url).cache;
const HEAVY = ['exceljs', 'jszip'];
process.on('exit', () => {
  const loaded = HEAVY.filter((name) => Object.keys(cache).some((path) => path.includes(`/node_modules/${name}/`)));
  process.stderr.write(`\nloaded-packages: ${JSON.stringify(loaded)}\n`);
});
