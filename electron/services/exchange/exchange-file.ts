// The .pykala file: a zip (jszip) of manifest.json and one JSON part per record. Reading it checks
// everything before the database is touched: that it is a zip at all and not cut short, the
// manifest's shape, format and schema version (newer ones are refused), every part present, listed
// and matching its SHA-256, its content hash and its kind and id, and sizes: a part is inflated
// chunk by chunk and abandoned past the limit, so a zip bomb costs nothing but the refusal.
import JSZip from 'jszip';
import { z } from 'zod';
import { exchangeFormatVersion, exchangeKinds } from '../../../shared/domain/exchange';
import type { ExchangeManifest, ExchangeManifestPart } from '../../../shared/domain/exchange';
import { ServiceError } from '../../../shared/errors';
import type { FieldIssue } from '../../../shared/ipc/define';
import { contentHash, kindSpecs, sha256Hex } from './exchange-records';
import type { ExchangeRecord } from './exchange-records';

/** Inflated size limits: far beyond a year of meetings (a 30-page item is ~200 kB of JSON). */
export const exchangeLimits = { partBytes: 16 * 1024 * 1024, manifestBytes: 64 * 1024 * 1024, totalBytes: 512 * 1024 * 1024, parts: 200_000 };

export const manifestPath = 'manifest.json';

export interface ExchangePart {
  part: ExchangeManifestPart;
  record: ExchangeRecord;
}

export interface ExchangeFileContent {
  manifest: ExchangeManifest;
  parts: ExchangePart[];
}

/** VALIDATION with the Finnish message (exchange.error.<key>) the UI and the CLI show. */
export function refusal(key: string, params: Record<string, string | number>): ServiceError {
  const field: FieldIssue = { path: 'file', message: `exchange.error.${key}`, params };
  return new ServiceError('VALIDATION', `Exchange file refused: ${key}`, [field]);
}

export function partPath(part: Pick<ExchangeManifestPart, 'kind' | 'id'>): string {
  return `${kindSpecs[part.kind].folder}/${encodeURIComponent(part.id)}.json`;
}

/** The zip's bytes; parts are written in the order given (what is referred to first). */
export async function buildExchangeFile(manifest: Omit<ExchangeManifest, 'parts'>, records: readonly { record: ExchangeRecord; baseHash: string | null; title: string }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const parts: ExchangeManifestPart[] = [];
  const bodies: [string, Uint8Array][] = [];
  for (const { record, baseHash, title } of records) {
    const id = String(record.row.id);
    const bytes = Buffer.from(JSON.stringify(record), 'utf8');
    const path = partPath({ kind: record.kind, id });
    parts.push({ path, kind: record.kind, id, sha256: sha256Hex(bytes), contentHash: contentHash(record), baseHash, title });
    bodies.push([path, bytes]);
  }
  const full: ExchangeManifest = { ...manifest, parts };
  zip.file(manifestPath, JSON.stringify(full, null, 1), { createFolders: false });
  for (const [path, bytes] of bodies) zip.file(path, bytes, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

const hash = z.string().regex(/^[0-9a-f]{64}$/u);
const manifestSchema = z.object({
  format: z.literal('pykala-exchange'),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  organisationId: z.string().min(1).max(100),
  organisationName: z.string().max(500),
  createdAt: z.string().max(100),
  createdBy: z.string().max(500),
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('meeting'), id: z.string().min(1).max(64) }),
    z.object({ kind: z.literal('item'), id: z.string().min(1).max(64) }),
  ]),
  parts: z.array(
    z.object({
      path: z.string().min(1).max(400),
      kind: z.enum(exchangeKinds),
      id: z.string().min(1).max(64),
      sha256: hash,
      contentHash: hash,
      baseHash: hash.nullable(),
      title: z.string().max(10_000),
    }),
  ),
});

const cell = z.union([z.string(), z.number(), z.null()]);
const row = z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/u), cell);
const partSchema = z.object({ kind: z.enum(exchangeKinds), row, children: z.record(z.string().regex(/^[a-z_]+$/u), z.array(row)) }).strict();

type Inflated = { ok: true; bytes: Buffer } | { ok: false };

