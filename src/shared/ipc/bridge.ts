// The shape of `window.nianbao`, installed by the preload in Electron and by
// tests/browser/bridge.ts in browser tests: one named function per channel, grouped by the
// channel's prefix (`project.save` → `nianbao.project.save(input)`), plus event subscriptions.
// Answers arrive unvalidated here; wrap the bridge with createClient (client.ts) to parse them.
import type { InvokeChannel } from './channels';
import type { ChannelInput, ChannelOutput } from './contract';
import type { IpcResult } from './result';

type GroupOf<C extends string> = C extends `${infer G}.${string}` ? G : never;
type MethodOf<C extends string, G extends string> = C extends `${G}.${infer M}` ? M : never;

export type BridgeApi = {
  [G in GroupOf<InvokeChannel>]: {
    [M in MethodOf<InvokeChannel, G>]: `${G}.${M}` extends infer C extends InvokeChannel
      ? (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>
      : never;
  };
};

export type NianbaoBridge = BridgeApi & {
  /**
   * Subscribes to menu commands; returns the function that unsubscribes. What arrives is
   * unvalidated: subscribe through onMenuCommands (client.ts), which parses it.
   */
  onMenuCommand(callback: (command: unknown) => void): () => void;
};
