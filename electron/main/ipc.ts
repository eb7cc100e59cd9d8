// The ONE way IPC handlers are registered: every contract channel, one sender check, then the
// shared dispatch (schema validation, envelope); and the renderer's answers to the shell's save
// requests. Nothing else in the shell calls ipcMain. The answer itself (ipc-answer.ts) always
// resolves to an envelope.
import { ipcMain } from 'electron';
import { channels } from '../../shared/ipc/contract';
import { shellAnswerChannel } from '../../shared/ipc/shell';
import { isTrustedSender } from './app-origin';
import type { HandlerTable } from '../services/dispatch';
import { answerIpc } from './ipc-answer';

/**
 * The renderer's answers to the shell's save requests (shared/ipc/shell.ts), from the app's own
 * frame only; `onAnswer` checks the message's shape.
 */
export function registerShellAnswers(onAnswer: (message: unknown) => void): void {
  ipcMain.on(shellAnswerChannel, (event, message: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null)) return;
    onAnswer(message);
  });
}

/** `table` is read per call: after app:recover the AppContext may hand out a new table. */
export function registerIpcHandlers(table: () => HandlerTable): void {
  for (const name of channels) {
    ipcMain.handle(name, (event, input: unknown) =>
      answerIpc(
        name,
        input,
        () => {
          const frame = event.senderFrame;
          return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
        },
        table,
      ),
    );
  }
}
