// Child process of kill-during-write.test.ts: saves over one target again and again with
// writeFileAtomic, each version a complete JSON document that says how long it is, until it
// is killed. It says "go" on stdout once its first write has begun.
import { writeFileAtomic } from '../../../src/main/files/project-io';

const [target, padding] = process.argv.slice(2);
const pad = 'x'.repeat(Number(padding ?? 1_000_000));
let seq = 0;
process.stdout.write('go\n');
for (;;) {
  seq++;
  const body = JSON.stringify({ pid: process.pid, seq, pad });
  await writeFileAtomic(target!, `${body}\n`, { backup: seq % 2 === 0 });
}
