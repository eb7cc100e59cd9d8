// The built preload, run as Electron runs a sandboxed preload: a script whose `require` knows
// only 'electron'. Electron itself cannot run here, so the two objects the preload touches
// (contextBridge, ipcRenderer) are recorders; everything else is the real bundle.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePreload } from '../../../build/bundle-electron.mjs';
import { channels } from '../../../shared/ipc/contract';

interface Exposed { name: string; value: unknown }
interface Invocation { channel: string; input: unknown }

const outdir = mkdtempSync(path.join(os.tmpdir(), 'pykala-preload-'));
let code = '';
afterAll(() => { rmSync(outdir, { recursive: true, force: true }); });
beforeAll(async () => { code = await bundlePreload(outdir, channels); });

function runPreload(): { exposed: Exposed[]; invocations: Invocation[]; ipcRenderer: object } {
  const exposed: Exposed[] = [];
  const invocations: Invocation[] = [];
  const ipcRenderer = {
    invoke: (channel: string, input: unknown) => {
      invocations.push({ channel, input });
      return Promise.resolve({ ok: true, value: channel });
    },
  };
  const contextBridge = { exposeInMainWorld: (name: string, value: unknown) => { exposed.push({ name, value }); } };
  const sandboxRequire = (name: string): unknown => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error(`module not found in a sandboxed preload: ${name}`);
  };
  vm.runInNewContext(code, { require: sandboxRequire, module: { exports: {} }, exports: {}, Set, Promise, Object, String });
  return { exposed, invocations, ipcRenderer };
}

type Call = (channel: unknown, input?: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;

describe('the bundled preload', () => {
  it('exposes exactly one frozen function, window.api.call, and never ipcRenderer', () => {
    const { exposed, ipcRenderer } = runPreload();
    expect(exposed.map((entry) => entry.name)).toEqual(['api']);
    const api = exposed[0]!.value as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(['call']);
    expect(typeof api.call).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api)).not.toContain(ipcRenderer);
  });

  it('forwards every contract channel, and only those, to ipcRenderer.invoke', async () => {
    const { exposed, invocations } = runPreload();
    const call = (exposed[0]!.value as { call: Call }).call;
    for (const channel of channels) await call(channel, { probe: channel });
    expect(invocations).toEqual(channels.map((channel) => ({ channel, input: { probe: channel } })));
    expect(channels).toContain('files:save');
  });

  it('answers a channel outside the contract itself, without any IPC', async () => {
    const { exposed, invocations } = runPreload();
    const call = (exposed[0]!.value as { call: Call }).call;
    for (const channel of ['projects:dropAll', 'toString', '__proto__', 'constructor', '', 42, null, { toString: () => 'projects:list' }]) {
      const answer = await call(channel, {});
      expect(answer.ok).toBe(false);
      expect(answer.error?.code).toBe('UNKNOWN_CHANNEL');
    }
    expect(invocations).toEqual([]);
  });
});
