// Recovery drafts: the renderer autosaves the open report here every few seconds and when the
// window loses focus. A draft outlives a crash; at the next start the app offers it, and a
// successful save discards it. One JSON file per draft in <userData>/recovery, written atomically.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ProjectSchema, serializeProject, type Project } from '../../shared';
import { RecoveryKeySchema, type RecoveryEntry } from '../../shared/ipc';
import { writeFileAtomic } from './project-io';
import { displayName } from './display-name';

const RECOVERY_KIND = 'nianbao-recovery';

const DraftFileSchema = z.object({
  kind: z.literal(RECOVERY_KIND),
  key: RecoveryKeySchema,
  path: z.string().nullable(),
  savedAt: z.string(),
  project: ProjectSchema,
});

export interface RecoveryListing {
  drafts: RecoveryEntry[];
  /** Files in the folder that could not be read as drafts (left in place, never deleted). */
  unreadable: string[];
}

export class RecoveryStore {
  /**
   * Operations on one draft run in the order they were asked for: an autosave still being
   * written when the save that discards its draft arrives must not recreate the draft after it.
   */
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(
    readonly dir: string,
    private readonly now: () => Date,
  ) {}

  private fileOf(key: string): string {
    return join(this.dir, `${RecoveryKeySchema.parse(key)}.json`);
  }

  private inOrder<T>(key: string, op: () => Promise<T>): Promise<T> {
    const run = (this.pending.get(key) ?? Promise.resolve()).then(op, op);
    const settled = run.catch(() => undefined);
    this.pending.set(key, settled);
    void settled.then(() => {
      if (this.pending.get(key) === settled) this.pending.delete(key);
    });
    return run;
  }

  async write(key: string, project: Project, path: string | null): Promise<{ savedAt: string }> {
    const file = this.fileOf(key);
    return this.inOrder(key, async () => {
      await fs.mkdir(this.dir, { recursive: true });
      const savedAt = this.now().toISOString();
      // serializeProject gives the canonical project text; the wrapper adds where it belongs.
      const body = `{"kind":"${RECOVERY_KIND}","key":${JSON.stringify(key)},"path":${JSON.stringify(path)},"savedAt":"${savedAt}","project":${serializeProject(project)}}\n`;
      await writeFileAtomic(file, body, { backup: false });
      return { savedAt };
    });
  }

  async list(): Promise<RecoveryListing> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { drafts: [], unreadable: [] };
      throw e;
    }
    const drafts: RecoveryEntry[] = [];
    const unreadable: string[] = [];
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
      const file = join(this.dir, name);
      try {
        const parsed = DraftFileSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
        if (!parsed.success) throw new Error('invalid');
        const d = parsed.data;
        drafts.push({ key: d.key, path: d.path, name: displayName(d.path), savedAt: d.savedAt, project: d.project });
      } catch {
        unreadable.push(file);
      }
    }
    drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    return { drafts, unreadable };
  }

  async discard(key: string): Promise<boolean> {
    const file = this.fileOf(key);
    return this.inOrder(key, async () => {
      try {
        await fs.rm(file);
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw e;
      }
    });
  }
}
