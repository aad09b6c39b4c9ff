// A worker thread of the batch's UnitPool: reads, imports and validates one unit's report at a
// time, off the main thread, so that a folder run uses every core. The main thread keeps what
// needs the whole folder (duplicates, copied prose, sums, the workbook).
import { parentPort } from 'node:worker_threads';
import { validate } from '../../shared';
import { readUnit } from './read-unit';
import type { UnitJob, UnitOutcome } from './unit-pool';

const port = parentPort;
if (!port) throw new Error('unit-worker runs as a worker thread of UnitPool');

port.on('message', (job: UnitJob) => {
  void readUnit(job.path, job.options).then((read) => {
    // A rule that throws is a bug: the main thread rethrows it, as when it validates itself.
    let outcome: UnitOutcome;
    try {
      outcome = { id: job.id, read, findings: read.ok ? validate(read.project, job.profile ? { profile: job.profile } : {}) : null };
    } catch (e) {
      outcome = { id: job.id, read, findings: null, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(outcome);
  });
});
port.postMessage({ ready: true });
