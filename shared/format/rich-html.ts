// The editor's rich text (RichDoc) as HTML and back, for the command line (`pykala item show` /
// `item import`) and anywhere text leaves or enters the app as HTML. Writing: the tags the editor
// itself writes (Tiptap's renderHTML), so a page pasted back into the editor reads the same.
// Reading: HTML cleaned as a paste from Word is (clean-html.ts), then mapped onto the editor's
// schema as ProseMirror's parser would (a list item opens with a paragraph, a cell holds blocks,
// inline runs at block level get a paragraph), so what comes in is what the editor can hold.
import { parseDocument } from 'htmlparser2';
import { isTag, isText } from 'domhandler';
import type { ChildNode, Element } from 'domhandler';
import { isSafeHref, orderedListTypes } from '../domain/rich-text';
import type { RichDoc, RichMark, RichNode } from '../domain/rich-text';
import { cleanPastedHtml } from './clean-html';

const escapeText = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeAttr = (text: string): string => escapeText(text).replace(/"/gu, '&quot;');

function attributes(pairs: Record<string, string | number | null | undefined>): string {
  return Object.entries(pairs)
    .filter((pair): pair is [string, string | number] => pair[1] !== null && pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttr(String(value))}"`)
    .join('');
}

type PrintedMark = Exclude<RichMark['type'], 'comment'>;
const markOrder: PrintedMark[] = ['link', 'bold', 'italic', 'underline'];
const markTag: Record<PrintedMark, string> = { link: 'a', bold: 'strong', italic: 'em', underline: 'u' };

function withMarks(inner: string, marks: readonly RichMark[] | undefined): string {
  // A review comment's anchor never prints (review.ts).
  const printed = (marks ?? []).filter((mark): mark is RichMark & { type: PrintedMark } => mark.type !== 'comment');
  const sorted = [...printed].sort((a, b) => markOrder.indexOf(b.type) - markOrder.indexOf(a.type));
  return sorted.reduce((html, mark) => {
    const tag = markTag[mark.type];
    const attrs = mark.type === 'link' ? attributes({ href: typeof mark.attrs?.href === 'string' ? mark.attrs.href : null, title: typeof mark.attrs?.title === 'string' ? mark.attrs.title : null }) : '';
    return `<${tag}${attrs}>${html}</${tag}>`;
  }, inner);
}

function cellAttributes(node: RichNode): string {
  const a = node.attrs ?? {};
  const span = (value: unknown) => (typeof value === 'number' && value > 1 ? value : null);
  const widths = Array.isArray(a.colwidth) && a.colwidth.every((width) => typeof width === 'number') ? a.colwidth.join(',') : null;
  return attributes({ colspan: span(a.colspan), rowspan: span(a.rowspan), colwidth: widths, style: typeof a.align === 'string' ? `text-align: ${a.align}` : null });
}

function nodeHtml(node: RichNode): string {
  const inner = () => (node.content ?? []).map(nodeHtml).join('');
  switch (node.type) {
    case 'doc':
      return inner();
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading':
      return node.attrs?.level === 2 ? `<h2>${inner()}</h2>` : `<h1>${inner()}</h1>`;
    case 'bulletList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' && node.attrs.start !== 1 ? node.attrs.start : null;
      const type = typeof node.attrs?.type === 'string' && node.attrs.type !== '1' ? node.attrs.type : null;
      return `<ol${attributes({ start, type })}>${inner()}</ol>`;
    }
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'table':
      return `<table><tbody>${inner()}</tbody></table>`;
    case 'tableRow':
      return `<tr>${inner()}</tr>`;
    case 'tableHeader':
      return `<th${cellAttributes(node)}>${inner()}</th>`;
    case 'tableCell':
      return `<td${cellAttributes(node)}>${inner()}</td>`;
    case 'hardBreak':
      return '<br>';
    case 'text':
      return withMarks(escapeText(node.text ?? ''), node.marks);
    case 'liveValue': {
      const a = node.attrs ?? {};
      const text = typeof a.text === 'string' ? a.text : '';
      const frozen = typeof a.frozenText === 'string' ? a.frozenText : null;
      const areas = Array.isArray(a.areas) ? a.areas.join(',') : '';
      const span = `<span${attributes({ 'data-live-value': '', 'data-metric': String(a.metric), 'data-active-on': String(a.activeOn), 'data-areas': areas, 'data-frozen-text': frozen, 'data-text': text })}>${escapeText(frozen ?? text)}</span>`;
      return withMarks(span, node.marks);
    }
  }
}

