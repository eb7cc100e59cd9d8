// A data folder opened as the app opens it, the import channels called through the same
// dispatch, and the fixtures read as an upload.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { currentDatabasePath, openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import { dispatch } from '../../../electron/services/dispatch';
import type { AppError } from '../../../shared/ipc/define';
import { tempDir } from '../db/helpers';

export const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/import');

export function upload(name: string): { fileName: string; dataBase64: string } {
  return { fileName: name, dataBase64: fs.readFileSync(path.join(fixtureDir, name)).toString('base64') };
}

export function uploadText(fileName: string, text: string): { fileName: string; dataBase64: string } {
  return { fileName, dataBase64: Buffer.from(text, 'utf8').toString('base64') };
}

export function openEmpty(): { context: AppContext; dir: string } {
  const dir = tempDir('pykala-import-');
  return { context: openAppContext({ dataDir: dir, seedDemoIfNew: false }), dir };
}

export async function ok<T>(context: AppContext, channel: string, input: unknown): Promise<T> {
  const envelope = await dispatch(context.handlers, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

export async function refused(context: AppContext, channel: string, input: unknown): Promise<AppError> {
  const envelope = await dispatch(context.handlers, channel, input);
  if (envelope.ok) throw new Error(`${channel} was accepted`);
  return envelope.error;
}

/** Every row of every table that an import may touch, for "nothing was written". */
export function snapshot(dir: string): unknown {
  const sqlite = new BetterSqlite3(currentDatabasePath(dir), { readonly: true });
  try {
    return ['projects', 'import_batches', 'settings'].map((table) => sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1`).all());
  } finally {
    sqlite.close();
  }
}

export function projectRows(dir: string): Record<string, unknown>[] {
  const sqlite = new BetterSqlite3(currentDatabasePath(dir), { readonly: true });
  try {
    return sqlite.prepare('SELECT * FROM projects ORDER BY name_fi').all() as Record<string, unknown>[];
  } finally {
    sqlite.close();
  }
}
