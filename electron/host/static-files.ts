// Serves the built renderer from one folder. The path is resolved and must stay inside the
// folder, so "/../../etc/passwd" style requests get a 404 rather than a file.
// Reads are synchronous on purpose: the files are small and local, and answering a script
// request at once keeps it from waiting behind a long API call on the one event loop.
import { readFileSync, statSync } from 'node:fs';
import { mimeTypeFor, resolveRendererPath } from '../main/app-origin';

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

export function readStaticFile(rendererDir: string, urlPath: string): StaticFile | null {
  const full = resolveRendererPath(rendererDir, urlPath);
  if (full === null) return null;
  try {
    if (!statSync(full).isFile()) return null;
    return { body: readFileSync(full), contentType: mimeTypeFor(full) };
  } catch {
    return null;
  }
}
