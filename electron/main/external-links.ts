import { appHost } from './app-origin';

// Which links may leave the app for the user's browser or mail program: https with a host and no
// embedded credentials, and mailto with an address. Plain http (readable and changeable on the
// way), javascript:, file:, smb:, custom handlers and the like never reach shell.openExternal.
export function safeExternalUrl(raw: string): string | null {
  if (raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  switch (url.protocol) {
    case 'https:':
      if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
      return url.toString();
    case 'mailto:':
      // One plain address: no list, no spaces, nothing that a mail program reads as another argument.
      return /^[^\s@,;<>"]+@[^\s@,;<>"]+$/u.test(decodeURIComponentSafe(url.pathname)) ? url.toString() : null;
    default:
      return null;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
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
