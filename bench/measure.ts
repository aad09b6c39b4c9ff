// Tiny benchmark kit for `npm run bench`: medians over many runs, printed as a table.
import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  /** Median in milliseconds. */
  median: number;
  p95: number;
  runs: number;
  target?: string;
  /** Met or missed, judged on the median (or on `note`'s rate for throughput targets). */
  met?: boolean;
  note?: string;
  /**
   * A plain operation on the same data timed in the same run (JSON.parse of the same reports, a
   * loop summing their cells): the figure divided by it stays comparable across machines and load.
   */
  baseline?: { name: string; median: number };
}

/** Marks a figure against a target in milliseconds (median below it). */
export function within(f: Figure, targetMs: number, label: string): Figure {
  return { ...f, target: label, met: f.median < targetMs };
}

export async function measure(name: string, fn: () => unknown | Promise<unknown>, opts: { runs?: number; warmup?: number; target?: string } = {}): Promise<Figure> {
  const runs = opts.runs ?? 200;
  for (let i = 0; i < (opts.warmup ?? Math.min(20, runs)); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name, median: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]!, runs, ...(opts.target ? { target: opts.target } : {}) };
}

export function printFigures(title: string, figures: Figure[]): void {
  process.stdout.write(`\n${title}\n`);
  for (const f of figures) {
    const ms = (n: number) => (n < 1 ? `${(n * 1000).toFixed(1)} µs` : `${n.toFixed(2)} ms`);
    const verdict = f.met === undefined ? '' : f.met ? ' ✓' : ' ✗';
    process.stdout.write(
      `  ${f.name.padEnd(48)} median ${ms(f.median).padStart(10)}   p95 ${ms(f.p95).padStart(10)}   (${f.runs} runs)${f.target ? `   target ${f.target}${verdict}` : ''}${f.note ? `   ${f.note}` : ''}\n`,
    );
    if (f.baseline) {
      process.stdout.write(`  ${''.padEnd(48)}   baseline: ${f.baseline.name} ${ms(f.baseline.median)} → ${(f.median / f.baseline.median).toFixed(1)}× baseline\n`);
    }
  }
}

export function memoryMiB(): string {
  const m = process.memoryUsage();
  return `heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(m.rss / 2 ** 20).toFixed(0)} MiB`;
}
