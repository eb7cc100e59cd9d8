// fast-check arbitraries of the editor's rich text, in the form the editor holds it: what the
// HTML round trip and the item file's show → import are property-tested on.
import fc from 'fast-check';
import type { RichDoc, RichMark, RichNode } from '../../../shared/domain/rich-text';

export const word = fc.stringMatching(/^[A-Za-zÅÄÖåäö0-9€&<>"'.,:;()%§–-]{1,12}$/u);
export const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((list) => list.join(' '));
const markSet = fc.subarray<RichMark>([{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }, { type: 'link', attrs: { href: 'https://www.oph.fi/fi?a=1&b=2' } }]);
const text = fc.record({ text: words, marks: markSet }).map(({ text: value, marks }): RichNode => ({ type: 'text', text: value, ...(marks.length > 0 ? { marks } : {}) }));
const liveValue = fc.record({ frozen: fc.option(fc.constantFrom('26', '12 500 €')), areas: fc.subarray(['perusopetus', 'lukiokoulutus']) }).map(
  ({ frozen, areas }): RichNode => ({ type: 'liveValue', attrs: { metric: 'runningProjectCount', activeOn: '2024-01-01', areas, frozenText: frozen, text: '27' } }),
);
const space: RichNode = { type: 'text', text: ' ' };
// Inline content as the editor holds it: it opens and closes with text, a space separates parts.
const inline = fc.array(fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: liveValue }, { weight: 1, arbitrary: fc.constant<RichNode>({ type: 'hardBreak' }) }), { minLength: 0, maxLength: 4 }).chain((middle) =>
  fc.tuple(text, text).map(([first, last]): RichNode[] => [first, ...middle.flatMap((node) => [space, node]), space, last]),
);
const paragraph = inline.map((content): RichNode => ({ type: 'paragraph', content }));
const heading = fc.tuple(fc.constantFrom(1, 2), inline).map(([level, content]): RichNode => ({ type: 'heading', attrs: { level }, content }));

const list: fc.Arbitrary<RichNode> = fc.letrec<{ list: RichNode }>((tie) => ({
  list: fc
    .tuple(fc.constantFrom('bulletList', 'orderedList'), fc.array(fc.tuple(paragraph, fc.option(tie('list'), { freq: 5, depthIdentifier: 'list' })), { minLength: 1, maxLength: 3 }), fc.constantFrom(undefined, { start: 3 }, { type: 'a' }))
    .map(([type, items, attrs]): RichNode => ({
      type: type,
      ...(type === 'orderedList' && attrs ? { attrs } : {}),
      content: items.map(([first, nested]): RichNode => ({ type: 'listItem', content: nested ? [first, nested] : [first] })),
    })),
})).list;

const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.constantFrom(null, 'right', 'center')).chain(([columns, rows, header, align]) =>
  fc.array(fc.array(paragraph, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }).map(
    (cells): RichNode => ({
      type: 'table',
      content: cells.map((row, rowIndex) => ({
        type: 'tableRow',
        content: row.map((cell, index): RichNode => ({
          type: header && rowIndex === 0 ? 'tableHeader' : 'tableCell',
          ...(rowIndex === 0 ? { attrs: { colwidth: [100 + index * 20] } } : {}),
          ...(align && index === columns - 1 && rowIndex > 0 ? { attrs: { align } } : {}),
          content: [cell],
        })),
      })),
    }),
  ),
);

/** A rich text in the form the editor holds it (no empty paragraph, single spaces, texts joined). */
export const richDocArbitrary = fc.array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: heading }, { weight: 2, arbitrary: list }, { weight: 1, arbitrary: table }), { minLength: 1, maxLength: 6 }).map(
  (content): RichDoc => ({ type: 'doc', content }),
);