/** The entry's bytes, or not ok once more than `limit` bytes came out (inflation stops there). */
function inflateLimited(entry: JSZip.JSZipObject, limit: number): Promise<Inflated> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        stream.pause();
        stream.removeAllListeners('data');
        resolve({ ok: false });
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error instanceof Error ? error : new Error(String(error)));
    });
    stream.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ ok: true, bytes: Buffer.concat(chunks) });
    });
  });
}

const zipLocalHeader = [0x50, 0x4b, 0x03, 0x04];

async function openZip(bytes: Uint8Array, file: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  } catch {
    // A zip cut short has lost its central directory at the end but still starts like one.
    const startsLikeZip = zipLocalHeader.every((byte, index) => bytes[index] === byte);
    throw refusal(startsLikeZip ? 'truncated' : 'notZip', { file });
  }
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

async function readManifest(zip: JSZip, file: string, schemaVersion: number): Promise<ExchangeManifest> {
  const entry = zip.file(manifestPath);
  if (entry === null) throw refusal('noManifest', { file });
  const inflated = await inflateOrRefuse(entry, exchangeLimits.manifestBytes, file, manifestPath);
  const json = parseJson(inflated);
  // The versions first: a newer file may have another shape, and deserves "update Pykälä".
  const head = z.object({ format: z.literal('pykala-exchange'), formatVersion: z.number(), schemaVersion: z.number() }).safeParse(json);
  if (!head.success) throw refusal('badManifest', { file });
  if (head.data.formatVersion > exchangeFormatVersion) throw refusal('newerFormat', { file, version: head.data.formatVersion, supported: exchangeFormatVersion });
  if (head.data.schemaVersion > schemaVersion) throw refusal('newerSchema', { file, version: head.data.schemaVersion, supported: schemaVersion });
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw refusal('badManifest', { file });
  if (parsed.data.parts.length > exchangeLimits.parts) throw refusal('tooManyParts', { file, limit: exchangeLimits.parts });
  return parsed.data;
}

async function inflateOrRefuse(entry: JSZip.JSZipObject, limit: number, file: string, part: string): Promise<Buffer> {
  let inflated: Inflated;
  try {
    inflated = await inflateLimited(entry, limit);
  } catch {
    throw refusal('truncated', { file });
  }
  if (!inflated.ok) throw refusal('partTooLarge', { file, part, limit: Math.round(limit / 1024 / 1024) });
  return inflated.bytes;
}

function checkPart(part: ExchangeManifestPart, bytes: Buffer, file: string): ExchangeRecord {
  if (sha256Hex(bytes) !== part.sha256) throw refusal('tampered', { file, part: part.path });
  const parsed = partSchema.safeParse(parseJson(bytes));
  if (!parsed.success || parsed.data.kind !== part.kind || parsed.data.row.id !== part.id) throw refusal('badPart', { file, part: part.path });
  const record: ExchangeRecord = parsed.data;
  if (contentHash(record) !== part.contentHash) throw refusal('tampered', { file, part: part.path });
  return record;
}

/**
 * The file's manifest and records, every check passed; VALIDATION (nothing read into the
 * database) otherwise. `schemaVersion`: this database's, a file of a newer one is refused.
 */
export async function readExchangeFile(bytes: Uint8Array, file: string, schemaVersion: number): Promise<ExchangeFileContent> {
  const zip = await openZip(bytes, file);
  const manifest = await readManifest(zip, file, schemaVersion);
  const listed = new Set<string>([manifestPath]);
  const keys = new Set<string>();
  for (const part of manifest.parts) {
    if (listed.has(part.path) || keys.has(`${part.kind}/${part.id}`)) throw refusal('badManifest', { file });
    listed.add(part.path);
    keys.add(`${part.kind}/${part.id}`);
  }
  const extra = Object.values(zip.files).find((entry) => !entry.dir && !listed.has(entry.name));
  if (extra !== undefined) throw refusal('extraPart', { file, part: extra.name });
  const parts: ExchangePart[] = [];
  let total = 0;
  for (const part of manifest.parts) {
    const entry = zip.file(part.path);
    if (entry === null) throw refusal('missingPart', { file, part: part.path });
    const inflated = await inflateOrRefuse(entry, exchangeLimits.partBytes, file, part.path);
    total += inflated.length;
    if (total > exchangeLimits.totalBytes) throw refusal('tooLarge', { file, limit: Math.round(exchangeLimits.totalBytes / 1024 / 1024) });
    parts.push({ part, record: checkPart(part, inflated, file) });
  }
  return { manifest, parts };
}
