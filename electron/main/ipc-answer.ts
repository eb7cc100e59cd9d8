// What the desktop shell answers one IPC call with. Pure (no 'electron' import) so that it is
// unit-tested in plain Node: whatever goes wrong (a destroyed frame, a table that cannot be
// built, a throw anywhere), the renderer gets an envelope, never a rejected invoke().
import type { Envelope } from '../../shared/ipc/define';
import { dispatch, internalError } from '../services/dispatch';
import type { HandlerTable } from '../services/dispatch';
import { logger } from '../services/logger';
import { isTrustedSender } from './app-origin';

export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

export const forbidden: Envelope<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'Sender is not the app' } };

/**
 * `sender` reads the calling frame (Electron throws when it was destroyed meanwhile; null when
 * there is none); `table` is read per call, as app:recover may replace the open database.
 */
export async function answerIpc(name: string, input: unknown, sender: () => SenderFrame | null, table: () => HandlerTable): Promise<Envelope<unknown>> {
  let frame: SenderFrame | null;
  try {
    frame = sender();
  } catch {
    frame = null;
  }
  if (!isTrustedSender(frame)) {
    logger.warn(`IPC ${name} refused from ${frame?.url.slice(0, 200) ?? 'a destroyed frame'}`);
    return forbidden;
  }
  try {
    return await dispatch(table(), name, input);
  } catch (error) {
    logger.error(`IPC ${name} failed outside dispatch`, error);
    return { ok: false, error: internalError };
  }
}
