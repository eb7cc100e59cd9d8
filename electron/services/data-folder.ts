// Where the data lives. The desktop app, the browser host (npm run dev:web) and the CLI default
// to the same folder, so all three see one database. Mirrors Electron's userData location
// for productName "Pykala" (main sets app.setPath('userData', defaultDataDir()) to make it so).
import os from 'node:os';
import path from 'node:path';

export const appFolderName = 'Pykala';
export const databaseFileName = 'pykala.sqlite3';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PYKALA_DATA_DIR) return path.resolve(env.PYKALA_DATA_DIR);
  const home = os.homedir();
  switch (platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appFolderName);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', appFolderName);
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appFolderName);
  }
}
