// The one app window, with every webPreference of Electron's security checklist spelled out
// (defaults change between versions; explicit values are what the scanners and reviewers read).
import { BrowserWindow } from 'electron';
import { translate } from '../../shared/i18n/translate';
import { appEntryUrl } from './app-origin';

export function createMainWindow(preloadPath: string, options: { devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: translate('common.appName'),
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // DevTools only in development; a packaged app offers no console to paste code into.
      devTools: options.devTools,
      // Middle-click would otherwise open links in a new window without a click event.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => { window.show(); });
  return window;
}

export async function loadApp(window: BrowserWindow): Promise<void> {
  await window.loadURL(appEntryUrl);
}

/** A second start of the app lands here: bring the existing window forward instead. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
