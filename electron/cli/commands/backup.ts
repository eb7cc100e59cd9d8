// pykala backup --data DIR [--out FILE] [--force]: a backup now, as "Varmuuskopioi nyt" makes it
//   (backups/ of the data folder, the second folder if set, rotated); --out also copies it to FILE.
// pykala restore FILE --data DIR: replaces the database with the copy in FILE after backing up
//   the current state; a file that is not a sound Pykälä database is refused and nothing changes.
import fs from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../../../shared/errors';
import type { BackupEntry } from '../../../shared/domain/backup';
import { translate } from '../../../shared/i18n/translate';
import { backupsDirOf } from '../../services/backups/backup-files';
import { readBackupSettings } from '../../services/backups/backup-settings';
import { CliError, exitCodeFor, exitCodes } from '../cli-io';
import type { CliCommand, CliIo } from '../cli-io';
import { call, dataDirOf, openExisting } from '../context';
import { checkOutputFile, writeOutputFile } from '../output-file';

function counts(entry: BackupEntry) {
  return { projects: entry.counts.projects, items: entry.counts.items, meetings: entry.counts.meetings };
}

function reportBackup(io: CliIo, dataDir: string, entry: BackupEntry): void {
  const file = path.join(backupsDirOf(dataDir), entry.fileName);
  io.stdout.write(`${translate(entry.verified ? 'backups.cli.created' : 'backups.cli.createdUnverified', { file, ...counts(entry) })}\n`);
  const { secondFolder } = readBackupSettings(dataDir);
  if (secondFolder === null) return;
  if (entry.secondFolderProblem === undefined) io.stdout.write(`${translate('backups.cli.secondFolder', { folder: secondFolder })}\n`);
  else io.stderr.write(`${translate(`backups.secondFolderProblem.${entry.secondFolderProblem}`)}\n`);
}

export const backupCommand: CliCommand = {
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new CliError(translate('backups.cli.usage'));
    const dataDir = dataDirOf(values);
    const out = typeof values.out === 'string' ? path.resolve(values.out) : null;
    const force = values.force === true;
    if (out !== null) checkOutputFile(out, force);
    const context = openExisting(dataDir);
    try {
      const entry = await call(context, 'backups:create', {});
      reportBackup(io, dataDir, entry);
      if (out !== null) {
        writeOutputFile(out, fs.readFileSync(path.join(backupsDirOf(dataDir), entry.fileName)), force);
        io.stdout.write(`${translate('backups.cli.copiedTo', { file: out })}\n`);
      }
    } finally {
      context.close();
    }
  },
};

const refusedCodes = new Set(['DB_NOT_SQLITE', 'DB_FOREIGN', 'DB_NEWER_VERSION', 'DB_CORRUPT', 'NOT_FOUND']);

export const restoreCommand: CliCommand = {
  options: {},
  async run(values, positionals, io) {
    const [source, ...extra] = positionals;
    if (source === undefined) throw new CliError(translate('backups.cli.noFile'));
    if (extra.length > 0) throw new CliError(translate('backups.cli.usage'));
    const file = path.resolve(source);
    const dataDir = dataDirOf(values);
    const context = openExisting(dataDir);
    try {
      const result = await context.restoreFrom(file);
      io.stdout.write(`${translate('backups.cli.restored', { file, ...counts(result.restored) })}\n`);
      io.stdout.write(`${translate('backups.cli.safetyCopy', { file: path.join(backupsDirOf(dataDir), result.safetyCopy.fileName) })}\n`);
    } catch (error) {
      if (error instanceof ServiceError && refusedCodes.has(error.code) && error.fields?.[0]?.message.startsWith('backups.refused.') === true) {
        // The FILE given is what is wrong (exit 1); the data folder's own database is fine and unchanged.
        throw new CliError(translate('backups.cli.refused', { file, reason: translate(error.fields[0].message) }), exitCodes.input);
      }
      if (error instanceof ServiceError) throw new CliError(translate(`error.${error.code}`), exitCodeFor(error.code));
      throw error;
    } finally {
      context.close();
    }
  },
};
