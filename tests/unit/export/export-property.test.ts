// Property: whatever the editor (or a paste) puts into rich text – control characters, emoji,
// right-to-left text, lone surrogates, 100,000-character paragraphs – the export is a .docx whose
// every XML part is well-formed, holds no character XML forbids, and keeps the printable text.
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportAgendaItem, xmlSafe } from '../../../electron/export';
import type { RichDoc, RichMark, RichNode } from '../../../shared/domain/rich-text';
import { readDocx, textOf } from './docx-xml';
import { seedInput } from './fixtures';

// eslint-disable-next-line no-control-regex -- the property is exactly that none of these survive
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

const nastyChar = fc.oneof(
  fc.constantFrom('\u0000', '\u0001', '\u0007', '\u000B', '\u000C', '\u001F', '\u007F', '\u0085', '\uFFFE', '\uFFFF', '\t', '\n', '\r', '\r\n'),
  fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF'),
  fc.constantFrom('😀', '👩‍👩‍👧', '🇫🇮', '\u{1F9EA}'),
  fc.constantFrom('שלום', 'مرحبا', '\u202E', '\u200F', '\u202B'),
  fc.constantFrom('&', '<', '>', '"', "'", ']]>', '<w:p>'),
  fc.constantFrom('ä', 'ö', 'å', 'Å', '€', '§', ' '),
  fc.string({ maxLength: 8 }),
);
const nastyText = fc.array(nastyChar, { maxLength: 12 }).map((parts) => parts.join(''));
const hugeText = fc.tuple(nastyChar, nastyChar).map(([a, b]) => `${a}Pitkä kappale ${b} `.repeat(7000).slice(0, 100_000));
const anyText = fc.oneof({ weight: 12, arbitrary: nastyText }, { weight: 1, arbitrary: hugeText });

const mark: fc.Arbitrary<RichMark> = fc.oneof(
  fc.constantFrom<RichMark>({ type: 'bold' }, { type: 'italic' }, { type: 'underline' }),
  fc.oneof(fc.constant('https://example.fi/a?b=1&c=2'), nastyText).map((href): RichMark => ({ type: 'link', attrs: { href } })),
);

const inline: fc.Arbitrary<RichNode> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('text' as const), text: anyText, marks: fc.array(mark, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.constant<RichNode>({ type: 'hardBreak' }) },
  { weight: 1, arbitrary: fc.record({ frozenText: fc.option(nastyText), text: nastyText }).map((attrs): RichNode => ({ type: 'liveValue', attrs: { metric: 'runningProjectCount', activeOn: '2024-01-01', areas: [], ...attrs } })) },
);

const { block } = fc.letrec<{ block: RichNode }>((tie) => {
  const paragraph = fc.array(inline, { maxLength: 4 }).map((content): RichNode => ({ type: 'paragraph', content }));
  const item = fc.array(fc.oneof(paragraph, tie('block')), { minLength: 1, maxLength: 2 }).map((content): RichNode => ({ type: 'listItem', content }));
  const cell = fc.tuple(fc.constantFrom('tableCell' as const, 'tableHeader' as const), fc.array(paragraph, { maxLength: 2 })).map(([type, content]): RichNode => ({ type, content }));
  return {
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      paragraph,
      fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(inline, { maxLength: 3 })).map(([level, content]): RichNode => ({ type: 'heading', attrs: { level }, content })),
      fc.tuple(fc.constantFrom('bulletList' as const, 'orderedList' as const), fc.array(item, { minLength: 1, maxLength: 3 })).map(([type, content]): RichNode => ({ type, content })),
      fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }).map((content): RichNode => ({ type: 'tableRow', content })), { maxLength: 3 }).map((content): RichNode => ({ type: 'table', content })),
    ),
  };
});

const richDoc = fc.array(block, { maxLength: 5 }).map((content): RichDoc => ({ type: 'doc', content }));

function textNodes(nodes: readonly RichNode[]): string[] {
  return nodes.flatMap((node) => (node.type === 'text' ? [node.text ?? ''] : textNodes(node.content ?? [])));
}

describe('export of arbitrary rich text', () => {
  it('always yields well-formed XML without forbidden characters, keeping the text', async () => {
    await fc.assert(
      fc.asyncProperty(richDoc, nastyText, async (background, title) => {
        const input = seedInput('minutes');
        const bytes = await exportAgendaItem({ ...input, item: { ...input.item, background, title: title || 'x', caseNumber: title }, author: title });
        const docx = await readDocx(bytes);
        for (const name of docx.files) {
          const xml = docx.raw(name);
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- the strict validator shipped with the installed fast-xml-parser; no extra package needed
          expect(XMLValidator.validate(xml), name).toBe(true);
          expect(forbidden.test(xml), name).toBe(false);
        }
        const text = textOf(docx.part('word/document.xml'));
        for (const value of textNodes(background.content)) {
          const printable = xmlSafe(value).replace(/\r\n|\r|\n/gu, '');
          if (xmlSafe(value).trim() !== '' && !printable.includes('\t')) expect(text.includes(printable)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
