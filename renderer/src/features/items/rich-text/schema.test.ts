// The editor may hold only what the Word export handles: a new node or mark (say, someone
// enables strike-through) fails here before it can reach a document the export cannot write.
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { comparableRichDoc, richTextAttributeDefaults } from '../../../../../shared/domain/draft-changes';
import { richMarkTypes, richNodeTypes } from '../../../../../shared/domain/rich-text';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import { richTextExtensions } from './extensions';

describe('rich-text editor schema', () => {
  const schema = getSchema(richTextExtensions());

  it('has exactly the node types of the shared vocabulary', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...richNodeTypes].sort());
  });

  it('has exactly the mark types of the shared vocabulary', () => {
    expect(Object.keys(schema.marks).sort()).toEqual([...richMarkTypes].sort());
  });

  it('allows only heading levels 1 and 2', () => {
    const heading = schema.nodes.heading;
    expect(heading).toBeDefined();
    const doc = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tausta' }] }] });
    expect(doc.firstChild?.attrs.level).toBe(2);
  });

  it('reads a stored live value with all its attributes', () => {
    const attrs = { metric: 'runningProjectCount', activeOn: '2024-01-01', areas: ['perusopetus'], frozenText: null, text: '27' };
    const doc = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'yhteensä ' }, { type: 'liveValue', attrs }] }] });
    expect(doc.firstChild?.lastChild?.attrs).toEqual(attrs);
    expect(doc.textContent).toBe('yhteensä ');
  });

  it('fills in exactly the attribute defaults the draft comparison leaves out', () => {
    const defaultsOf = (spec: { attrs?: Record<string, { default?: unknown }> | null }) => Object.fromEntries(Object.entries(spec.attrs ?? {}).map(([key, attr]) => [key, attr.default]));
    const types = [...Object.values(schema.nodes), ...Object.values(schema.marks)].filter((type) => Object.keys(type.spec.attrs ?? {}).length > 0);
    expect(Object.fromEntries(types.map((type) => [type.name, defaultsOf(type.spec)]))).toEqual(richTextAttributeDefaults);
  });

  it('gives back a stored text that compares equal to it, so opening an item is no edit', () => {
    const stored: RichDoc = {
      type: 'doc',
      content: [
        { type: 'heading', content: [{ type: 'text', text: 'Tausta' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Katso ' }, { type: 'text', text: 'OKM', marks: [{ type: 'link', attrs: { href: 'https://okm.fi' } }, { type: 'bold' }] }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Yksi' }] }] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph' }] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [] }] }] }] },
        { type: 'paragraph', content: [{ type: 'liveValue', attrs: { metric: 'runningProjectCount', activeOn: '2024-01-01', frozenText: '27' } }] },
      ],
    };
    const editorJson = schema.nodeFromJSON(stored).toJSON() as RichDoc;
    expect(editorJson).not.toEqual(stored);
    expect(comparableRichDoc(editorJson)).toEqual(comparableRichDoc(stored));
    const level2 = schema.nodeFromJSON({ ...stored, content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tausta' }] }, ...stored.content.slice(1)] }).toJSON() as RichDoc;
    expect(comparableRichDoc(level2)).not.toEqual(comparableRichDoc(stored));
  });
});
