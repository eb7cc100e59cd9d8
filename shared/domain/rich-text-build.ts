// Small builders of the editor's JSON for text written in code: templates, presets, demo data,
// the command line's import. They make only what the editor itself makes (no empty text nodes).
import type { RichDoc, RichNode } from './rich-text';

export function textNode(text: string): RichNode[] {
  return text === '' ? [] : [{ type: 'text', text }];
}

export function paragraphNode(text: string): RichNode {
  return { type: 'paragraph', content: textNode(text) };
}

export function headingNode(level: 1 | 2, text: string): RichNode {
  return { type: 'heading', attrs: { level }, content: textNode(text) };
}

function listItems(items: readonly string[]): RichNode[] {
  return items.map((item) => ({ type: 'listItem', content: [paragraphNode(item)] }));
}

export function bulletListNode(items: readonly string[]): RichNode {
  return { type: 'bulletList', content: listItems(items) };
}

/** Numbered points; an empty list still gets one empty point, as ProseMirror needs one item. */
export function orderedListNode(items: readonly string[]): RichNode {
  return { type: 'orderedList', content: listItems(items.length > 0 ? items : ['']) };
}

export function docOf(...content: RichNode[]): RichDoc {
  return { type: 'doc', content: content.length > 0 ? content : [paragraphNode('')] };
}

/** Paragraphs from plain text: a blank line separates paragraphs, a single newline stays a line break. */
export function docFromPlainText(text: string): RichDoc {
  const paragraphs = text
    .replace(/\r\n?/gu, '\n')
    .split(/\n\s*\n/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return docOf(
    ...paragraphs.map((part): RichNode => {
      const lines = part.split('\n');
      const content = lines.flatMap((line, index): RichNode[] => [...(index > 0 ? [{ type: 'hardBreak' } as RichNode] : []), ...textNode(line)]);
      return { type: 'paragraph', content };
    }),
  );
}

/** "Lautakunta päättää" + numbered points, the seed's shape. */
export function openingWithPoints(opening: string, points: readonly string[]): RichDoc {
  return docOf(paragraphNode(opening), orderedListNode(points));
}
