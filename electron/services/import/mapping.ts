// Which mapping a file is read with: the one the user gave, else the one remembered for a file
// with the same header row (settings key import.projects.mappings, keyed by the folded headers),
// else a guess from the headers. A file whose header cannot be found is refused.
import type { ImportMapping } from '../../../shared/domain/register-import';
import { importMappingSchema } from '../../../shared/ipc/channels/data-transfer';
import { getSetting, setSetting } from '../../../db/repositories/settings-repository';
import type { ServiceDeps } from '../service-deps';
import { findHeaderRow, guessColumns, headerSearchRows, headerSignature } from './header-guess';
import { fileError } from './import-error';
import type { Sheet } from './sheet';

export const mappingsSettingKey = 'import.projects.mappings';

type Db = ServiceDeps['db'];

async function rememberedMappings(db: Db): Promise<Record<string, unknown>> {
  const stored = await getSetting(db, mappingsSettingKey);
  const value = stored?.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export interface ResolvedMapping {
  mapping: ImportMapping;
  remembered: boolean;
}

export async function resolveMapping(db: Db, sheet: Sheet, given: ImportMapping | null): Promise<ResolvedMapping> {
  if (given) {
    if (given.headerRow > sheet.rows.length) throw fileError('dataImport.error.headerRowMissing', { row: given.headerRow });
    return { mapping: given, remembered: false };
  }
  const remembered = await rememberedMappings(db);
  const limit = Math.min(sheet.rows.length, headerSearchRows);
  for (let index = 0; index < limit; index += 1) {
    const signature = headerSignature(sheet.rows[index] ?? []);
    if (signature.replace(/\|/gu, '') === '' || !Object.hasOwn(remembered, signature)) continue;
    const parsed = importMappingSchema.safeParse(remembered[signature]);
    // A remembered mapping for this header at another row (a title row added since) follows the header.
    if (parsed.success) return { mapping: { ...parsed.data, headerRow: index + 1 }, remembered: true };
  }
  const headerIndex = findHeaderRow(sheet.rows);
  if (headerIndex === null) throw fileError('dataImport.error.noHeader');
  return { mapping: { headerRow: headerIndex + 1, columns: guessColumns(sheet.rows[headerIndex] ?? []), valueMappings: [], defaults: {} }, remembered: false };
}

/** Remembers the mapping for files with the same header row (at most 50 kept, the newest). */
export async function rememberMapping(db: Db, sheet: Sheet, mapping: ImportMapping, now: string): Promise<void> {
  const signature = headerSignature(sheet.rows[mapping.headerRow - 1] ?? []);
  const kept = Object.entries(await rememberedMappings(db))
    .filter(([key]) => key !== signature)
    .slice(-49);
  await setSetting(db, mappingsSettingKey, Object.fromEntries([...kept, [signature, mapping]]), now);
}
