// What the editor writes must pass the service's rich-text validation (shared/domain/rich-text-schema.ts),
// or autosave would refuse the user's own text: every attribute the editor's extensions define,
// at its default and at the values the toolbar and typing produce, is accepted. (A real Word
// paste is saved through the validation in tests/e2e/items.spec.ts.)
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { richDocSchema } from '../../../../../shared/domain/rich-text-schema';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import { richTextExtensions } from './extensions';

const schema = getSchema(richTextExtensions());
const liveQuery = { metric: 'runningProjectCount', activeOn: '2024-01-01' };

/** The JSON the editor gives back for a document: ProseMirror fills in every attribute. */
function editorJson(doc: RichDoc): RichDoc {
  return schema.nodeFromJSON(doc).toJSON() as RichDoc;
}

function issuesOf(doc: RichDoc): unknown[] {
  const result = richDocSchema.safeParse(doc);
  return result.success ? [] : result.error.issues;
}

describe('the editor’s JSON passes the service’s rich-text validation', () => {
  it('accepts every node and mark attribute of the editor schema at its default', () => {
    const withAttrs = [...Object.values(schema.nodes), ...Object.values(schema.marks)].filter((type) => Object.keys(type.spec.attrs ?? {}).length > 0);
    expect(withAttrs.map((type) => type.name).sort()).toEqual(['comment', 'heading', 'link', 'liveValue', 'orderedList', 'tableCell', 'tableHeader']);
    const defaults = (name: string) => {
      const spec = schema.nodes[name]?.spec ?? schema.marks[name]?.spec;
      return Object.fromEntries(Object.entries(spec?.attrs ?? {}).map(([key, attr]) => [key, (attr as { default?: unknown }).default]));
    };
    const cell = (type: 'tableCell' | 'tableHeader') => ({ type, attrs: defaults(type), content: [{ type: 'paragraph' as const }] });
    const doc: RichDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: defaults('heading'), content: [{ type: 'text', text: 'Otsikko' }] },
        { type: 'orderedList', attrs: defaults('orderedList'), content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader'), cell('tableCell')] }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'linkki', marks: [{ type: 'link', attrs: { ...defaults('link'), href: 'https://okm.fi' } }] },
            // A comment's anchor always carries its comment's id (Kommentoi gives a new uuid).
            { type: 'text', text: ' kommentoitu', marks: [{ type: 'comment', attrs: { ...defaults('comment'), id: '7b0c6a8e-52a4-4d55-9d4b-6f0d3c1f1e2a' } }] },
            // A live value always carries its query; the rest of its attributes at their defaults.
            { type: 'liveValue', attrs: { ...defaults('liveValue'), ...liveQuery } },
          ],
        },
      ],
    };
    expect(issuesOf(editorJson(doc))).toEqual([]);
  });

  it('accepts the values the toolbar, typing and the live-value dialog produce', () => {
    const doc: RichDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tausta', marks: [{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kolmas' }] }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'luettelo' }] }] }] },
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 2, rowspan: 1, colwidth: [120, 0], align: 'right' }, content: [{ type: 'paragraph' }] }] }],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'sähköposti', marks: [{ type: 'link', attrs: { href: 'mailto:kirjaamo@kokkola.fi' } }] },
            // Two comments on the same words.
            { type: 'text', text: 'kahdesti', marks: [{ type: 'comment', attrs: { id: 'c-1' } }, { type: 'comment', attrs: { id: 'c-2' } }, { type: 'bold' }] },
            { type: 'hardBreak', marks: [{ type: 'bold' }] },
            { type: 'liveValue', attrs: { ...liveQuery, areas: ['perusopetus'], frozenText: '27', text: '27' } },
          ],
        },
      ],
    };
    expect(issuesOf(editorJson(doc))).toEqual([]);
  });
});
