// Registers the handler table on ipcMain: one ipcMain.handle per contract channel, each
// checking that the message comes from our own page before the handler parses its input.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, fail } from '../../shared/ipc';
import type { HandlerTable } from '../ipc/handlers';
import { isTrustedSender } from './trusted-sender';

export function registerIpc(ipcMain: IpcMain, handlers: HandlerTable, pageUrl: () => string | null, afterCall: (channel: string) => void): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      const page = pageUrl();
      if (!page || !isTrustedSender(event.senderFrame?.url, page)) {
        return fail('refused', '已拒绝来自未知页面的请求。');
      }
      const result = await handlers[channel](input);
      afterCall(channel);
      return result;
    });
  }
}
