// The main process's side of shared/ipc/shell.ts: ask the renderer to save and wait for its
// answer, with a time limit, since a renderer that hangs or died must not keep the app open.
// Pure (the sending and the timers are given), so it is unit-tested without Electron.
import { isShellAnswer } from '../../shared/ipc/shell';
import type { ShellRequest, ShellRequestKind } from '../../shared/ipc/shell';

export interface Timers {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/** How the renderer answered: saved, refused to save (a field error), or said nothing in time. */
export type ShellOutcome = 'saved' | 'notSaved' | 'noAnswer';

export interface ShellRequester {
  /** Sends the request; resolves with the renderer's answer, or 'noAnswer' after timeoutMs. */
  request: (kind: ShellRequestKind, timeoutMs: number) => Promise<ShellOutcome>;
  /** An answer arrived from the renderer (already checked to come from the app's own frame). */
  answer: (message: unknown) => void;
}

/** `send` returns false when there is no renderer to ask (no window, or it is gone). */
export function createShellRequester(send: (request: ShellRequest) => boolean, timers: Timers): ShellRequester {
  let nextId = 1;
  const waiting = new Map<number, (outcome: ShellOutcome) => void>();
  return {
    request(kind, timeoutMs) {
      const id = nextId;
      nextId += 1;
      return new Promise<ShellOutcome>((resolve) => {
        const timer = timers.setTimeout(() => {
          waiting.delete(id);
          resolve('noAnswer');
        }, timeoutMs);
        waiting.set(id, (outcome) => {
          timers.clearTimeout(timer);
          waiting.delete(id);
          resolve(outcome);
        });
        if (!send({ id, kind })) waiting.get(id)?.('noAnswer');
      });
    },
    answer(message) {
      if (!isShellAnswer(message)) return;
      waiting.get(message.id)?.(message.saved ? 'saved' : 'notSaved');
    },
  };
}
