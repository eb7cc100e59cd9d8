// A review copy the director edits and saves in LibreOffice, read back: LibreOffice renumbers every
// revision id and drops the comment threads (commentsExtended.xml), so the export's own tracked
// changes are known by the versions' authors and times and the exported comments by their author
// and text. The director's own comment and changes are matched; nothing else is offered as new.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportReviewCopy, ownRevisionIdBase } from '../../electron/export';
import { ownChangeTestFor, readReviewCopy } from '../../electron/services/review/word-read';
import { comments, reviewInput, v3, versions } from '../unit/export/review-fixtures';
import { WordSession } from '../unit/review-word/word-edits';
import { renderDir, requireTools } from './render-tools';

// Beside .tmp/render, not in it: the export render test empties .tmp/render when it starts.
const outDir = `${renderDir}-review-readback`;

/** Opens and saves the file in LibreOffice as Word 2007 XML, as a director without Word would. */
function savedByLibreOffice(bytes: Uint8Array): Uint8Array {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'saved'), { recursive: true });
  const input = path.join(outDir, 'reviewed.docx');
  writeFileSync(input, bytes);
  const profile = mkdtempSync(path.join(tmpdir(), 'pykala-lo-'));
  try {
    const result = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', path.join(outDir, 'saved'), input], { encoding: 'utf8', timeout: 180_000 });
    expect(result.status, result.stderr).toBe(0);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return readFileSync(path.join(outDir, 'saved', 'reviewed.docx'));
}

describe('a review copy saved by LibreOffice', () => {
  it('reads back with the director\'s comment and changes matched and the export\'s own known as already there', async () => {
    requireTools();
    const session = await WordSession.open(await exportReviewCopy(reviewInput()));
    session.comment('Avustusta haetaan', 'Kuka hakee?');
    session.replace('Kerhoja on kymmenen.', 'Kerhoja on yksitoista.');
    session.insertAfter('antaa tiedoksi', ' kirjallisesti');
    const saved = savedByLibreOffice(await session.save());
    // The premise: LibreOffice kept none of our revision ids.
    const xml = (await (await JSZip.loadAsync(saved)).file('word/document.xml')?.async('string')) ?? '';
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/gu)].map((match) => Number(match[1]));
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => id >= ownRevisionIdBase)).toEqual([]);

    const history = [versions().from, ...versions().between].map((version) => ({ author: version.author.name, at: version.at }));
    const { report } = await readReviewCopy({ bytes: saved, fileName: 'reviewed.docx', item: v3(), existingComments: comments(), titleOfItem: () => Promise.resolve(undefined), organisation: 'Esimerkin kaupunki', isOwnChange: ownChangeTestFor(history) });
    expect(report.changes.map(({ author, field, deleted, inserted, match }) => ({ author, field, deleted, inserted, match }))).toEqual([
      { author: 'Mikko Saari', field: 'background', deleted: 'Kerhoja on kymmenen.', inserted: 'Kerhoja on yksitoista.', match: 'matched' },
      { author: 'Mikko Saari', field: 'proposal', deleted: '', inserted: ' kirjallisesti', match: 'matched' },
    ]);
    const fresh = report.comments.filter((comment) => comment.match !== 'alreadyPresent');
    expect(fresh.map(({ author, body, quote, field, match }) => ({ author, body, quote, field, match }))).toEqual([{ author: 'Mikko Saari', body: 'Kuka hakee?', quote: 'Avustusta haetaan', field: 'background', match: 'matched' }]);
    expect(report.comments).toHaveLength(comments().filter((comment) => comment.resolvedAt === null).length + 1);
  }, 240_000);
});
