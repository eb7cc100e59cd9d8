// Opening a returned review copy: the checks that come before any reading of its text. Each
// refusal is a VALIDATION error with its Finnish message (review.error / review.word.error) on
// the file, so the import screen and the command line say what is wrong; nothing is written.
import JSZip from 'jszip';
import { ServiceError } from '../../../shared/errors';
import { maxReviewFileBytes } from '../../../shared/ipc/channels/review';
import { attrOf, BadXmlError, childrenOf, decodeEntities, findAll, parseXmlPart, rawTextOf, tagOf, withoutFormatting } from './word-xml';
import type { XmlNode } from './word-xml';

/**
 * What the parts read back may unpack to, together. A 30-page proposal's document.xml is about
 * 1 MB; far more than this is a zip bomb (a few kilobytes that unpack to gigabytes), refused
 * while unpacking, before it fills the memory.
 */
export const maxUnpackedBytes = 64 * 1024 * 1024;

export function fileRefusal(messageKey: string, detail: string, params?: Record<string, string | number>): ServiceError {
  return new ServiceError('VALIDATION', detail, [{ path: 'dataBase64', message: messageKey, ...(params ? { params } : {}) }]);
}

/** The parts read-back needs, as parsed XML (null: the file has no such part). */
export interface ReviewDocxParts {
  document: XmlNode[];
  comments: XmlNode[] | null;
  commentsExtended: XmlNode[] | null;
  customProperties: XmlNode[] | null;
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

function looksLikeZip(bytes: Uint8Array): boolean {
  return zipMagic.every((byte, index) => bytes[index] === byte);
}

/** Unpacks one entry, counting its bytes against the shared budget: a bomb stops at the limit. */
function unpack(entry: JSZip.JSZipObject, budget: { left: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        reject(fileRefusal('review.word.error.zipBomb', `${entry.name} unpacks beyond ${maxUnpackedBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error: unknown) => {
      reject(fileRefusal('review.word.error.damaged', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`));
    });
    stream.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
  });
}

/** The target of the first relationship of this type in a .rels part, as a path from the zip's root. */
function relationshipTarget(rels: XmlNode[] | null, typeSuffix: string, baseFolder: string): string | null {
  if (rels === null) return null;
  for (const rel of findAll(rels, 'Relationship')) {
    const type = attrOf(rel, 'Type') ?? '';
    const target = attrOf(rel, 'Target');
    if (!type.endsWith(typeSuffix) || target === undefined || attrOf(rel, 'TargetMode') === 'External') continue;
    const joined = target.startsWith('/') ? target.slice(1) : `${baseFolder}${target}`;
    // Resolve "../" the way a package path does; nothing may climb out of the zip's root.
    const parts: string[] = [];
    for (const part of joined.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.' && part !== '') parts.push(part);
    }
    return parts.join('/');
  }
  return null;
}

class PartReader {
  private readonly budget = { left: maxUnpackedBytes };
  constructor(private readonly zip: JSZip) {}

  async read(path: string | null, prepare: (xml: string) => string = (xml) => xml): Promise<XmlNode[] | null> {
    if (path === null) return null;
    const entry = this.zip.file(path);
    if (entry === null) return null;
    const xml = await unpack(entry, this.budget);
    try {
      return parseXmlPart(path, prepare(xml));
    } catch (error) {
      if (error instanceof BadXmlError) throw fileRefusal('review.word.error.damaged', error.message);
      throw error;
    }
  }
}

function isWordMain(contentTypes: XmlNode[] | null, documentPath: string): boolean {
  if (contentTypes === null) return false;
  const types = findAll(contentTypes, 'Override');
  return types.some((node) => attrOf(node, 'PartName') === `/${documentPath}` && /wordprocessingml\.document\.main\+xml$|ms-word\.document\.macroEnabled\.main\+xml$/u.test(attrOf(node, 'ContentType') ?? ''));
}

/**
 * The checks in order: empty, too large, not a zip (another kind of file: "not a Word document"),
 * a damaged zip (its directory or a checksum), a zip that is not a Word document, a zip bomb, a
 * part that is not well-formed XML.
 */
export async function openReviewDocx(bytes: Uint8Array): Promise<ReviewDocxParts> {
  if (bytes.length === 0) throw fileRefusal('review.word.error.empty', 'empty file');
  if (bytes.length > maxReviewFileBytes) throw fileRefusal('review.error.tooLarge', `${bytes.length} bytes`);
  if (!looksLikeZip(bytes)) throw fileRefusal('review.error.notDocx', 'not a zip file');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    throw fileRefusal('review.word.error.damaged', error instanceof Error ? error.message : String(error));
  }
  const reader = new PartReader(zip);
  const packageRels = await reader.read('_rels/.rels');
  const documentPath = relationshipTarget(packageRels, '/officeDocument', '') ?? 'word/document.xml';
  if (zip.file(documentPath) === null || !isWordMain(await reader.read('[Content_Types].xml'), documentPath)) {
    throw fileRefusal('review.error.notDocx', `no Word main part at ${documentPath}`);
  }
  const slash = documentPath.lastIndexOf('/');
  const folder = slash >= 0 ? documentPath.slice(0, slash + 1) : '';
  const documentRels = await reader.read(`${folder}_rels/${documentPath.slice(slash + 1)}.rels`);
  const document = await reader.read(documentPath, withoutFormatting);
  if (document === null) throw fileRefusal('review.error.notDocx', 'no document part');
  return {
    document,
    comments: await reader.read(relationshipTarget(documentRels, '/comments', folder)),
    commentsExtended: await reader.read(relationshipTarget(documentRels, '/commentsExtended', folder)),
    customProperties: await reader.read(relationshipTarget(packageRels, '/custom-properties', '')),
  };
}

/** The custom document properties by name (text values; other types as their text). */
export function customPropertiesOf(parts: ReviewDocxParts): Map<string, string> {
  const out = new Map<string, string>();
  for (const property of findAll(parts.customProperties ?? [], 'property')) {
    const name = attrOf(property, 'name');
    const value = childrenOf(property).find((child) => tagOf(child) !== '#text');
    if (name === undefined || value === undefined) continue;
    out.set(name, textInside(value));
  }
  return out;
}

function textInside(node: XmlNode): string {
  const parts: string[] = [];
  const walk = (current: XmlNode) => {
    if (tagOf(current) === '#text') parts.push(rawTextOf(current));
    else childrenOf(current).forEach(walk);
  };
  walk(node);
  return decodeEntities(parts.join(''));
}
