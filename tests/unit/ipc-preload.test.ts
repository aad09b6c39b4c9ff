// The preload exposes exactly the contract: one named function per channel, each bound to its
// own channel, plus onMenuCommand — no generic invoke/send. Checked on the source (with a
// stand-in for electron) and on the built CommonJS bundle that Electron actually loads.
import { describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { built } from './support/built';
import { runInNewContext } from 'node:vm';
import { INVOKE_CHANNELS, splitChannel } from '../../src/shared/ipc';

type Exposed = Record<string, unknown>;

/** A stand-in for the electron module that records what the preload exposes and invokes. */
function fakeElectron() {
  const exposed: Record<string, Exposed> = {};
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: Exposed) => void (exposed[key] = value) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => void invoked.push([channel, input]),
      on: (channel: string, fn: (event: unknown, payload: unknown) => void) => void listeners.set(channel, [...(listeners.get(channel) ?? []), fn]),
      removeListener: (channel: string, fn: unknown) => void listeners.set(channel, (listeners.get(channel) ?? []).filter((f) => f !== fn)),
      send: () => {
        throw new Error('the preload must not use send');
      },
    },
  };
  return { electron, exposed, invoked, listeners };
}

async function checkExposure(fake: ReturnType<typeof fakeElectron>) {
  expect(Object.keys(fake.exposed)).toEqual(['nianbao']);
  const api = fake.exposed.nianbao!;
  const groups = [...new Set(INVOKE_CHANNELS.map((c) => splitChannel(c)[0]))];
  expect(Object.keys(api).sort()).toEqual([...groups, 'onMenuCommand'].sort());
  const seen = new Set<unknown>();
  for (const channel of INVOKE_CHANNELS) {
    const [group, method] = splitChannel(channel);
    const fn = (api[group] as Record<string, unknown>)[method];
    expect(typeof fn, channel).toBe('function');
    seen.add(fn);
    await (fn as (input: unknown) => Promise<unknown>)({ probe: channel });
    expect(fake.invoked.at(-1)).toEqual([channel, { probe: channel }]);
  }
  expect(seen.size).toBe(INVOKE_CHANNELS.length);
  // Nothing beyond the contract in any group.
  const exposedMethods = groups.flatMap((g) => Object.keys(api[g] as object).map((m) => `${g}.${m}`));
  expect(exposedMethods.sort()).toEqual([...INVOKE_CHANNELS].sort());

  // Menu events reach the callback without the IPC event object, and unsubscribe works.
  const got: unknown[] = [];
  const off = (api.onMenuCommand as (cb: (c: unknown) => void) => () => void)((c) => got.push(c));
  for (const l of fake.listeners.get('menu.command') ?? []) l({ sender: 'secret' }, { command: 'save' });
  expect(got).toEqual([{ command: 'save' }]);
  off();
  expect(fake.listeners.get('menu.command')).toEqual([]);
}

describe('preload', () => {
  test('source: named functions for exactly the contract channels', async () => {
    const fake = fakeElectron();
    vi.doMock('electron', () => fake.electron);
    await import('../../src/preload/index');
    await checkExposure(fake);
    vi.doUnmock('electron');
  });

  test('source never forwards a channel chosen by the page', () => {
    const src = readFileSync(new URL('../../src/preload/index.ts', import.meta.url), 'utf8');
    // The one send is the fixed drop channel, from a trusted drop event (never a page's call).
    expect(src.match(/ipcRenderer\.(send|sendSync|postMessage)\b[^;]*/g)).toEqual(['ipcRenderer.send(DROP_CHANNEL, paths))']);
    expect(src).toMatch(/forwardDroppedFiles\(window, \(file\) => webUtils\.getPathForFile\(file\), \(paths\) => ipcRenderer\.send/);
    const drops = readFileSync(new URL('../../src/preload/dropped-files.ts', import.meta.url), 'utf8');
    expect(drops).toMatch(/if \(!event\.isTrusted/);
    // Installed into the test page as its source text: it may not lean on imports.
    expect(drops).not.toMatch(/^import /m);
    expect(src.match(/ipcRenderer\.invoke\(/g)).toHaveLength(1);
    expect(src).toMatch(/for \(const channel of INVOKE_CHANNELS\)/);
  });

  test('source: a drop the page forges (isTrusted false) sends nothing to main', async () => {
    vi.resetModules();
    const fake = fakeElectron();
    const sent: unknown[] = [];
    Object.assign(fake.electron.ipcRenderer, { send: (...args: unknown[]) => void sent.push(args) });
    Object.assign(fake.electron, { webUtils: { getPathForFile: () => '/etc/passwd' } });
    const target = new EventTarget();
    vi.stubGlobal('window', target);
    vi.doMock('electron', () => fake.electron);
    try {
      await import('../../src/preload/index');
      const forged = Object.assign(new Event('drop', { cancelable: true }), { dataTransfer: { files: [{ name: 'passwd' }], types: ['Files'] } });
      target.dispatchEvent(forged);
      expect(forged.isTrusted).toBe(false);
      expect(sent).toEqual([]);
    } finally {
      vi.doUnmock('electron');
      vi.unstubAllGlobals();
    }
  });

  const preloadBuild = new URL('../../out/preload/index.cjs', import.meta.url).pathname;
  test('build: CommonJS requiring only electron, exposing the same functions', async () => {
    const code = readFileSync(built(preloadBuild), 'utf8');
    expect([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const fake = fakeElectron();
    const listening: string[] = [];
    runInNewContext(code, {
      require: (id: string) => {
        if (id !== 'electron') throw new Error(`sandboxed preload cannot require ${id}`);
        return fake.electron;
      },
      module: { exports: {} },
      exports: {},
      // The drop listener is bundled in too (src/preload/dropped-files.ts).
      window: { addEventListener: (type: string) => void listening.push(type) },
    });
    await checkExposure(fake);
    expect(listening).toEqual(['dragover', 'drop']);
  });
});
