// The renderer's only door: window.api.call for contract channels, and window.api.onShellRequest
// through which the renderer answers the shell's "save now" (menu Tallenna, window closing).
// ipcRenderer itself never crosses the bridge, and a channel outside the contract is answered
// here without any IPC.
import { contextBridge, ipcRenderer } from 'electron';
import type { PykalaApi } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/define';
import { isShellRequest, shellAnswerChannel, shellRequestChannel } from '../../shared/ipc/shell';
import type { ShellAnswer, ShellRequestHandler } from '../../shared/ipc/shell';

// The contract's channel names, inlined by build/bundle-electron.mjs from shared/ipc/contract.ts:
// the preload then carries a list of strings instead of the whole contract with zod.
declare const PYKALA_CHANNELS: readonly string[];
const knownChannels: ReadonlySet<string> = new Set(PYKALA_CHANNELS);

let shellHandler: ShellRequestHandler | null = null;

// Every request is answered, so the main process never waits for its time limit needlessly:
// with nothing registered (no editor open) there is nothing to save.
ipcRenderer.on(shellRequestChannel, (_event, request: unknown) => {
  if (!isShellRequest(request)) return;
  const answer = (saved: boolean) => {
    const message: ShellAnswer = { id: request.id, saved };
    ipcRenderer.send(shellAnswerChannel, message);
  };
  if (!shellHandler) {
    answer(true);
    return;
  }
  // At run time the page could resolve anything: only a real true says saved.
  shellHandler(request.kind).then((saved: unknown) => { answer(saved === true); }, () => { answer(false); });
});

const api: PykalaApi = {
  call(channel, input) {
    // The renderer is typed, but at run time anything can arrive here.
    const name: unknown = channel;
    if (typeof name !== 'string' || !knownChannels.has(name)) {
      const refused: Envelope<never> = { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown channel' } };
      return Promise.resolve(refused);
    }
    return ipcRenderer.invoke(channel, input) as ReturnType<PykalaApi['call']>;
  },
  onShellRequest(handler) {
    const given: unknown = handler;
    if (typeof given === 'function') shellHandler = handler;
  },
};

contextBridge.exposeInMainWorld('api', Object.freeze(api));
