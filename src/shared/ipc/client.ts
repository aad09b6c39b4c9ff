// The renderer's typed client. It takes any transport — the preload's named functions in
// Electron, the Playwright bridge in tests, or a plain function in unit tests — and parses
// every answer with the contract, so a malformed answer becomes a Chinese error, not a crash.
import type { z } from 'zod';
import { INVOKE_CHANNELS, splitChannel, type InvokeChannel } from './channels';
import type { BridgeApi, NianbaoBridge } from './bridge';
import { CONTRACT, MenuCommandSchema, type ChannelInput, type ChannelOutput, type MenuCommand } from './contract';
import { IpcFailureSchema, fail, type IpcResult } from './result';

/** Sends one request and resolves with main's raw answer. */
export type Invoke = (channel: InvokeChannel, input: unknown) => Promise<unknown>;

/** The same named functions as the bridge (`client.project.save(input)`), answers parsed; plus `call(channel, input)`. */
export type IpcClient = BridgeApi & {
  call<C extends InvokeChannel>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
};

export function createClient(invoke: Invoke): IpcClient {
  async function call<C extends InvokeChannel>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>> {
    let answer: unknown;
    try {
      answer = await invoke(channel, input);
    } catch (e) {
      return fail('internal', `与主进程通信失败（${channel}）：${e instanceof Error ? e.message : String(e)}`);
    }
    return parseAnswer(channel, answer);
  }
  const groups: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const channel of INVOKE_CHANNELS) {
    const [group, method] = splitChannel(channel);
    (groups[group] ??= {})[method] = (input: unknown) => call(channel, input as never);
  }
  return { ...(groups as unknown as BridgeApi), call };
}

function parseAnswer<C extends InvokeChannel>(channel: C, answer: unknown): IpcResult<ChannelOutput<C>> {
  if (typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === true) {
    const schema = CONTRACT[channel].output as z.ZodType;
    const parsed = schema.safeParse((answer as { value?: unknown }).value);
    if (parsed.success) return { ok: true, value: parsed.data as ChannelOutput<C> };
    return fail('internal', `主进程返回的数据格式不正确（${channel}）：${parsed.error.issues[0]?.message ?? ''}`);
  }
  const failure = IpcFailureSchema.safeParse(answer);
  if (failure.success) return failure.data;
  return fail('internal', `主进程返回了无法识别的应答（${channel}）`);
}

/** The transport over `window.nianbao`: each channel goes to its own named function. */
export function invokeViaBridge(bridge: NianbaoBridge): Invoke {
  return (channel, input) => {
    const [group, method] = splitChannel(channel);
    const fn = (bridge as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[group]?.[method];
    if (typeof fn !== 'function') return Promise.reject(new Error(`接口 ${channel} 不存在`));
    return fn(input);
  };
}

/**
 * Menu commands from main, parsed by their schema: the callback only ever sees a valid
 * MenuCommand; anything else is reported to `onInvalid` (with the reason) and dropped.
 */
export function onMenuCommands(
  bridge: Pick<NianbaoBridge, 'onMenuCommand'>,
  callback: (command: MenuCommand) => void,
  onInvalid: (problem: string) => void,
): () => void {
  return bridge.onMenuCommand((raw) => {
    const parsed = MenuCommandSchema.safeParse(raw);
    if (parsed.success) callback(parsed.data);
    else onInvalid(`无法识别的菜单命令：${parsed.error.issues[0]?.message ?? ''}（${JSON.stringify(raw)?.slice(0, 100)}）`);
  });
}