/** The rich text as the HTML the editor writes. */
export function richToHtml(doc: RichDoc): string {
  return doc.content.map(nodeHtml).join('');
}

// ---- HTML → rich text ----

const inlineTags = new Set(['strong', 'em', 'u', 'a', 'br', 'span']);
const isElement = (node: ChildNode): node is Element => isTag(node);

function marksOf(element: Element, marks: readonly RichMark[]): RichMark[] {
  switch (element.name) {
    case 'strong':
      return [...marks, { type: 'bold' }];
    case 'em':
      return [...marks, { type: 'italic' }];
    case 'u':
      return [...marks, { type: 'underline' }];
    case 'a': {
      const href = element.attribs.href ?? '';
      return isSafeHref(href) ? [...marks.filter((mark) => mark.type !== 'link'), { type: 'link', attrs: { href } }] : [...marks];
    }
    default:
      return [...marks];
  }
}

function liveValueNode(element: Element, marks: readonly RichMark[]): RichNode {
  const a = element.attribs;
  const attrs: Record<string, unknown> = {
    metric: a['data-metric'] ?? '',
    activeOn: a['data-active-on'] ?? '',
    areas: (a['data-areas'] ?? '').split(',').filter((area) => area !== ''),
    frozenText: a['data-frozen-text'] ?? null,
    text: a['data-text'] ?? '',
  };
  return { type: 'liveValue', attrs, ...(marks.length > 0 ? { marks: [...marks] } : {}) };
}

function inlineNodes(nodes: readonly ChildNode[], marks: readonly RichMark[] = []): RichNode[] {
  const out: RichNode[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      if (node.data !== '') out.push({ type: 'text', text: node.data, ...(marks.length > 0 ? { marks: [...marks] } : {}) });
    } else if (isElement(node)) {
      if (node.name === 'br') out.push({ type: 'hardBreak' });
      else if (node.name === 'span' && 'data-live-value' in node.attribs) out.push(liveValueNode(node, marks));
      else out.push(...inlineNodes(node.children, marksOf(node, marks)));
    }
  }
  return out;
}

const sameMarks = (a: RichNode, b: RichNode) => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);

/** A paragraph's inline content as the editor holds it: trimmed at its ends, neighbouring texts joined, no empty texts. */
function tidyInline(nodes: RichNode[]): RichNode[] {
  const joined: RichNode[] = [];
  for (const node of nodes) {
    const previous = joined.at(-1);
    if (node.type === 'text' && previous?.type === 'text' && sameMarks(node, previous)) joined[joined.length - 1] = { ...previous, text: (previous.text ?? '') + (node.text ?? '') };
    else joined.push(node);
  }
  const first = joined[0];
  if (first?.type === 'text') joined[0] = { ...first, text: (first.text ?? '').replace(/^ +/u, '') };
  const lastIndex = joined.length - 1;
  const last = joined[lastIndex];
  if (last?.type === 'text') joined[lastIndex] = { ...last, text: (last.text ?? '').replace(/ +$/u, '') };
  return joined.filter((node) => node.type !== 'text' || (node.text ?? '') !== '');
}

