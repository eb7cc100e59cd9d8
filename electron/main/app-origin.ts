// Where the production UI comes from, and who counts as "the app". Pure (no 'electron' import)
// so the rules are unit-tested in plain Node.
import path from 'node:path';

export const appScheme = 'app';
export const appHost = 'pykala';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** Same origin as the packaged UI. Anything else (file:, http:, about:blank, a lookalike host) is a stranger. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === '';
}

/**
 * The IPC sender check: only the app's own top-level frame may call handlers. An iframe or a
 * navigated-away page (even one that somehow kept the preload) gets FORBIDDEN.
 */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.isMainFrame && isAppUrl(frame.url);
}

/**
 * Maps an app:// request to a file under rootDir, or null when it must be refused. The URL
 * parser already folds "/../" and "%2e%2e"; we decode once more and re-check the result lies
 * under rootDir, so that encoded separators, backslashes, NUL bytes and absolute paths all fail.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null;
  return resolveRendererPath(rootDir, url.pathname);
}

/**
 * The traversal guard itself, on a URL pathname: shared by the app:// protocol and the browser
 * host, so both serve exactly the same files and refuse exactly the same requests.
 */
export function resolveRendererPath(rootDir: string, pathname: string): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\') || /(^|\/)\.\.(\/|$)/u.test(relative)) return null;
  if (/^\/*[a-zA-Z]:/u.test(relative) || relative.startsWith('//')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, `.${relative}`);
  const inside = path.relative(root, resolved);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return resolved;
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
