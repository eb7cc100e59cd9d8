// The ONE way IPC handlers are registered: every contract channel, one sender check, then the
// shared dispatch (schema validation, envelope). Nothing else in the shell calls ipcMain.
// The answer itself (ipc-answer.ts) always resolves to an envelope.
import { ipcMain } from 'electron';
import { channels } from '../../shared/ipc/contract';
import type { HandlerTable } from '../services/dispatch';
import { answerIpc } from './ipc-answer';

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
