// Every IPC message must come from our own page: the packaged index.html (file:) or, while
// developing, the electron-vite dev server. Anything else — a frame that navigated away, an
// injected iframe — is refused before a handler sees it.
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `pageUrl` is what the window loaded; `senderUrl` the frame that sent the message. */
export function isTrustedSender(senderUrl: string | undefined | null, pageUrl: string): boolean {
  if (!senderUrl) return false;
  let sender: URL;
  let page: URL;
  try {
    sender = new URL(senderUrl);
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  if (page.protocol === 'file:') return sender.protocol === 'file:' && sender.host === page.host && decodeURIComponent(sender.pathname) === decodeURIComponent(page.pathname);
  return sender.origin === page.origin;
}

/**
 * Where a request may go: the app's own files (file: URLs inside `rendererDir`, the built
 * renderer), data: images, and the dev server when developing. Any other file: URL is refused.
 */
export function isAllowedRequest(url: string, devServerUrl: string | null, rendererDir: string | null): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'file:') {
    if (!rendererDir || u.host !== '') return false;
    let path: string;
    try {
      path = fileURLToPath(u);
    } catch {
      return false;
    }
    const root = resolve(rendererDir);
    const inside = resolve(path);
    return inside === root || inside.startsWith(root.endsWith(sep) ? root : root + sep);
  }
  if (u.protocol === 'data:' || u.protocol === 'devtools:' || u.protocol === 'blob:') return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return u.origin === dev.origin || (u.protocol === 'ws:' && u.host === dev.host);
  }
  return false;
}
