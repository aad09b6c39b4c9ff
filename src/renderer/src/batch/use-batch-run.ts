// Runs 汇总 or 批量审核 of a folder in main and polls how far it is, so the view can show a
// progress bar while main reads and validates report after report.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchKind, BatchOutcome, BatchProgress, ChannelInput } from '../../../shared/ipc';
import { ipc } from '../ipc/client';

/** How often the progress is asked for while a run goes on. */
const POLL_MS = 150;

export type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: BatchProgress | null }
  | { phase: 'done'; outcome: BatchOutcome }
  | { phase: 'failed'; message: string; details: readonly string[] };

type RunOptions = Omit<ChannelInput<'batch.run'>, 'runId' | 'kind'>;

function newRunId(): string {
  return `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function useBatchRun(kind: BatchKind): { state: RunState; start(options: RunOptions): Promise<void> } {
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const stopPolling = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => stopPolling, []);

  const start = useCallback(
    async (options: RunOptions) => {
      const client = ipc();
      if (!client) return setState({ phase: 'failed', message: '无法连接年报 Studio 主进程：请从桌面应用中打开本页面。', details: [] });
      const runId = newRunId();
      const before = state;
      const running = client.batch.run({ ...options, runId, kind });
      // The folder dialog comes first: the bar shows once main reports a run under this id.
      stopPolling();
      timer.current = setInterval(() => {
        void client.batch.progress({ runId }).then((p) => {
          if (p.ok && p.value && timer.current) setState({ phase: 'running', progress: p.value });
        });
      }, POLL_MS);
      const r = await running;
      stopPolling();
      if (!r.ok) setState({ phase: 'failed', message: r.error, details: r.details ?? [] });
      else if (r.value) setState({ phase: 'done', outcome: r.value });
      else setState(before); // the folder dialog was cancelled
    },
    [kind, state],
  );
  return { state, start };
}
