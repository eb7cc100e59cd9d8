// The editor may hold only what the Word export handles: a new node or mark (say, someone
// enables strike-through) fails here before it can reach a document the export cannot write.
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { richMarkTypes, richNodeTypes } from '../../../../../shared/domain/rich-text';
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
});
