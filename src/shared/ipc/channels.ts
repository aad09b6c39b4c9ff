// The names of every IPC channel, with no schema attached. The sandboxed preload can require
// nothing but `electron`, so it builds its named functions from this zod-free list; the
// contract (contract.ts) attaches the schemas and a type check keeps the two lists equal.

/** Request/response channels, renderer → main. Each becomes one named function on `window.nianbao`. */
export const INVOKE_CHANNELS = [
  'app.info',
  'project.templates',
  'project.new',
  'project.open',
  'project.openPath',
  'project.save',
  'project.saveAs',
  'recovery.write',
  'recovery.list',
  'recovery.discard',
  'recent.list',
  'recent.remove',
  'export.run',
  'export.copyHtml',
  'publish.check',
  'import.run',
  'prior.read',
  'profile.read',
  'batch.run',
  'batch.progress',
  'batch.export',
  'batch.openUnit',
  'shell.showItemInFolder',
  'window.setDocument',
  'window.close',
  'dialog.confirm',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** Events, main → renderer. The preload exposes each as an `on…(callback)` subscription. */
export const EVENT_CHANNELS = { menuCommand: 'menu.command' } as const;

/**
 * Preload → main only: the paths of files the user dropped onto the window. Not on
 * window.nianbao — the preload sends it from a trusted drop event in its isolated world.
 */
export const DROP_CHANNEL = 'file.dropped';

/** The global the preload (and the browser-test bridge) installs in the page. */
export const BRIDGE_GLOBAL = 'nianbao';

/** Splits 'project.save' into its group and method: window.nianbao.project.save(input). */
export function splitChannel(channel: string): [group: string, method: string] {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
}
