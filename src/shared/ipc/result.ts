// Every IPC answer is a value or a Chinese message — never a thrown error crossing the
// process boundary (Electron would flatten it into "Error invoking remote method …").
import { z } from 'zod';

export const IPC_ERROR_CODES = ['invalid-input', 'unreadable', 'io', 'unavailable', 'refused', 'internal'] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export type IpcFailure = {
  ok: false;
  code: IpcErrorCode;
  /** For the clerk, in Chinese, naming the place. */
  error: string;
  /** Further lines (e.g. every problem of a broken project file). */
  details?: string[];
};
export type IpcResult<T> = { ok: true; value: T } | IpcFailure;

export const IpcFailureSchema = z.object({
  ok: z.literal(false),
  code: z.enum(IPC_ERROR_CODES),
  error: z.string(),
  details: z.array(z.string()).optional(),
});

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(code: IpcErrorCode, error: string, details?: string[]): IpcFailure {
  return details?.length ? { ok: false, code, error, details } : { ok: false, code, error };
}
