import { appHost } from './app-origin';

// Which links may leave the app for the user's browser. Only plain http(s) with a host and no
// embedded credentials; javascript:, file:, smb:, custom handlers and the like never reach
// shell.openExternal.
export function safeExternalUrl(raw: string): string | null {
  if (raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.toString();
}

/**
 * The offline app's own requests are app:// (plus data: images and DevTools). Everything else,
 * above all remote http(s), ws and file, is cancelled session-wide.
 */
export function isAllowedRequestUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  switch (url.protocol) {
    case 'app:':
      return url.host === appHost;
    case 'data:':
    case 'devtools:':
      return true;
    default:
      return false;
  }
}
