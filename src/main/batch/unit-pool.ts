// Worker threads for a folder run: each reads, imports and validates one unit's report at a
// time (unit-worker.ts), so that a batch uses every core. Each file has a real time budget: a
// worker still busy with a file when its budget runs out is terminated (whatever it is stuck
// in) and replaced, and the file becomes one 无法读取 row.
//
// The worker's code exists in two forms: as TypeScript source (the CLI and the tests run the
// sources through tsx) and as a file built by electron-vite (the app, which imports its path
// with `?modulePath` in src/main/electron). The caller says which; the pool does the rest.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { formatLimit } from '../files/read-input';
import type { DigestOptions, UnitDigest } from './unit-digest';

export type WorkerSource =
  /** A built JavaScript file (electron-vite's `?modulePath` of unit-worker). */
  | { kind: 'script'; path: string }
  /** unit-worker.ts itself, loaded through tsx's ESM loader (`loader`: the URL of tsx/esm/api). */
  | { kind: 'typescript'; url: URL; loader: string };

/** unit-worker.ts as source, for the CLI (bin/nianbao.js runs tsx) and the tests. */
export function sourceWorker(): WorkerSource {
  return { kind: 'typescript', url: new URL('./unit-worker.ts', import.meta.url), loader: import.meta.resolve('tsx/esm/api') };
}

export interface UnitJob {
  id: number;
  path: string;
  options: { fallbackYear?: number };
  digest: DigestOptions;
}

export interface UnitOutcome {
  id: number;
  digest: UnitDigest;
  /** A rule threw: its stack, rethrown on the main thread. */
  error?: string;
}

/** The pool could not start its workers: the caller reads the file itself. */
export class PoolUnavailable extends Error {}

/** Said of a file whose budget ran out (INPUT_LIMITS.batchFileMs). */
export const overBudget = () => `读取超过${formatLimit('batchFileMs')}仍未完成，已跳过（单个文件读取时限）`;

interface Pending {
  job: UnitJob;
  budgetMs: number;
  done: (o: UnitOutcome) => void;
  fail: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /**
   * Files sent to the worker and not answered yet, oldest first. The worker takes them one at a
   * time in that order, so the oldest is the one it is working on, and the only one whose budget
   * runs; the others wait in its queue so that it never idles while this thread is busy.
   */
  jobs: Pending[];
  timer?: NodeJS.Timeout;
}

/** Files sent ahead to each worker (one at work, the others queued in it). */
const SENT_AHEAD = 3;

export class UnitPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private broken: Error | null = null;
  private closed = false;

  constructor(
    private readonly source: WorkerSource,
    readonly size = Math.max(1, Math.min(availableParallelism(), 4)),
  ) {}

  /** Whether a worker has started and can take a file (until then the caller may read files itself). */
  get started(): boolean {
    return this.slots.some((s) => s.ready);
  }

  /** Starts the workers (run() does it too): a caller starts them early to read other files meanwhile. */
  start(): void {
    if (this.broken || this.closed) return;
    try {
      while (this.slots.length < this.size) this.slots.push(this.spawn());
    } catch (e) {
      // The worker's file cannot be started at all (a path the runtime refuses).
      this.breakDown(e instanceof Error ? e : new Error(String(e)), []);
    }
  }

  /** Resolves once every worker has started (true), or when none can (false). */
  async whenStarted(): Promise<boolean> {
    this.start();
    while (!this.unavailable && !this.slots.every((s) => s.ready)) await new Promise((done) => setTimeout(done, 20));
    return !this.unavailable;
  }

  /** Whether no worker can ever start (the caller reads every file itself). */
  get unavailable(): boolean {
    return this.broken !== null || this.closed;
  }

  /** One unit's report read, imported, validated and digested by a worker, within `budgetMs`. */
  run(path: string, options: { fallbackYear?: number }, digest: DigestOptions, budgetMs: number): Promise<UnitOutcome> {
    this.start();
    if (this.broken) return Promise.reject(new PoolUnavailable(this.broken.message));
    if (this.closed) return Promise.reject(new PoolUnavailable('pool closed'));
    return new Promise<UnitOutcome>((done, fail) => {
      this.queue.push({ job: { id: this.nextId++, path, options, digest }, budgetMs, done, fail });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const s of slots) clearTimeout(s.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker =
      this.source.kind === 'script'
        ? new Worker(this.source.path)
        : // Hooks given to a worker's execArgv (--import) do not load its entry on Node 20:
          // a two-line bootstrap registers tsx, then imports the TypeScript entry.
          new Worker(`import(${JSON.stringify(this.source.loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(this.source.url.href)}); })`, { eval: true });
    const slot: Slot = { worker, ready: false, jobs: [] };
    worker.on('message', (m: UnitOutcome | { ready: true }) => {
      if ('ready' in m) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const p = slot.jobs[0];
      if (!p || p.job.id !== m.id) return;
      slot.jobs.shift();
      clearTimeout(slot.timer);
      // The worker has begun the next file now: its budget starts.
      this.startBudget(slot);
      this.dispatch();
      if (m.error !== undefined) p.fail(new Error(m.error));
      else p.done(m);
    });
    worker.on('error', (e) => this.lost(slot, e));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.lost(slot, new Error(`工作线程意外退出（${code}）`));
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready) continue;
      while (slot.jobs.length < SENT_AHEAD && this.queue.length) {
        const p = this.queue.shift()!;
        slot.jobs.push(p);
        if (slot.jobs.length === 1) this.startBudget(slot);
        slot.worker.postMessage(p.job);
      }
    }
  }

  private startBudget(slot: Slot): void {
    const head = slot.jobs[0];
    if (head) slot.timer = setTimeout(() => this.expire(slot), head.budgetMs);
  }

  /**
   * The files a stopped worker had not begun go back to the front of the queue, in their order,
   * for the other workers (or its replacement).
   */
  private takeBack(slot: Slot): Pending | undefined {
    clearTimeout(slot.timer);
    const [head, ...rest] = slot.jobs;
    slot.jobs = [];
    this.queue.unshift(...rest);
    return head;
  }

  /** The file's budget ran out: its worker is stopped wherever it is, and a fresh one takes its place. */
  private expire(slot: Slot): void {
    const p = this.takeBack(slot);
    if (!p) return;
    this.replace(slot);
    p.done({ id: p.job.id, digest: { ok: false, reason: overBudget() } });
    this.dispatch();
  }

  private lost(slot: Slot, e: Error): void {
    if (!this.slots.includes(slot)) return;
    if (!slot.ready) {
      // It never started (tsx missing, the built file not found): no worker will.
      clearTimeout(slot.timer);
      const taken = slot.jobs;
      slot.jobs = [];
      this.breakDown(e, taken);
      return;
    }
    const p = this.takeBack(slot);
    this.replace(slot);
    if (p) p.done({ id: p.job.id, digest: { ok: false, reason: `无法读取：处理这个文件的工作线程意外终止（${e.message}）` } });
    this.dispatch();
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    // A worker stuck in a blocking read cannot stop until the read returns: it no longer keeps
    // the process alive (the CLI ends when its work is done).
    slot.worker.unref();
    void slot.worker.terminate();
    if (this.closed) return;
    try {
      this.slots.push(this.spawn());
    } catch (e) {
      this.breakDown(e instanceof Error ? e : new Error(String(e)), []);
    }
  }

  /** No worker can start: every file waiting is handed back to be read on the main thread. */
  private breakDown(e: Error, taken: Pending[]): void {
    this.broken = e;
    void this.close();
    for (const q of [...taken, ...this.queue.splice(0)]) q.fail(new PoolUnavailable(e.message));
  }
}
