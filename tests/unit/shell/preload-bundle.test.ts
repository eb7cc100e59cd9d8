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
import { shellAnswerChannel, shellRequestChannel } from '../../../shared/ipc/shell';

interface Exposed { name: string; value: unknown }
interface Invocation { channel: string; input: unknown }
type Listener = (event: unknown, message: unknown) => void;

const outdir = mkdtempSync(path.join(os.tmpdir(), 'pykala-preload-'));
let code = '';
afterAll(() => { rmSync(outdir, { recursive: true, force: true }); });
beforeAll(async () => { code = await bundlePreload(outdir, channels); });

function runPreload(): { exposed: Exposed[]; invocations: Invocation[]; ipcRenderer: object; listeners: Map<string, Listener>; sent: Invocation[] } {
  const exposed: Exposed[] = [];
  const invocations: Invocation[] = [];
  const listeners = new Map<string, Listener>();
  const sent: Invocation[] = [];
  const ipcRenderer = {
    invoke: (channel: string, input: unknown) => {
      invocations.push({ channel, input });
      return Promise.resolve({ ok: true, value: channel });
    },
    on: (channel: string, listener: Listener) => { listeners.set(channel, listener); },
    send: (channel: string, input: unknown) => { sent.push({ channel, input }); },
  };
  const contextBridge = { exposeInMainWorld: (name: string, value: unknown) => { exposed.push({ name, value }); } };
  const sandboxRequire = (name: string): unknown => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error(`module not found in a sandboxed preload: ${name}`);
  };
  vm.runInNewContext(code, { require: sandboxRequire, module: { exports: {} }, exports: {}, Set, Promise, Object, String, Number });
  return { exposed, invocations, ipcRenderer, listeners, sent };
}

type Call = (channel: unknown, input?: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;

describe('the bundled preload', () => {
  it('exposes exactly two frozen functions, window.api.call and onShellRequest, and never ipcRenderer', () => {
    const { exposed, ipcRenderer } = runPreload();
    expect(exposed.map((entry) => entry.name)).toEqual(['api']);
    const api = exposed[0]!.value as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(['call', 'onShellRequest']);
    expect(typeof api.call).toBe('function');
    expect(typeof api.onShellRequest).toBe('function');
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

  it('answers every save request of the shell: through the renderer handler when one is set, at once when none is', async () => {
    const { exposed, listeners, sent } = runPreload();
    const request = listeners.get(shellRequestChannel);
    expect(request).toBeDefined();
    request!({}, { id: 1, kind: 'close' });
    expect(sent).toEqual([{ channel: shellAnswerChannel, input: { id: 1, saved: true } }]);

    const asked: string[] = [];
    const api = exposed[0]!.value as { onShellRequest: (handler: (kind: string) => Promise<boolean>) => void };
    api.onShellRequest((kind) => { asked.push(kind); return Promise.resolve(kind === 'save'); });
    request!({}, { id: 2, kind: 'save' });
    request!({}, { id: 3, kind: 'close' });
    // Not requests: ignored, never passed to the renderer.
    for (const junk of [null, { id: 4 }, { id: 5, kind: 'dropAll' }, { id: 'x', kind: 'save' }]) request!({}, junk);
    await new Promise((resolve) => { setTimeout(resolve, 0); });
    expect(asked).toEqual(['save', 'close']);
    expect(sent.slice(1)).toEqual([
      { channel: shellAnswerChannel, input: { id: 2, saved: true } },
      { channel: shellAnswerChannel, input: { id: 3, saved: false } },
    ]);
  });
});
