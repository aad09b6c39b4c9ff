// A stand-in for unit-worker in tests/unit/batch-pool.test.ts: answers at once, except for a
// path named "hang", on which it loops for ever (as an importer stuck in a file would).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (job) => {
  if (job.path === 'hang') for (;;);
  parentPort.postMessage({ id: job.id, digest: { ok: false, reason: `read ${job.path}` } });
});
parentPort.postMessage({ ready: true });
