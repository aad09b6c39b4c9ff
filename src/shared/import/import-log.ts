// The import log: what was recognised where, and what was not. Shown in the app's import
// dialog, printed by `nianbao import`, and returned by --json.
import { z } from 'zod';

export const ImportLogEntrySchema = z.object({
  /** info: recognised; warning: read with a caveat or left blank; error: the file could not be read. */
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  /** Where in the source: 「第12行」「第2个表格第5行」「工作表“表三”第7行」. */
  where: z.string().optional(),
  /** Cell keys the entry is about (spec §6). */
  cells: z.array(z.string()).optional(),
  /** Rule id of spec §3 when the entry reports a breach of it (N-TABLE-SHAPE: the table's shape). */
  rule: z.string().optional(),
});
export type ImportLogEntry = z.infer<typeof ImportLogEntrySchema>;

export class ImportLog {
  readonly entries: ImportLogEntry[] = [];
  info(message: string, extra: Omit<ImportLogEntry, 'level' | 'message'> = {}): void {
    this.entries.push({ level: 'info', message, ...extra });
  }
  warn(message: string, extra: Omit<ImportLogEntry, 'level' | 'message'> = {}): void {
    this.entries.push({ level: 'warning', message, ...extra });
  }
  error(message: string, extra: Omit<ImportLogEntry, 'level' | 'message'> = {}): void {
    this.entries.push({ level: 'error', message, ...extra });
  }
}
