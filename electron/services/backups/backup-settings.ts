// The second folder (a network drive or a USB stick) is kept in backups/settings.json of the data
// folder, not in the database: restoring an older copy must not forget or change where copies go.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupSettings } from '../../../shared/domain/backup';
import { backupsDirOf, writeFileDurably } from './backup-files';

export const backupSettingsFileName = 'settings.json';

export function readBackupSettings(dataDir: string): BackupSettings {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(backupsDirOf(dataDir), backupSettingsFileName), 'utf8')) as Record<string, unknown>;
    const folder = raw.secondFolder;
    return { secondFolder: typeof folder === 'string' && path.isAbsolute(folder) ? folder : null };
  } catch {
    return { secondFolder: null };
  }
}

export function writeBackupSettings(dataDir: string, settings: BackupSettings): void {
  const folder = backupsDirOf(dataDir);
  fs.mkdirSync(folder, { recursive: true });
  writeFileDurably(path.join(folder, backupSettingsFileName), `${JSON.stringify(settings, null, 2)}\n`);
}
