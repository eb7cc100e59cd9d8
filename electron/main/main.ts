// Electron main process: thin wiring of the tested pieces. Startup order matters: scheme
// privileges and the userData path before 'ready', the single-instance lock before any window.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { translate } from '../../shared/i18n/translate';
import { shellRequestChannel } from '../../shared/ipc/shell';
import { chooseNativeBinding } from '../native/binding';
import { openAppContext } from '../services/app-context';
import type { AppContext } from '../services/app-context-types';
import { defaultDataDir } from '../services/data-folder';
import type { HandlerTable } from '../services/dispatch';
import { logger } from '../services/logger';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { createCloseGuard } from './close-guard';
import { registerIpcHandlers, registerShellAnswers } from './ipc';
import { installFinnishMenu } from './menu';
import { saveFileWithDialog } from './save-file';
import { hardenAllWebContents, hardenSession } from './security';
import { createShellRequester } from './shell-requests';
import { createMainWindow, focusWindow, loadApp } from './window';

// dist/electron/main.cjs → dist/renderer and the project root (dev) / app.asar root (packaged).
const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const projectRoot = path.join(__dirname, '..', '..');

let mainWindow: BrowserWindow | null = null;
let context: AppContext | null = null;

/** How long a closing window waits for the renderer's save before it closes anyway. */
const closeSaveLimitMs = 3000;
/** The menu's Tallenna only starts the save; the renderer says how it went. */
const menuSaveLimitMs = 30_000;

const shellRequests = createShellRequester(
  (request) => {
    if (!mainWindow || mainWindow.isDestroyed() || mainWindow.webContents.isCrashed()) return false;
    mainWindow.webContents.send(shellRequestChannel, request);
    return true;
  },
  { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => { clearTimeout(handle as NodeJS.Timeout); } },
);
// One guard for the window's close and the app's quit: both wait for the same save.
const closeGuard = createCloseGuard(() => shellRequests.request('close', closeSaveLimitMs));

/** Only for failures the UI cannot show (no window, no native module, a crash in main). */
function fatal(error: unknown): void {
  logger.error('fatal error in the main process', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(translate('shell.fatal.title'), translate('shell.fatal.message', { detail }));
  app.exit(1);
}

function handlerTable(): HandlerTable {
  if (!context) return {};
  return {
    ...context.handlers,
    'files:save': (input) => saveFileWithDialog(mainWindow, input),
  };
}

async function start(): Promise<void> {
  const nativeBinding = chooseNativeBinding({
    isElectron: true,
    isPackaged: app.isPackaged,
    platform: process.platform,
    arch: process.arch,
    electronVersion: process.versions.electron,
    projectRoot,
    resourcesPath: process.resourcesPath,
    fileExists: existsSync,
  });
  // Database problems (corrupt, newer version, not SQLite) do not throw: the AppContext
  // reports status 'startupError' and the UI offers a way out.
  context = openAppContext({ dataDir: app.getPath('userData'), seedDemoIfNew: true, nativeBinding, automaticBackups: true });
  hardenSession(session.defaultSession);
  serveRenderer(session.defaultSession, rendererRoot);
  registerIpcHandlers(handlerTable);
  registerShellAnswers(shellRequests.answer);
  installFinnishMenu({ save: () => { void shellRequests.request('save', menuSaveLimitMs); } });
  const window = createMainWindow(preloadPath, { devTools: !app.isPackaged });
  mainWindow = window;
  window.on('close', (event) => {
    if (!closeGuard.mayClose(() => { window.close(); })) event.preventDefault();
  });
  window.on('closed', () => { mainWindow = null; });
  await loadApp(window);
}

process.on('uncaughtException', fatal);
registerAppScheme();
app.setPath('userData', defaultDataDir());
app.enableSandbox();
hardenAllWebContents();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => { focusWindow(mainWindow); });
  app.on('window-all-closed', () => { app.quit(); });
  // Quitting (the menu's Lopeta, the OS logging out) waits for the renderer's save like a close.
  app.on('before-quit', (event) => {
    if (!closeGuard.mayClose(() => { app.quit(); })) event.preventDefault();
  });
  app.on('will-quit', () => {
    context?.close();
    context = null;
  });
  app.whenReady().then(start).catch(fatal);
}
