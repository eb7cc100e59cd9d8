// Data in and out (issue 10): the register imported from a spreadsheet, backups, and the
// exchange file that carries a meeting, an item or everything to another machine.
import { z } from 'zod';
import { channel } from '../define';
import type { ExportFile } from '../define';
import { importFieldKeys, importListFields } from '../../domain/register-import';
import type { ImportPreview, ImportReport } from '../../domain/register-import';
import type { BackupEntry, BackupPreview, BackupSettings, RestoreResult } from '../../domain/backup';
import type { ExchangeConflict, ExchangeReport } from '../../domain/exchange';

/** 30 MB: far beyond a register of thousands of projects or a year of meetings (base64 is 4/3 of it). */
export const maxTransferFileBytes = 30 * 1024 * 1024;
const uploadedFile = {
  fileName: z.string().trim().min(1).max(260),
  dataBase64: z.base64({ error: 'dataTransfer.error.unreadable' }).max(Math.ceil((maxTransferFileBytes * 4) / 3) + 4, { error: 'dataTransfer.error.tooLarge' }),
};

const listField = z.enum(importListFields);
export const importMappingSchema = z.object({
  headerRow: z.number().int().min(1).max(1000),
  columns: z.array(z.object({ index: z.number().int().min(0).max(1000), header: z.string().max(500), field: z.enum(importFieldKeys).nullable() })).max(1000),
  valueMappings: z.array(z.object({ field: listField, value: z.string().max(500), target: z.string().max(100) })).max(10_000),
  defaults: z.partialRecord(listField, z.string().max(100)),
});

const backupFile = z.object({ fileName: z.string().trim().min(1).max(260), location: z.enum(['data', 'second']) });

export const importChannels = {
  /** Reads the file and shows what would be imported; writes nothing. Without a mapping: the remembered or guessed one. */
  'import:previewProjects': channel(z.object({ ...uploadedFile, mapping: importMappingSchema.nullable() })).returns<ImportPreview>(),
  /**
   * Imports in one transaction after a backup: nothing is written if any row is invalid unless
   * skipInvalid; duplicates (same name, funder and start) are updated or skipped as chosen per row
   * (rows not listed: skipped). Remembers the mapping for files with the same headers.
   */
  'import:applyProjects': channel(
    z.object({
      ...uploadedFile,
      mapping: importMappingSchema,
      duplicateActions: z.record(z.string().regex(/^\d+$/u), z.enum(['update', 'skip'])),
      skipInvalid: z.boolean().default(false),
    }),
  ).returns<ImportReport>(),
  /** The whole import back in one step; CONFLICT if a project it touched was changed since. */
  'import:undo': channel(z.object({ batchId: z.string().min(1).max(64) })).returns<{ removed: number; restored: number }>(),
};

export const backupChannels = {
  'backups:list': channel(z.object({})).returns<BackupEntry[]>(),
  /** "Varmuuskopioi nyt". */
  'backups:create': channel(z.object({})).returns<BackupEntry>(),
  'backups:preview': channel(backupFile).returns<BackupPreview>(),
  /** Backs up the current state first, then replaces the database with the copy; the app reloads its data. */
  'backups:restore': channel(backupFile).returns<RestoreResult>(),
  'backups:getSettings': channel(z.object({})).returns<BackupSettings>(),
  'backups:saveSettings': channel(z.object({ secondFolder: z.string().trim().min(1).max(1000).nullable() })).returns<BackupSettings>(),
};

const exchangeScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('meeting'), id: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('item'), id: z.string().min(1).max(64) }),
]);

export const exchangeChannels = {
  'exchange:export': channel(z.object({ scope: exchangeScope })).returns<ExportFile>(),
  /** dryRun: the same report, nothing written. */
  'exchange:import': channel(z.object({ ...uploadedFile, dryRun: z.boolean() })).returns<ExchangeReport>(),
  'exchange:conflicts': channel(z.object({})).returns<ExchangeConflict[]>(),
  /** Keep this machine's version or take the incoming one (a new item version noted with the file). */
  'exchange:resolveConflict': channel(z.object({ id: z.string().min(1).max(64), keep: z.enum(['local', 'incoming']) })).returns<ExchangeConflict>(),
};
