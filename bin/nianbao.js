#!/usr/bin/env node
// The `nianbao` command line: runs the TypeScript sources directly through tsx, so the
// command works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
// `nianbao audit … | head` closes the pipe early: the command still finishes its files and
// exit status, it just stops printing (no EPIPE stack trace for a batch script to choke on).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  });
}
const { main } = await import('../src/main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
