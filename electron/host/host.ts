// The browser host (architecture.md): the same handler table as the desktop app, over HTTP on
// loopback, for Playwright and for UI work without Electron. Only the last inch of transport
// differs from the desktop app; the renderer cannot tell which one it talks to.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openAppContext } from '../services/app-context';
import type { AppContext } from '../services/app-context-types';
import { dispatch } from '../services/dispatch';
import { logger } from '../services/logger';
import type { AppError, Envelope } from '../../shared/ipc/define';
// The very policy the desktop app's app:// protocol sends, so both transports are equally strict.
import { contentSecurityPolicy } from '../main/csp';
import { readStaticFile } from './static-files';
import { BodyTooLargeError, hasValidToken, isAllowedHost, readBody } from './request-guard';

export interface HostOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** Create the demo database when the folder has none (default true, as in the desktop app). */
  seedDemoIfNew?: boolean;
  /** With the demo, its meetings too (default true). */
  demoMeetings?: boolean;
}

export interface RunningHost {
  /** http://127.0.0.1:<port>/ */
  url: string;
  token: string;
  /** The page URL including the token, as dev:web prints it. */
  pageUrl: string;
  readonly context: AppContext;
  close(): Promise<void>;
}

/** Room for an uploaded file (a 30 MB spreadsheet, exchange file or returned .docx as base64), small enough that nobody can exhaust memory. */
export const maxBodyBytes = 48 * 1024 * 1024;

const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendEnvelope(response: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = JSON.stringify(envelope);
  response.writeHead(status, { ...baseHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

function sendError(response: ServerResponse, status: number, error: AppError, extraHeaders: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(extraHeaders)) response.setHeader(name, value);
  sendEnvelope(response, status, { ok: false, error });
}

/** A malformed escape is just an unknown channel, not a server error. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  // Automatic backups as in the desktop app: the browser host is the app in a browser tab.
  const context = openAppContext({ dataDir: options.dataDir, seedDemoIfNew: options.seedDemoIfNew ?? true, demoMeetings: options.demoMeetings ?? true, automaticBackups: true });
  const token = randomBytes(32).toString('base64url');
  let port = 0;

  async function handleApi(request: IncomingMessage, response: ServerResponse, channelName: string): Promise<void> {
    if (request.method !== 'POST') {
      sendError(response, 405, { code: 'FORBIDDEN', message: 'Only POST is allowed on the API' }, { Allow: 'POST' });
      return;
    }
    if (!hasValidToken(request, token)) {
      sendError(response, 401, { code: 'FORBIDDEN', message: 'Missing or wrong token' });
      return;
    }
    let raw: string;
    try {
      raw = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendError(response, 413, { code: 'VALIDATION', message: error.message });
        request.resume();
        return;
      }
      throw error;
    }
    let input: unknown;
    try {
      input = raw.trim() === '' ? {} : JSON.parse(raw);
    } catch {
      sendError(response, 400, { code: 'VALIDATION', message: 'Request body is not valid JSON' });
      return;
    }
    sendEnvelope(response, 200, await dispatch(context.handlers, channelName, input));
  }

  function handleStatic(request: IncomingMessage, response: ServerResponse, pathname: string): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendError(response, 405, { code: 'FORBIDDEN', message: 'Method not allowed' }, { Allow: 'GET, HEAD' });
      return;
    }
    const file = readStaticFile(options.rendererDir, pathname);
    if (!file) {
      sendError(response, 404, { code: 'NOT_FOUND', message: `No file ${pathname}` });
      return;
    }
    response.writeHead(200, {
      ...baseHeaders,
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Frame-Options': 'DENY',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  const server = createServer((request, response) => {
    const handle = async (): Promise<void> => {
      if (!isAllowedHost(request.headers.host, port)) {
        sendError(response, 403, { code: 'FORBIDDEN', message: 'Host not allowed' });
        return;
      }
      const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      if (pathname.startsWith('/api/')) await handleApi(request, response, safeDecode(pathname.slice('/api/'.length)));
      else handleStatic(request, response, pathname);
    };
    handle().catch((error: unknown) => {
      logger.error('browser host request failed', error);
      if (!response.headersSent) sendError(response, 500, { code: 'INTERNAL', message: 'Internal error' });
      else response.end();
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    context.close();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    token,
    pageUrl: `${url}?token=${token}`,
    context,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => { resolve(); }));
      context.close();
    },
  };
}
