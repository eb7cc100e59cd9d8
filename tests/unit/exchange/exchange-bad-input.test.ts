// Issue 10, bad input: a file cut short, not a zip, a part changed or missing or added, a newer
// format or schema, another organisation's file after the first exchange, a zip bomb, a row the
// schema refuses, a reference to nothing: each is refused with a clear Finnish message, and every
// row of every table is as it was.
import JSZip from 'jszip';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contentHash, sha256Hex } from '../../../electron/services/exchange/exchange-records';
import type { ExchangeRecord } from '../../../electron/services/exchange/exchange-records';
import type { ExchangeManifest } from '../../../shared/domain/exchange';
import { allTables, call, closeMachines, demoMachine, emptyMachine, exportFrom, importInput, importInto, messageOf, refused, rowsOf } from './helpers';
import type { ExchangeBytes, Machine } from './helpers';

afterEach(closeMachines);

let good: ExchangeBytes;

beforeAll(async () => {
  const office = await demoMachine();
  good = await exportFrom(office, { kind: 'all' });
  closeMachines();
});

async function edit(file: ExchangeBytes, change: (zip: JSZip, manifest: ExchangeManifest) => Promise<void> | void): Promise<ExchangeBytes> {
  const zip = await JSZip.loadAsync(file.bytes);
  const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '') as ExchangeManifest;
  await change(zip, manifest);
  zip.file('manifest.json', JSON.stringify(manifest));
  return { fileName: file.fileName, bytes: Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })) };
}

async function partOf(zip: JSZip, path: string): Promise<ExchangeRecord> {
  return JSON.parse((await zip.file(path)?.async('string')) ?? '') as ExchangeRecord;
}

/** Rewrites a part with consistent hashes (the manifest updated): a file crafted to pass the checksums. */
async function crafted(file: ExchangeBytes, kind: ExchangeRecord['kind'], change: (record: ExchangeRecord) => ExchangeRecord): Promise<ExchangeBytes> {
  return edit(file, async (zip, manifest) => {
    const part = manifest.parts.find((candidate) => candidate.kind === kind);
    if (!part) throw new Error(`no ${kind} in the file`);
    const record = change(await partOf(zip, part.path));
    const bytes = Buffer.from(JSON.stringify(record));
    zip.file(part.path, bytes);
    part.sha256 = sha256Hex(bytes);
    part.contentHash = contentHash(record);
  });
}

/**
 * Refused with the Finnish message, and every row of every table as before. A file refused by its
 * own checks is refused before the backup too; one refused by the database (`writeStage`) after it.
 */
async function expectRefused(machine: Machine, file: ExchangeBytes, message: RegExp, writeStage = false): Promise<void> {
  const before = rowsOf(machine, allTables);
  const backupsBefore = await call(machine, 'backups:list', {});
  for (const dryRun of [true, false]) {
    const error = await refused(machine, 'exchange:import', importInput(file, dryRun));
    expect(error.code).toBe('VALIDATION');
    expect(messageOf(error)).toMatch(message);
    expect(messageOf(error)).toMatch(/Mitään ei tuotu\.$/u);
  }
  expect(rowsOf(machine, allTables)).toEqual(before);
  const backupsAfter = await call(machine, 'backups:list', {});
  expect(backupsAfter.length).toBe(backupsBefore.length + (writeStage ? 1 : 0));
}

