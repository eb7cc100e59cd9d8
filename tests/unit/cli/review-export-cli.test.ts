// `pykala export item ID --kind proposal [--comments] [--changes-since VERSION]` as a script runs
// it: the review copy with tracked changes since a version; a version that does not exist, a bad
// number or a review copy of the minutes: exit 1, a Finnish message, no file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatch';
import { draftOf } from '../../../electron/services/items/item-rules';
import type { AgendaItem } from '../../../shared/domain/item';
import { docOf, paragraphNode } from '../../../shared/domain/rich-text-build';
import { findAll, readDocx, textOf } from '../export/docx-xml';
import { pykala } from './run-pykala';

let dir: string;
let itemId: string;

async function ok<T>(context: ReturnType<typeof openAppContext>, channel: string, input: unknown): Promise<T> {
  const envelope = await dispatch(context.handlers, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-cli-review-'));
  expect((await pykala('demo', '--data', dir)).code).toBe(0);
  // Version 1 imported, version 2 an edit of the background.
  const context = openAppContext({ dataDir: dir, seedDemoIfNew: false });
  try {
    const imported = await ok<AgendaItem>(context, 'items:import', {
      title: 'Kerhoavustukset 2025',
      background: '<p>Kerhoja on kahdeksan.</p>',
      proposal: { html: '<p>Lautakunta päättää myöntää avustukset.</p>' },
    });
    itemId = imported.id;
    const draft = { ...draftOf(imported), background: docOf(paragraphNode('Kerhoja on kymmenen.')) };
    await ok(context, 'items:update', { id: itemId, draft, expectedUpdatedAt: imported.updatedAt });
  } finally {
    context.close();
  }
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('pykala export item --changes-since', () => {
  it('writes the review copy with the changes since the version as tracked changes', async () => {
    const out = path.join(dir, 'tarkastus.docx');
    const result = await pykala('export', 'item', itemId, '--data', dir, '--out', out, '--kind', 'proposal', '--comments', '--changes-since', '1');
    expect([result.code, result.stderr]).toEqual([0, '']);
    const docx = await readDocx(fs.readFileSync(out));
    const document = docx.part('word/document.xml');
    expect(findAll(document, 'w:del').map(textOf)).toEqual(['kahdeksan']);
    expect(findAll(document, 'w:ins').map(textOf)).toEqual(['kymmenen']);
    expect(docx.raw('docProps/custom.xml')).toContain(itemId);
    expect(findAll(document, 'w:bookmarkStart').map((el) => el.attrs['w:name'])).toEqual(['pykala_title', 'pykala_background', 'pykala_proposal']);
  });

  it('refuses a version the item does not have, a bad number and a review copy of the minutes: exit 1, Finnish, no file', async () => {
    const out = path.join(dir, 'ei.docx');
    const missing = await pykala('export', 'item', itemId, '--data', dir, '--out', out, '--changes-since', '7');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Asiassa ei ole versiota 7.');
    const bad = await pykala('export', 'item', itemId, '--data', dir, '--out', out, '--changes-since', 'eka');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Virheellinen versio: eka.');
    const minutes = await pykala('export', 'item', itemId, '--data', dir, '--out', out, '--kind', 'minutes', '--comments');
    expect(minutes.code).toBe(1);
    expect(minutes.stderr).toContain('vain päätösehdotukseen');
    expect(fs.existsSync(out)).toBe(false);
  });
});
