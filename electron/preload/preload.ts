// The renderer's only door: window.api.call for contract channels. ipcRenderer itself never
// crosses the bridge, and a channel outside the contract is answered here without any IPC.
import { contextBridge, ipcRenderer } from 'electron';
import type { PykalaApi } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/define';

// The contract's channel names, inlined by build/bundle-electron.mjs from shared/ipc/contract.ts:
// the preload then carries a list of strings instead of the whole contract with zod.
declare const PYKALA_CHANNELS: readonly string[];
const knownChannels: ReadonlySet<string> = new Set(PYKALA_CHANNELS);

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
};

contextBridge.exposeInMainWorld('api', Object.freeze(api));
