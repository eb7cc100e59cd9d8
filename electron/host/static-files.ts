// Serves the built renderer from one folder. The path is resolved and must stay inside the
// folder, so "/../../etc/passwd" style requests get a 404 rather than a file.
// Reads are synchronous on purpose: the files are small and local, and answering a script
// request at once keeps it from waiting behind a long API call on the one event loop.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

export function readStaticFile(rendererDir: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/u, '');
  const root = path.resolve(rendererDir);
  const full = path.resolve(root, relative);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  try {
    if (!statSync(full).isFile()) return null;
    return { body: readFileSync(full), contentType: contentTypes[path.extname(full).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
