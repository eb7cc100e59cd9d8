// Writing one incoming record inside the import's transaction. An added record is stored as it
// came (the round trip is exact); an updated one takes a new local stamp (a screen that read the
// old copy is then refused as stale, as after any other save) and, for an agenda item, the next
// local version number with an item_versions row noting the file, so the history says where the
// change came from and any two versions can still be compared.
import type { AgendaItem } from '../../../shared/domain/item';
import type { Actor } from '../../../shared/domain/review';
import { draftOf, itemDraftSchema } from '../../../shared/domain/item-schema';
import { summarizeChange } from '../../../shared/domain/version-summary';
import * as itemsRepo from '../../../db/repositories/items-repository';
import * as versionsRepo from '../../../db/repositories/item-versions-repository';
import type { ServiceDeps } from '../service-deps';
import { nextTimestamp } from '../updated-at';
import { readRecord, writeRecord } from './exchange-records';
import type { ExchangeRecord } from './exchange-records';
import { refusal } from './exchange-file';

type Trx = ServiceDeps['db'];

export interface WriteContext {
  trx: Trx;
  sqlite: ServiceDeps['sqlite'];
  now: Date;
  actor: Actor;
  fileName: string;
  /** The version note ("Tuotu siirtotiedostosta …"). */
  note: string;
}

function isConstraint(error: unknown): error is Error {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

function writeOrRefuse(context: WriteContext, record: ExchangeRecord, partPath: string): void {
  try {
    writeRecord(context.sqlite, record);
  } catch (error) {
    // A row the schema refuses (a CHECK, a unique § number taken here): the whole import rolls back.
    if (isConstraint(error)) throw refusal('refusedRow', { file: context.fileName, part: partPath, detail: error.message });
    throw error;
  }
}

/**
 * The item as written, read back as the editor will read it; a part whose content the editor's own
 * schema refuses (valid JSON of the wrong shape: only a crafted file has one) refuses the import.
 */
async function storedItem(context: WriteContext, id: string, partPath: string): Promise<AgendaItem> {
  const item = (await itemsRepo.getItem(context.trx, id)) ?? (await itemsRepo.getDeletedItem(context.trx, id));
  let valid = false;
  try {
    valid = item !== undefined && itemDraftSchema.safeParse(draftOf(item)).success;
  } catch {
    valid = false;
  }
  if (!valid || item === undefined) throw refusal('badPart', { file: context.fileName, part: partPath });
  return item;
}

const latestOf = (values: readonly (string | number | null | undefined)[]): string =>
  values.filter((value): value is string => typeof value === 'string' && value !== '').reduce((a, b) => (a > b ? a : b), '');

/** A record this machine does not have: stored as it came; an item's version row starts its history here. */
export async function addRecord(context: WriteContext, record: ExchangeRecord, partPath: string): Promise<void> {
  writeOrRefuse(context, record, partPath);
  if (record.kind !== 'item') return;
  const item = await storedItem(context, String(record.row.id), partPath);
  const version = typeof record.row.version === 'number' ? record.row.version : 1;
  await versionsRepo.insertVersion(context.trx, item, version, 'create', context.now.toISOString(), { author: context.actor, summary: null, note: context.note });
}

/** The incoming content over this machine's copy, with a new local stamp (and item version). */
export async function updateRecord(context: WriteContext, record: ExchangeRecord, partPath: string): Promise<void> {
  const id = String(record.row.id);
  const local = readRecord(context.sqlite, record.kind, id);
  const stamp = nextTimestamp(context.now, latestOf([local?.row.updated_at, record.row.updated_at]) || null);
  const row = { ...record.row, updated_at: stamp };
  if (record.kind !== 'item') {
    writeOrRefuse(context, { ...record, row }, partPath);
    return;
  }
  const latest = await versionsRepo.latestVersion(context.trx, id);
  const localVersion = typeof local?.row.version === 'number' ? local.row.version : 0;
  const version = Math.max(localVersion, latest?.version ?? 0) + 1;
  writeOrRefuse(context, { ...record, row: { ...row, version } }, partPath);
  const item = await storedItem(context, id, partPath);
  const summary = latest === undefined ? null : summarizeChange(draftOf(latest.snapshot), draftOf(item));
  await versionsRepo.insertVersion(context.trx, item, version, 'update', context.now.toISOString(), { author: context.actor, summary, note: context.note });
}
