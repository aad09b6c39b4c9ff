// The renderer's one way to the main process: the typed client over `window.nianbao` (the
// preload in Electron, the Playwright bridge in browser tests). Every answer is parsed.
import { createClient, invokeViaBridge, type IpcClient } from '../../../shared/ipc';

let client: IpcClient | null | undefined;

/** The client, or null when the page runs without a bridge (opened as a plain web page). */
export function ipc(): IpcClient | null {
  if (client === undefined) client = typeof window.nianbao === 'object' && window.nianbao ? createClient(invokeViaBridge(window.nianbao)) : null;
  return client;
}

/** A fresh identity for a document's recovery draft. */
export function newRecoveryKey(): string {
  const rand = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `d-${rand}`.slice(0, 64);
}
