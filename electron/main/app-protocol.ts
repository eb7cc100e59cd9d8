// app://pykala/ serves the built renderer from disk (inside the asar when packaged). Every
// response carries the CSP; anything outside the renderer folder is a 404.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import type { Session } from 'electron';
import { appScheme, mimeTypeFor, resolveAppPath } from './app-origin';
import { securityHeaders } from './csp';

/** Must run before app 'ready': a standard, secure scheme gets a real origin and the fetch API. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
}

async function fileResponse(file: string): Promise<Response> {
  const body = await readFile(file);
  return new Response(new Uint8Array(body), { status: 200, headers: securityHeaders(mimeTypeFor(file)) });
}

export function serveRenderer(session: Session, rendererRoot: string): void {
  session.protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET') return notFound();
    const file = resolveAppPath(rendererRoot, request.url);
    if (!file) return notFound();
    try {
      return await fileResponse(file);
    } catch {
      // A path without an extension is an in-app route: answer with the app itself.
      return path.extname(file) === '' ? fileResponse(path.join(rendererRoot, 'index.html')).catch(notFound) : notFound();
    }
  });
}
