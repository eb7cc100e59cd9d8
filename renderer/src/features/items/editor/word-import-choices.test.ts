import { describe, expect, it } from 'vitest';
import type { WordChange, WordComment, WordReviewReport } from '../../../../../shared/domain/word-review';
import { acceptableChangeIds, applyChoices, importableCommentIds } from './word-import-choices';

const change = (id: string, match: WordChange['match']): WordChange => ({ id, author: 'Mikko Saari', date: null, field: 'background', unitText: 'Teksti', offset: 0, deleted: 'a', inserted: 'b', match });
const comment = (id: string, match: WordComment['match']): WordComment => ({ id, author: 'Mikko Saari', date: null, body: 'Tarkenna', quote: 'Teksti', field: 'background', parentId: null, match });
const report: WordReviewReport = {
  itemId: 'i1',
  fileName: 'tarkastettu.docx',
  exportedVersion: 3,
  comments: [comment('c1', 'matched'), comment('c2', 'alreadyPresent'), comment('c3', 'notFound')],
  changes: [change('t1', 'matched'), change('t2', 'notFound'), change('t3', 'alreadyPresent'), change('t4', 'matched')],
  notes: [],
};

describe('choosing what to take from a returned review copy', () => {
  it('offers only matched changes for acceptance', () => {
    expect(acceptableChangeIds(report)).toEqual(['t1', 't4']);
  });

  it('imports new comments, detached ones too, but not those already in the item', () => {
    expect(importableCommentIds(report)).toEqual(['c1', 'c3']);
  });

  it('applies only what the user ticked, and never a change that did not match', () => {
    expect(applyChoices(report, new Set(), true)).toEqual({ acceptChangeIds: [], importCommentIds: ['c1', 'c3'] });
    expect(applyChoices(report, new Set(['t4', 't2']), false)).toEqual({ acceptChangeIds: ['t4'], importCommentIds: [] });
  });
});
