// Comment anchors in the stored rich text: read, taken out, placed, found by their quote; and
// never a change of the text (drafts, the validation, the Word export).
import { describe, expect, it } from 'vitest';
import { addCommentMark, commentIdsIn, commentRanges, findQuote, isSameIgnoringComments, quoteOfComment, stripCommentMarks, stripDraftCommentMarks } from '../../../shared/domain/comment-marks';
import { changedCommentFields, changedDraftFields, isSameDraft } from '../../../shared/domain/draft-changes';
import { richDocSchema } from '../../../shared/domain/rich-text-schema';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { richUnits } from '../../../shared/domain/rich-units';
import { changedProposalFields } from '../../../electron/services/items/item-rules';
import { inlineRuns } from '../../../electron/export/inline';
import { bold, comment, docOf, draft, listItem, ordered, para, paragraphNode, proposalOpening, text } from './fixtures';

const live = { type: 'liveValue', attrs: { metric: 'runningProjectCount', activeOn: '2024-01-01', areas: [], frozenText: null, text: '27' } } as const;

const background: RichDoc = docOf(
  paragraphNode('Kouluverkkoselvitys valmistui keväällä 2024.'),
  para(text('Selvityksessä arvioitiin '), text('kahdeksan koulun', bold), text(' tilat ja '), live, text(' hanketta.')),
);

describe('addCommentMark and reading anchors back', () => {
  const [first, second] = richUnits(background);
  if (!first || !second) throw new Error('units');

  it('anchors a comment on characters of a unit, keeping the formatting it crosses', () => {
    const from = second.text.indexOf('kahdeksan');
    const marked = addCommentMark(background, second.path, from, from + 'kahdeksan koulun tilat'.length, 'c1');
    if (!marked) throw new Error('not marked');
    expect(marked.content[1]?.content).toEqual([
      text('Selvityksessä arvioitiin '),
      text('kahdeksan koulun', bold, comment('c1')),
      text(' tilat', comment('c1')),
      text(' ja '),
      live,
      text(' hanketta.'),
    ]);
    expect(quoteOfComment(marked, 'c1')).toBe('kahdeksan koulun tilat');
    expect(commentRanges(marked, 'c1')).toEqual([{ path: second.path, from, to: from + 22 }]);
    expect(richDocSchema.safeParse(marked).success).toBe(true);
    // The text is the same; the anchor is no change of it.
    expect(isSameIgnoringComments(background, marked)).toBe(true);
    expect(stripCommentMarks(marked)).toEqual(background);
  });

  it('lets comments overlap, lists their ids once in document order, and anchors a live value whole', () => {
    const one = addCommentMark(background, second.path, 0, second.text.indexOf(' tilat'), 'c2');
    const two = one && addCommentMark(one, second.path, second.text.indexOf('koulun'), second.text.indexOf('hanketta') - 2, 'c3');
    const three = two && addCommentMark(two, first.path, 0, 5, 'c4');
    if (!three) throw new Error('not marked');
    expect(commentIdsIn(three)).toEqual(['c4', 'c2', 'c3']);
    expect(quoteOfComment(three, 'c3')).toBe('koulun tilat ja 27');
    expect(quoteOfComment(three, 'c2')).toBe('Selvityksessä arvioitiin kahdeksan koulun');
    expect(three.content[1]?.content?.find((node) => node.type === 'liveValue')?.marks).toEqual([comment('c3')]);
    expect(stripCommentMarks(three)).toEqual(background);
  });

  it('refuses an empty or outside range, an unknown unit and a second anchor of the same comment', () => {
    expect(addCommentMark(background, second.path, 5, 5, 'c1')).toBeNull();
    expect(addCommentMark(background, second.path, 0, second.text.length + 1, 'c1')).toBeNull();
    expect(addCommentMark(background, [7], 0, 3, 'c1')).toBeNull();
    const once = addCommentMark(background, first.path, 0, 5, 'c1');
    expect(once && addCommentMark(once, second.path, 0, 5, 'c1')).toBeNull();
    expect(quoteOfComment(background, 'c1')).toBeNull();
  });

  it('finds a quote read back from Word only where it stands once', () => {
    expect(findQuote(background, 'koulun tilat ja 27')).toEqual({ path: second.path, from: second.text.indexOf('koulun'), to: second.text.indexOf('koulun') + 18 });
    const twice = docOf(paragraphNode('Lautakunta päättää hyväksyä selvityksen.'), paragraphNode('Lautakunta päättää antaa selvityksen tiedoksi.'));
    expect(findQuote(twice, 'Lautakunta päättää')).toBeNull();
    expect(findQuote(twice, 'selvityksen tiedoksi')).toEqual({ path: [1], from: 25, to: 45 });
    expect(findQuote(twice, 'selvityksen.\nLautakunta')).toBeNull();
    expect(findQuote(twice, 'lautakunta päättää')).toBeNull();
  });
});

describe('comment anchors are no change of the draft', () => {
  const proposal = docOf(paragraphNode(proposalOpening), ordered(listItem('hyväksyä selvityksen'), listItem('antaa tiedoksi')));
  const [, point] = richUnits(proposal);
  const commented = point && addCommentMark(proposal, point.path, 0, 9, 'c9');
  if (!commented) throw new Error('not marked');

  it('keeps an approved proposal the same, and tells the service where only anchors moved', () => {
    const before = draft({ proposal });
    const after = draft({ proposal: commented });
    expect(isSameDraft(before, after)).toBe(true);
    expect(changedDraftFields(before, after)).toEqual([]);
    expect(changedProposalFields(before, after)).toEqual([]);
    expect(changedCommentFields(before, after)).toEqual(['proposal']);
    expect(changedCommentFields(before, stripDraftCommentMarks(after))).toEqual([]);
    // A change of the words still is one.
    const edited = draft({ proposal: docOf(paragraphNode(proposalOpening), ordered(listItem('hyväksyä selvityksen muutoksin'), listItem('antaa tiedoksi'))) });
    expect(changedDraftFields(after, edited)).toEqual(['proposal']);
  });

  it('validates the comment mark and its id, and the Word export writes its text without it', () => {
    expect(richDocSchema.safeParse(docOf(para(text('a', comment('x')), text('b', comment('x'), comment('y'))))).success).toBe(true);
    expect(richDocSchema.safeParse(docOf(para(text('a', { type: 'comment', attrs: { id: 5 } } as never)))).success).toBe(false);
    expect(richDocSchema.safeParse(docOf(para(text('a', { type: 'comment', attrs: { id: 'x', author: 'M' } } as never)))).success).toBe(false);
    expect(richDocSchema.safeParse(docOf(para(text('a', { type: 'comment' } as never)))).success).toBe(false);
    const runs = inlineRuns([text('hyväksyä', comment('c9'), bold), text(' selvityksen')]);
    expect(runs).toHaveLength(2);
  });
});
