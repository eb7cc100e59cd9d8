// Session- and webContents-wide rules of the offline app (Electron's security checklist): no
// permissions, no downloads, no remote requests, no new windows, no navigation away, no webviews.
import { app, shell } from 'electron';
import type { Event, Session, WebContents } from 'electron';
import { logger } from '../services/logger';
import { isAppUrl } from './app-origin';
import { isAllowedRequestUrl, safeExternalUrl } from './external-links';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.warn(`permission request denied: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event, item) => {
    // Saving goes through files:save and the native dialog; the page itself downloads nothing.
    logger.warn(`download blocked: ${item.getURL().slice(0, 200)}`);
    event.preventDefault();
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) logger.warn(`request blocked: ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  if (session.availableSpellCheckerLanguages.includes('fi')) session.setSpellCheckerLanguages(['fi']);
}

/** Opens a link outside only if it is https or mailto (external-links.ts). */
function openOutside(url: string): void {
  const safe = safeExternalUrl(url);
  if (safe) {
    shell.openExternal(safe).catch((error: unknown) => { logger.warn('openExternal failed', error); });
  } else {
    logger.warn(`external link refused: ${url.slice(0, 200)}`);
  }
}

function blockNavigation(event: Event, url: string): void {
  if (isAppUrl(url)) return;
  event.preventDefault();
  openOutside(url);
}

function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', blockNavigation);
  contents.on('will-frame-navigate', (event) => { blockNavigation(event, event.url); });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => { event.preventDefault(); });
}

/** Applies to every webContents ever created, including any the app did not mean to create. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => { hardenWebContents(contents); });
}
