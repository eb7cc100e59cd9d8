// Two machines in one test: each a data folder with its own AppContext, talking through the same
// dispatch as the app; the exchange file passes between them as bytes. Rows are read with a
// separate read-only connection, as another process would see them.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { currentDatabasePath, openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import { dispatch } from '../../../electron/services/dispatch';
import type { ExchangeReport, ExchangeScope } from '../../../shared/domain/exchange';
import type { Channel, InputOf, OutputOf } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/ipc/define';
import { translate } from '../../../shared/i18n/translate';
import { tempDir } from '../db/helpers';

export interface Machine {
  dir: string;
  context: AppContext;
  close(): void;
}

const open: Machine[] = [];

export async function demoMachine(dir: string = tempDir('pykala-exchange-')): Promise<Machine> {
  const context = openAppContext({ dataDir: dir, seedDemoIfNew: true });
  await context.ready();
  const machine = { dir, context, close: () => { context.close(); } };
  open.push(machine);
  return machine;
}

export function emptyMachine(dir: string = tempDir('pykala-exchange-')): Machine {
  const context = openAppContext({ dataDir: dir, seedDemoIfNew: false });
  const machine = { dir, context, close: () => { context.close(); } };
  open.push(machine);
  return machine;
}

/** Closes every machine a test opened (call in afterEach, before the folders go). */
export function closeMachines(): void {
  for (const machine of open.splice(0)) machine.close();
}

export async function call<C extends Channel>(machine: Machine, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const answer = await dispatch(machine.context.handlers, channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message} ${JSON.stringify(answer.error.fields ?? [])}`);
  return answer.value as OutputOf<C>;
}

export async function refused<C extends Channel>(machine: Machine, channel: C, input: InputOf<C>): Promise<AppError> {
  const answer = await dispatch(machine.context.handlers, channel, input);
  if (answer.ok) throw new Error(`${channel} was not refused`);
  return answer.error;
}

/** The Finnish text the user sees for a refusal. */
export function messageOf(error: AppError): string {
  return (error.fields ?? []).map((field) => translate(field.message, field.params)).join(' ');
}

export interface ExchangeBytes {
  fileName: string;
  bytes: Buffer;
}

export async function exportFrom(machine: Machine, scope: ExchangeScope): Promise<ExchangeBytes> {
  const file = await call(machine, 'exchange:export', { scope });
  return { fileName: file.fileName, bytes: Buffer.from(file.dataBase64, 'base64') };
}

export function importInput(file: ExchangeBytes, dryRun = false): InputOf<'exchange:import'> {
  return { fileName: file.fileName, dataBase64: file.bytes.toString('base64'), dryRun };
}

export function importInto(machine: Machine, file: ExchangeBytes, dryRun = false): Promise<ExchangeReport> {
  return call(machine, 'exchange:import', importInput(file, dryRun));
}

export function databaseFile(machine: Machine): string {
  return currentDatabasePath(machine.dir);
}

/** Rows of the tables, in primary-key order, read by another connection. */
export function rowsOf(machine: Machine, tables: readonly string[]): Record<string, unknown[]> {
  const sqlite = new BetterSqlite3(databaseFile(machine), { readonly: true });
  try {
    return Object.fromEntries(tables.map((table) => [table, sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]));
  } finally {
    sqlite.close();
  }
}

export function query<Row>(machine: Machine, sql: string, ...params: unknown[]): Row[] {
  const sqlite = new BetterSqlite3(databaseFile(machine), { readonly: true });
  try {
    return sqlite.prepare(sql).all(...params) as Row[];
  } finally {
    sqlite.close();
  }
}

/** Every table of the schema (for "nothing written"). */
export const allTables = [
  'projects', 'people', 'settings', 'bodies', 'appeal_texts', 'agenda_items', 'item_preparers', 'item_comments', 'item_review_events', 'item_versions', 'item_views',
  'meetings', 'meeting_sections', 'exchange_bases', 'exchange_conflicts', 'import_batches',
] as const;

/** The files of the data folder with their bytes (the backups folder included). */
export function folderBytes(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else result[path.relative(dir, full)] = fs.readFileSync(full).toString('base64');
    }
  };
  walk(dir);
  return result;
}
