// Where an installed package's command-line script is, so the launch and packaging scripts run
// it with this Node (process.execPath) rather than through npx or a shell shim.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The file of package `pkg`'s bin entry `name` (its only one when bin is a string). */
export function binOf(pkg, name = pkg) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifest);
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin[name]);
}
