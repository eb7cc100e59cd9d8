// The ONE module through which the renderer reaches the rest of the app. In the desktop app the
// preload provides window.api; in a plain browser the browser host's HTTP client stands in.
import type { Channel, InputOf, OutputOf, PykalaApi } from '../../../shared/ipc/contract';
import type { AppError, Envelope, ExportFile } from '../../../shared/ipc/define';
import type { ShellRequestHandler } from '../../../shared/ipc/shell';
import { createHttpApi } from './http-client';
import type { HttpApi } from './http-client';

declare global {
  interface Window {
    api?: PykalaApi;
  }
}

let api: PykalaApi | null = null;
let httpApi: HttpApi | null = null;

function currentApi(): PykalaApi {
  if (api) return api;
  if (window.api) api = window.api;
  else api = httpApi = createHttpApi();
  return api;
}

export function isDesktop(): boolean {
  return window.api !== undefined;
}

export function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Envelope<OutputOf<C>>> {
  return currentApi().call(channel, input);
}

/**
 * A call made as the page goes away (pagehide, beforeunload): it is on its way when this returns.
 * Desktop: IPC posts the message at once and the main process finishes it. Browser host: a
 * keepalive fetch, which the browser completes after the page is gone (small bodies only).
 */
export function callWhileClosing<C extends Channel>(channel: C, input: InputOf<C>): Promise<Envelope<OutputOf<C>>> {
  currentApi();
  return httpApi ? httpApi.callWhileClosing(channel, input) : call(channel, input);
}

const shellHandlers = new Set<ShellRequestHandler>();

/** What is open saves when the desktop shell asks (the menu's Tallenna, the window closing). */
export function onShellRequest(handler: ShellRequestHandler): () => void {
  shellHandlers.add(handler);
  return () => { shellHandlers.delete(handler); };
}

/**
 * Once at startup: the desktop shell's requests are answered from here, with nothing open too
 * (at once), so a closing window never waits for its time limit needlessly. No-op in a browser.
 */
export function answerShellRequests(): void {
  window.api?.onShellRequest?.(async (kind) => (await Promise.all([...shellHandlers].map((handler) => handler(kind)))).every(Boolean));
}

/** Thrown by `callOrThrow` so that hooks can keep the happy path flat. */
export class ApiError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = 'ApiError';
  }
}

export async function callOrThrow<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const envelope = await call(channel, input);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}

export type SaveResult = { saved: true } | { saved: false; error?: AppError };

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = window.atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Desktop: a native save dialog via 'files:save'. Browser: an ordinary download with the file's name. */
export async function saveFile(file: ExportFile): Promise<SaveResult> {
  if (window.api) {
    const envelope = await window.api.call('files:save', file);
    if (!envelope.ok) return { saved: false, error: envelope.error };
    return { saved: envelope.value.saved };
  }
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.dataBase64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium reads the blob asynchronously after click().
  window.setTimeout(() => { URL.revokeObjectURL(url); }, 10_000);
  return { saved: true };
}
