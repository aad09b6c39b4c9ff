// Tiny benchmark kit for `npm run bench`: medians over many runs, printed as a table.
import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  /** Median in milliseconds. */
  median: number;
  p95: number;
  runs: number;
  target?: string;
  note?: string;
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
    process.stdout.write(
      `  ${f.name.padEnd(48)} median ${ms(f.median).padStart(10)}   p95 ${ms(f.p95).padStart(10)}   (${f.runs} runs)${f.target ? `   target ${f.target}` : ''}${f.note ? `   ${f.note}` : ''}\n`,
    );
  }
}

export function memoryMiB(): string {
  const m = process.memoryUsage();
  return `heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(m.rss / 2 ** 20).toFixed(0)} MiB`;
}
