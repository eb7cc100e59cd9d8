// items:export's review copy through the real handlers on the demo database: the demo item in
// review, its versions by the secretary and the director's comments as stored (issue 9).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import { demoReviewItemId, directorComments } from '../../../electron/services/demo/seed-review';
import { dispatch } from '../../../electron/services/dispatch';
import { seedPreparer } from '../../../shared/demo/seed-item';
import type { AppError, ExportFile } from '../../../shared/ipc/define';
import { findAll, readDocx, textOf } from './docx-xml';
import { bookmarkTokens, commentedText, tokens } from './review-xml';

let dir: string;
let context: AppContext;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-review-export-'));
  context = openAppContext({ dataDir: dir, seedDemoIfNew: true });
});
afterAll(() => {
  context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function exported(input: unknown): Promise<ExportFile> {
  const envelope = await dispatch(context.handlers, 'items:export', input);
  if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
  return envelope.value as ExportFile;
}

async function refused(input: unknown): Promise<AppError> {
  const envelope = await dispatch(context.handlers, 'items:export', input);
  if (envelope.ok) throw new Error('exported unexpectedly');
  return envelope.error;
}

describe('items:export, the review copy of the demo item in review', () => {
  it('carries the director’s stored comments on their words and the secretary’s changes since version 1', async () => {
    const file = await exported({ id: demoReviewItemId, kind: 'proposal', comments: true, changesSince: 1 });
    expect(file.fileName).toMatch(/päätösehdotus tarkastettavaksi\.docx$/u);
    const docx = await readDocx(Buffer.from(file.dataBase64, 'base64'));
    const document = docx.part('word/document.xml');
    const all = tokens(document);
    const comments = findAll(docx.part('word/comments.xml'), 'w:comment');
    expect(comments).toHaveLength(directorComments.length);
    for (const stored of directorComments) {
      const written = comments.find((comment) => textOf(comment) === stored.body);
      expect(written?.attrs['w:author']).toBe('Mikko Saari');
      expect(commentedText(all, written?.attrs['w:id'] ?? '')).toBe(stored.quote);
    }
    const inserted = findAll(document, 'w:ins');
    expect(inserted.map(textOf).join(' ')).toContain('Naapurikunnissa palvelusetelin arvo');
    expect(new Set(inserted.map((el) => el.attrs['w:author']))).toEqual(new Set([seedPreparer().name]));
    expect(bookmarkTokens(all, 'pykala_proposal').some((token) => token.kind === 'text' && token.del !== null && token.text.includes('että'))).toBe(true);
    expect(docx.raw('docProps/custom.xml')).toContain(demoReviewItemId);
  });

  it('refuses a version the item does not have and a review copy of the minutes, naming the field', async () => {
    const missing = await refused({ id: demoReviewItemId, kind: 'proposal', comments: false, changesSince: 99 });
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.fields).toEqual([{ path: 'changesSince', message: 'reviewWord.error.versionNotFound', params: { version: 99 } }]);
    const minutes = await refused({ id: demoReviewItemId, kind: 'minutes', comments: true, changesSince: null });
    expect(minutes.code).toBe('VALIDATION');
  });
});
