// The preload: the only bridge between the isolated, sandboxed page and main. It exposes one
// named function per contract channel (window.nianbao.project.save(input), …) and the menu
// event subscription — never a generic invoke or send on an arbitrary channel. A sandboxed
// preload can require nothing but `electron`, so it imports only the zod-free channel list;
// main parses every input and the renderer's client parses every answer.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { forwardDroppedFiles } from './dropped-files';
import { BRIDGE_GLOBAL, DROP_CHANNEL, EVENT_CHANNELS, INVOKE_CHANNELS, splitChannel } from '../shared/ipc/channels';

const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
for (const channel of INVOKE_CHANNELS) {
  const [group, method] = splitChannel(channel);
  // Each function is bound to its one channel when the preload runs; the page cannot choose it.
  (api[group] ??= {})[method] = (input: unknown) => ipcRenderer.invoke(channel, input);
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, {
  ...api,
  onMenuCommand(callback: (command: unknown) => void): () => void {
    // The page never sees the IpcRendererEvent (it would expose `sender`).
    const listener = (_event: IpcRendererEvent, command: unknown) => callback(command);
    ipcRenderer.on(EVENT_CHANNELS.menuCommand, listener);
    return () => void ipcRenderer.removeListener(EVENT_CHANNELS.menuCommand, listener);
  },
});

// Files dropped onto the window: their paths, from a real drop only, on a fixed channel.
if (typeof window !== 'undefined') {
  forwardDroppedFiles(window, (file) => webUtils.getPathForFile(file), (paths) => ipcRenderer.send(DROP_CHANNEL, paths));
}
