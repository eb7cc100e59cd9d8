// Files that are not a readable Word document are refused with their own Finnish message before
// anything is read: empty, too large, not a zip, a damaged zip, a zip that is not Word, a zip bomb,
// XML that is not well-formed or carries a DOCTYPE.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openReviewDocx, maxUnpackedBytes } from '../../../electron/services/review/word-file';
import { maxReviewFileBytes } from '../../../shared/ipc/channels/review';
import { ServiceError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n/translate';
import { buildDocx, p, r } from './docx-builder';

async function refusal(bytes: Uint8Array): Promise<string> {
  const error: unknown = await openReviewDocx(bytes).then(() => null, (reason: unknown) => reason);
  if (!(error instanceof ServiceError)) throw new Error(`expected a refusal, got ${String(error)}`);
  expect(error.code).toBe('VALIDATION');
  const [field] = error.fields ?? [];
  return translate(field?.message ?? '', field?.params ?? {});
}

describe('openReviewDocx', () => {
  it('reads a small Word document', async () => {
    const parts = await openReviewDocx(await buildDocx({ body: p(r('Teksti')) }));
    expect(parts.comments).toBeNull();
    expect(parts.document.length).toBeGreaterThan(0);
  });

  it('refuses an empty file, one over the limit and one that is no zip at all', async () => {
    expect(await refusal(new Uint8Array())).toBe('Tiedosto on tyhjä: siinä ei ole Word-asiakirjaa.');
    expect(await refusal(new Uint8Array(maxReviewFileBytes + 1))).toBe('Tiedosto on liian suuri (yli 20 Mt).');
    // An old binary .doc (OLE compound file) and a PDF.
    expect(await refusal(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('Tiedosto ei ole Word-asiakirja (.docx).');
    expect(await refusal(new TextEncoder().encode('%PDF-1.7'))).toBe('Tiedosto ei ole Word-asiakirja (.docx).');
  });

  it('refuses a damaged zip: cut short, or its compressed data garbled', async () => {
    const whole = await buildDocx({ body: p(r('Teksti '.repeat(200))) });
    expect(await refusal(whole.slice(0, Math.floor(whole.length / 2)))).toMatch(/^Tiedosto on vioittunut/u);
    // Garble the bytes in the middle of the first entry's data (the zip's directory stays intact).
    const garbled = Uint8Array.from(whole);
    for (let index = 60; index < 160; index += 1) garbled[index] = 0xff;
    expect(await refusal(garbled)).toMatch(/^Tiedosto on vioittunut/u);
  });

  it('refuses a zip that is not a Word document (a spreadsheet, a zip of anything)', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>');
    zip.file('xl/workbook.xml', '<workbook/>');
    expect(await refusal(await zip.generateAsync({ type: 'uint8array' }))).toBe('Tiedosto ei ole Word-asiakirja (.docx).');
    const plain = new JSZip();
    plain.file('readme.txt', 'hei');
    expect(await refusal(await plain.generateAsync({ type: 'uint8array' }))).toBe('Tiedosto ei ole Word-asiakirja (.docx).');
  });

  it('refuses a zip bomb while unpacking: a small file whose document unpacks past the limit', async () => {
    const bytes = await buildDocx({ body: `<w:p><w:r><w:t>${'a'.repeat(maxUnpackedBytes + 1024)}</w:t></w:r></w:p>` }, 1);
    expect(bytes.length).toBeLessThan(maxReviewFileBytes / 20);
    expect(await refusal(bytes)).toMatch(/^Tiedosto purkautuu epätavallisen suureksi/u);
  });

  it('refuses XML that is not well-formed, and any DOCTYPE (entity expansion)', async () => {
    expect(await refusal(await buildDocx({ body: '<w:p><w:r><w:t>auki</w:r></w:p>' }))).toMatch(/^Tiedosto on vioittunut/u);
    const zip = await JSZip.loadAsync(await buildDocx({ body: p(r('Teksti')) }));
    zip.file('word/document.xml', '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>');
    expect(await refusal(await zip.generateAsync({ type: 'uint8array' }))).toMatch(/^Tiedosto on vioittunut/u);
  });
});
