// A worker thread of the batch's UnitPool: reads, imports, validates and digests one unit's
// report at a time, off the main thread, so that a folder run uses every core. The main thread
// keeps what needs the whole folder (duplicates, copied prose, sums, the workbook).
import { parentPort } from 'node:worker_threads';
import { readInputSync, type FileReader } from '../files/read-input';
import { readUnit } from './read-unit';
import { digestUnit } from './unit-digest';
import type { UnitJob, UnitOutcome } from './unit-pool';

const port = parentPort;
if (!port) throw new Error('unit-worker runs as a worker thread of UnitPool');

/**
 * Reads block here: this thread does nothing else meanwhile, and waiting on the thread pool
 * for a file's five calls cost a quarter of the time a report takes. A read stuck on a dead
 * network drive is given up by the pool's budget: the file becomes 无法读取 and a fresh worker
 * takes over (the stuck thread ends when the drive answers).
 */
const blocking: FileReader = async (path, limit) => readInputSync(path, limit);

/** Files sent ahead by the pool: taken one at a time, in order (the pool times the oldest only). */
const waiting: UnitJob[] = [];
let busy = false;

async function work(): Promise<void> {
  busy = true;
  for (let job = waiting.shift(); job; job = waiting.shift()) {
    const read = await readUnit(job.path, job.options, blocking);
    // A rule that throws is a bug: the main thread rethrows it, as when it validates itself.
    let outcome: UnitOutcome;
    try {
      outcome = { id: job.id, digest: digestUnit(read, job.digest) };
    } catch (e) {
      outcome = { id: job.id, digest: { ok: false, reason: '' }, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port!.postMessage(outcome);
  }
  busy = false;
}

port.on('message', (job: UnitJob) => {
  waiting.push(job);
  if (!busy) void work();
});
port.postMessage({ ready: true });
