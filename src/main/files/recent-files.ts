// The recent files list (文件 → 最近打开 and the start screen): a small JSON file in userData,
// written atomically. A missing or damaged list is treated as empty — it is a convenience,
// never a reason to refuse to start.
import { promises as fs } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/ipc';
import { writeFileAtomic } from './project-io';
import { displayName } from './display-name';

export const RECENT_LIMIT = 10;

const RecentListSchema = z.object({
  version: z.literal(1),
  entries: z.array(z.object({ path: z.string().min(1), openedAt: z.string() })),
});
type StoredEntry = z.infer<typeof RecentListSchema>['entries'][number];

export class RecentFiles {
  /** Updates run one after another so two quick saves cannot drop each other's entry. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly now: () => Date,
  ) {}

  private async read(): Promise<StoredEntry[]> {
    try {
      const parsed = RecentListSchema.safeParse(JSON.parse(await fs.readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.entries : [];
    } catch {
      return [];
    }
  }

  private update(change: (entries: StoredEntry[]) => StoredEntry[]): Promise<RecentFile[]> {
    const run = this.queue.then(async () => {
      const entries = change(await this.read()).slice(0, RECENT_LIMIT);
      await fs.mkdir(dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, `${JSON.stringify({ version: 1, entries }, null, 2)}\n`, { backup: false });
      return describe(entries);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async list(): Promise<RecentFile[]> {
    await this.queue;
    return describe(await this.read());
  }

  /** Whether `path` is on the list (main's own record of files the user opened or saved). */
  async has(path: string, same: (a: string, b: string) => boolean): Promise<boolean> {
    await this.queue;
    return (await this.read()).some((e) => same(e.path, path));
  }

  /** Puts a file at the top (after opening or saving it). */
  add(path: string): Promise<RecentFile[]> {
    const abs = resolve(path);
    const openedAt = this.now().toISOString();
    return this.update((entries) => [{ path: abs, openedAt }, ...entries.filter((e) => e.path !== abs)]);
  }

  remove(path: string): Promise<RecentFile[]> {
    const abs = resolve(path);
    return this.update((entries) => entries.filter((e) => e.path !== abs));
  }
}

async function describe(entries: StoredEntry[]): Promise<RecentFile[]> {
  return Promise.all(
    entries.map(async (e) => ({
      path: e.path,
      name: displayName(e.path),
      openedAt: e.openedAt,
      exists: await fs.stat(e.path).then((s) => s.isFile(), () => false),
    })),
  );
}