function paragraphOf(type: 'paragraph' | 'heading', nodes: readonly ChildNode[], attrs?: Record<string, unknown>): RichNode {
  const content = tidyInline(inlineNodes(nodes));
  return { type, ...(attrs ? { attrs } : {}), ...(content.length > 0 ? { content } : {}) };
}

function cellAttrs(element: Element): Record<string, unknown> | undefined {
  const a = element.attribs;
  const attrs: Record<string, unknown> = {};
  if (a.colspan) attrs.colspan = Number(a.colspan);
  if (a.rowspan) attrs.rowspan = Number(a.rowspan);
  if (a.colwidth) attrs.colwidth = a.colwidth.split(',').map(Number);
  const align = /text-align:\s*(left|center|right)/u.exec(a.style ?? '')?.[1];
  if (align) attrs.align = align;
  return Object.keys(attrs).length > 0 ? attrs : undefined;
}

function tableNode(element: Element): RichNode | null {
  const rows: RichNode[] = [];
  const collect = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (node.name === 'tr') {
        const cells = node.children.filter(isElement).filter((cell) => cell.name === 'td' || cell.name === 'th');
        if (cells.length === 0) continue;
        rows.push({
          type: 'tableRow',
          content: cells.map((cell) => {
            const attrs = cellAttrs(cell);
            return { type: cell.name === 'th' ? 'tableHeader' : 'tableCell', ...(attrs ? { attrs } : {}), content: blocksOf(cell.children) };
          }),
        });
      } else collect(node.children);
    }
  };
  collect(element.children);
  return rows.length > 0 ? { type: 'table', content: rows } : null;
}

function listNode(element: Element): RichNode {
  const items = element.children.filter(isElement).filter((child) => child.name === 'li');
  const content = items.map((item): RichNode => {
    const blocks = blocksOf(item.children);
    // ProseMirror's list item opens with a paragraph.
    return { type: 'listItem', content: blocks[0]?.type === 'paragraph' ? blocks : [{ type: 'paragraph' }, ...blocks] };
  });
  const start = Number(element.attribs.start);
  const type = orderedListTypes.find((candidate) => candidate === element.attribs.type);
  const attrs: Record<string, unknown> = {};
  if (element.name === 'ol' && Number.isInteger(start) && start !== 1) attrs.start = start;
  if (element.name === 'ol' && type && type !== '1') attrs.type = type;
  return { type: element.name === 'ol' ? 'orderedList' : 'bulletList', ...(Object.keys(attrs).length > 0 ? { attrs } : {}), content: content.length > 0 ? content : [{ type: 'listItem', content: [{ type: 'paragraph' }] }] };
}

/** Block content; runs of inline content between blocks become paragraphs. Never empty. */
function blocksOf(nodes: readonly ChildNode[]): RichNode[] {
  const out: RichNode[] = [];
  let run: ChildNode[] = [];
  const flush = () => {
    const paragraph = paragraphOf('paragraph', run);
    if (paragraph.content) out.push(paragraph);
    run = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || inlineTags.has(node.name)) {
      run.push(node);
      continue;
    }
    flush();
    switch (node.name) {
      case 'p':
        out.push(paragraphOf('paragraph', node.children));
        break;
      case 'h1':
      case 'h2':
        out.push(paragraphOf('heading', node.children, { level: node.name === 'h2' ? 2 : 1 }));
        break;
      case 'ul':
      case 'ol':
        out.push(listNode(node));
        break;
      case 'table': {
        const table = tableNode(node);
        if (table) out.push(table);
        break;
      }
      default:
        out.push(...blocksOf(node.children));
    }
  }
  flush();
  return out.length > 0 ? out : [{ type: 'paragraph' }];
}

/** HTML (from Word, a web page or `pykala item show`) as the editor's rich text. */
export function htmlToRich(html: string): RichDoc {
  const document = parseDocument(cleanPastedHtml(html), { decodeEntities: true });
  return { type: 'doc', content: blocksOf(document.children) };
}
