// The texts of an item file (item-json.ts) to and from the editor's rich text. Reading takes any
// shape a script may write; writing picks the simplest shape that reads back to the same text, so
// `item show` → `item import` reproduces an item (property-tested in tests/unit/items/).
import { sameRichText } from '../domain/draft-changes';
import type { ResolutionJson } from '../domain/item-json';
import { simpleShape } from '../domain/resolution';
import type { RichDoc } from '../domain/rich-text';
import { richToPlainText } from '../domain/rich-text';
import { docFromPlainText, docOf, orderedListNode, openingWithPoints } from '../domain/rich-text-build';
import { htmlToRich, richToHtml } from './rich-html';

type RichObject = { html?: string | undefined; doc?: RichDoc | undefined };

export function richFromObject(value: RichObject): RichDoc {
  return value.doc ?? htmlToRich(value.html ?? '');
}

/** A proposal or decision as a script wrote it. */
export function resolutionFromJson(value: ResolutionJson): RichDoc {
  if (typeof value === 'string') return docFromPlainText(value);
  if ('points' in value) return value.opening.trim() === '' ? docOf(orderedListNode(value.points)) : openingWithPoints(value.opening, value.points);
  return richFromObject(value);
}

export { sameRichText };

/** { html } when HTML carries the text exactly, else { html, doc }. */
export function richObjectOf(doc: RichDoc): { html: string; doc?: RichDoc } {
  const html = richToHtml(doc);
  return sameRichText(htmlToRich(html), doc) ? { html } : { html, doc };
}

/** The simplest shape that reads back to the same text: a sentence, an opening and points, or rich text. */
export function resolutionToJson(doc: RichDoc): ResolutionJson {
  const simple = simpleShape(doc);
  if (simple !== null) {
    const candidate: ResolutionJson = typeof simple === 'string' ? simple : { opening: simple.opening, points: simple.points };
    if (sameRichText(resolutionFromJson(candidate), doc)) return candidate;
  }
  return richObjectOf(doc);
}

/** The background: an HTML string when HTML carries it exactly, else { html, doc }. */
export function backgroundToJson(doc: RichDoc): string | { html: string; doc?: RichDoc } {
  const object = richObjectOf(doc);
  return object.doc === undefined ? object.html : object;
}

export function backgroundFromJson(value: string | RichObject): RichDoc {
  return typeof value === 'string' ? htmlToRich(value) : richFromObject(value);
}

/** Plain text, when it reads back to the same text (paragraphs of plain words); else null. */
export function plainTextOf(doc: RichDoc): string | null {
  const plain = doc.content.map((node) => richToPlainText(node)).join('\n\n');
  return sameRichText(docFromPlainText(plain), doc) ? plain : null;
}