describe('a bad exchange file', () => {
  it('cut short: "katkennut tai vioittunut"', async () => {
    await expectRefused(emptyMachine(), { ...good, bytes: good.bytes.subarray(0, Math.floor(good.bytes.length * 0.6)) }, /on katkennut tai vioittunut/u);
  });

  it('not a zip at all, or a zip without a manifest', async () => {
    await expectRefused(emptyMachine(), { fileName: 'muistio.pykala', bytes: Buffer.from('Hanke;Rahoittaja\nA;OKM\n') }, /ei ole Pykälän siirtotiedosto \(se ei ole zip-paketti\)/u);
    const other = new JSZip();
    other.file('word/document.xml', '<w:document/>');
    await expectRefused(emptyMachine(), { fileName: 'asia.pykala', bytes: Buffer.from(await other.generateAsync({ type: 'uint8array' })) }, /puuttuu sisällysluettelo/u);
  });

  it('a part changed after export: its checksum does not match', async () => {
    const tampered = await edit(good, async (zip, manifest) => {
      const part = manifest.parts.find((candidate) => candidate.kind === 'project');
      if (!part) throw new Error('no project');
      const record = await partOf(zip, part.path);
      zip.file(part.path, JSON.stringify({ ...record, row: { ...record.row, granted_cents: 99_900_000 } }));
    });
    await expectRefused(emptyMachine(), tampered, /on vioittunut tai sitä on muutettu: osan projects\/.+ tarkistussumma ei täsmää/u);
  });

  it('a part changed with its SHA-256 updated but not its content hash', async () => {
    const tampered = await edit(good, async (zip, manifest) => {
      const part = manifest.parts.find((candidate) => candidate.kind === 'item');
      if (!part) throw new Error('no item');
      const record = await partOf(zip, part.path);
      const bytes = Buffer.from(JSON.stringify({ ...record, row: { ...record.row, title: 'Muutettu' } }));
      zip.file(part.path, bytes);
      part.sha256 = sha256Hex(bytes);
    });
    await expectRefused(emptyMachine(), tampered, /tarkistussumma ei täsmää/u);
  });

  it('a part missing, or one the manifest does not list', async () => {
    const missing = await edit(good, (zip, manifest) => {
      const part = manifest.parts.find((candidate) => candidate.kind === 'meeting');
      if (!part) throw new Error('no meeting');
      zip.remove(part.path);
    });
    await expectRefused(emptyMachine(), missing, /osa meetings\/.+ puuttuu/u);
    const extra = await edit(good, (zip) => {
      zip.file('projects/ylimaarainen.json', '{}');
    });
    await expectRefused(emptyMachine(), extra, /osaa projects\/ylimaarainen\.json ei ole sisällysluettelossa/u);
  });

  it('from a newer Pykälä: a newer file format or a newer schema', async () => {
    const newerFormat = await edit(good, (_zip, manifest) => {
      manifest.formatVersion = 2;
    });
    await expectRefused(emptyMachine(), newerFormat, /uudemmalla versiolla \(tiedostomuoto 2; tämä versio lukee muotoa 1\)\. Päivitä Pykälä/u);
    const newerSchema = await edit(good, (_zip, manifest) => {
      manifest.schemaVersion = 11;
    });
    await expectRefused(emptyMachine(), newerSchema, /uudemmasta versiosta \(tietokannan versio 11; tämä on 10\)/u);
  });

  it('a zip bomb: a part that inflates past the limit is abandoned there', async () => {
    const bomb = await edit(good, (zip, manifest) => {
      const bytes = Buffer.alloc(17 * 1024 * 1024, 0x20);
      zip.file('projects/pommi.json', bytes);
      manifest.parts.push({ path: 'projects/pommi.json', kind: 'project', id: 'pommi', sha256: sha256Hex(bytes), contentHash: '0'.repeat(64), baseHash: null, title: '' });
    });
    expect(bomb.bytes.length).toBeLessThan(good.bytes.length + 200_000);
    await expectRefused(emptyMachine(), bomb, /osa projects\/pommi\.json on purettuna liian suuri \(yli 16 Mt\)/u);
  });

  it('a row the schema refuses, with every checksum right: the whole import rolls back', async () => {
    const badRow = await crafted(good, 'meeting', (record) => ({ ...record, row: { ...record.row, status: 'ehkä' } }));
    await expectRefused(emptyMachine(), badRow, /osaa meetings\/.+ ei voitu tallentaa/u, true);
  });

  it('an item whose text is valid JSON of the wrong shape, with every checksum right', async () => {
    const wrongShape = await crafted(good, 'item', (record) => ({ ...record, row: { ...record.row, background: JSON.stringify({ kappale: 'ei rich text' }) } }));
    await expectRefused(emptyMachine(), wrongShape, /osa items\/.+ ei ole kelvollinen/u, true);
  });

  it('a reference to a person neither in the file nor here', async () => {
    const dangling = await crafted(good, 'item', (record) => ({
      ...record,
      children: { ...record.children, item_preparers: [{ item_id: record.row.id ?? '', person_id: 'ei-ketaan', position: 0 }] },
    }));
    await expectRefused(emptyMachine(), dangling, /viittaavat tietoihin, joita ei ole tiedostossa eikä tällä koneella \(item_preparers → people\)/u, true);
  });

  it('another organisation’s file once this database has exchanged; the first exchange adopts the sender’s', async () => {
    const laptop = emptyMachine();
    // The laptop has an organisation of its own (made by an export) but has never received anything.
    await exportFrom(laptop, { kind: 'all' });
    const first = await importInto(laptop, good);
    expect(first.adoptedOrganisation).toBe(true);

    const elsewhere = await demoMachine();
    const foreign = await exportFrom(elsewhere, { kind: 'all' });
    await expectRefused(laptop, foreign, /on toisen organisaation \(Kokkolan kaupunki\) tiedosto/u);
  });

  it('larger than the channel takes (30 MB)', async () => {
    const machine = emptyMachine();
    const error = await refused(machine, 'exchange:import', { fileName: 'iso.pykala', dataBase64: Buffer.alloc(31 * 1024 * 1024).toString('base64'), dryRun: true });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.[0]?.message).toBe('dataTransfer.error.tooLarge');
    expect(await call(machine, 'exchange:conflicts', {})).toEqual([]);
  });
});
