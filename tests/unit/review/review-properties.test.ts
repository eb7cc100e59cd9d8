// Properties over any rich text the editor can hold (the arbitraries of the item tests): a change
// applied where it fits gives exactly the spliced text, an anchor added and taken away leaves the
// text as it was, word diffs rebuild both sides, and the stored summary counts what the compare
// view shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCommentMark, commentIdsIn, quoteOfComment, stripCommentMarks } from '../../../shared/domain/comment-marks';
import { sameRichText } from '../../../shared/domain/draft-changes';
import { compareItems } from '../../../shared/domain/item-compare';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { richDocSchema } from '../../../shared/domain/rich-text-schema';
import { richUnits, unitAt } from '../../../shared/domain/rich-units';
import type { RichUnit } from '../../../shared/domain/rich-units';
import { applyTextChange } from '../../../shared/domain/text-change';
import { summarizeChange } from '../../../shared/domain/version-summary';
import { wordDiff } from '../../../shared/domain/word-diff';
import { richToHtml } from '../../../shared/format/rich-html';
import { richDocArbitrary, word, words } from '../items/rich-arbitraries';
import { draft } from './fixtures';

/** A doc with at least one unit that has text, a unit of it, and two offsets in its text (from ≤ to). */
const docWithRange = richDocArbitrary.chain((doc) => {
  const units = richUnits(doc).filter((unit) => unit.text.length > 0);
  if (units.length === 0) return fc.constant(null);
  return fc.tuple(fc.constantFrom(...units), fc.nat(), fc.nat()).map(([unit, a, b]) => {
    const x = a % (unit.text.length + 1);
    const y = b % (unit.text.length + 1);
    return { doc, unit, from: Math.min(x, y), to: Math.max(x, y) };
  });
});

/** Whether an offset falls strictly inside an atom (a live value's figure cannot be cut). */
const insideAtom = (unit: RichUnit, offset: number) => unit.segments.some((segment) => segment.kind === 'liveValue' && offset > segment.from && offset < segment.to);
const inOneBlock = (unit: RichUnit, from: number, to: number) => unit.blocks.some((block) => block.from <= from && to <= block.to);

describe('review logic on any rich text', () => {
  it('finds each unit by its path as the whole list has it', () => {
    fc.assert(
      fc.property(richDocArbitrary, (doc) => {
        for (const unit of richUnits(doc)) expect(unitAt(doc, unit.path)).toEqual(unit);
      }),
    );
  });

  it('applies a change that fits exactly, and refuses only what would cut a figure or join paragraphs', () => {
    fc.assert(
      fc.property(docWithRange, word, (picked, inserted) => {
        if (picked === null) return;
        const { doc, unit, from, to } = picked;
        const deleted = unit.text.slice(from, to);
        const changed = applyTextChange(doc, unit.path, from, deleted, inserted);
        const fits = inOneBlock(unit, from, to) && !insideAtom(unit, from) && !insideAtom(unit, to);
        expect(changed !== null).toBe(fits);
        if (changed === null) return;
        expect(richUnits(changed).find((candidate) => candidate.path.join() === unit.path.join())?.text).toBe(unit.text.slice(0, from) + inserted + unit.text.slice(to));
        expect(richDocSchema.safeParse(changed).success).toBe(true);
        // Any other deleted text is refused.
        expect(applyTextChange(doc, unit.path, from, `${deleted}§x`, inserted)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('anchors a comment on exactly the chosen text, and taking it away gives the text back', () => {
    fc.assert(
      fc.property(docWithRange, (picked) => {
        if (picked === null) return;
        const { doc, unit, from, to } = picked;
        const marked = addCommentMark(doc, unit.path, from, to, 'c1');
        if (from === to) {
          expect(marked).toBeNull();
          return;
        }
        const onText = (offset: number, side: 'start' | 'end') =>
          unit.segments.some((segment) => segment.kind === 'text' && (side === 'start' ? segment.from <= offset && offset < segment.to : segment.from < offset && offset <= segment.to));
        const overlapsText = unit.segments.some((segment) => segment.kind !== 'hardBreak' && segment.from < to && segment.to > from);
        expect(marked !== null).toBe(overlapsText);
        if (marked === null) return;
        expect(richDocSchema.safeParse(marked).success).toBe(true);
        expect(commentIdsIn(marked)).toEqual(['c1']);
        if (onText(from, 'start') && onText(to, 'end')) expect(quoteOfComment(marked, 'c1')).toBe(unit.text.slice(from, to));
        const stripped = stripCommentMarks(marked);
        expect(commentIdsIn(stripped)).toEqual([]);
        expect(sameRichText(stripped, doc)).toBe(true);
        expect(richToHtml(stripped)).toBe(richToHtml(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('rebuilds both texts from a word diff', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.constantFrom('\n', '  ', ' 12 500 € ', ' lukio-opetus ')), { maxLength: 8 }), fc.array(fc.oneof(words, fc.constantFrom('\n', ' 13 000 € ', ' perus-opetus ')), { maxLength: 8 }), (a, b) => {
        const before = a.join(' ');
        const after = b.join(' ');
        const parts = wordDiff(before, after);
        expect(parts.filter((part) => part.op !== 'ins').map((part) => part.text).join('')).toBe(before);
        expect(parts.filter((part) => part.op !== 'del').map((part) => part.text).join('')).toBe(after);
      }),
    );
  });

  it('summarises with the same counts the compare view shows', () => {
    fc.assert(
      fc.property(richDocArbitrary, richDocArbitrary, (one, two) => {
        const before = draft({ background: one });
        const after = draft({ background: two });
        const summary = summarizeChange(before, after).fields.find((field) => field.field === 'background');
        const compared = compareItems(before, after).fields.find((field) => field.field === 'background');
        expect({ changed: summary?.changed ?? 0, added: summary?.added ?? 0, removed: summary?.removed ?? 0 }).toEqual({ changed: compared?.changed, added: compared?.added, removed: compared?.removed });
        const same = compareItems(before, draft({ background: structuredClone<RichDoc>(one) }));
        expect(same.fields.every((field) => field.changed + field.added + field.removed === 0)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
