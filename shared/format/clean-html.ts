// Paste from Word or a web page: keep the structure (headings, lists, tables, bold, italic,
// underline, links), drop the looks (styles, classes, fonts, colours, Office XML). ProseMirror's
// own paste parser then maps the remaining tags onto our schema. Written as a small tokenizer,
// not with DOMParser, so it runs (and is tested) under Node too.
import { isSafeHref } from '../domain/rich-text';

/** Characters XML 1.0 cannot hold (and Word's stray form feeds): removed, never passed on. */
// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/gu;
const controlEntities = /&#(?:x0*(?:[0-8bcef]|1[0-9a-f]|7f)|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]|127));/giu;

export function removeControlCharacters(text: string): string {
  return text.replace(controlChars, '').replace(controlEntities, '');
}

const blockTags = new Set(['p', 'br', 'h1', 'h2', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
const inlineTags: Record<string, string> = { b: 'strong', strong: 'strong', i: 'em', em: 'em', u: 'u', a: 'a' };
const droppedWithContent = new Set(['head', 'style', 'script', 'title', 'xml', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'o:p', 'select', 'textarea', 'button']);
const voidTags = new Set(['br', 'img', 'meta', 'link', 'input', 'hr', 'col', 'wbr', 'area', 'base', 'source']);

interface Attr {
  name: string;
  value: string;
}

function parseAttributes(source: string): Attr[] {
  const attrs: Attr[] = [];
  for (const match of source.matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/gu)) {
    const raw = match[2] ?? '';
    const unquoted = raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw;
    attrs.push({ name: (match[1] ?? '').toLowerCase(), value: unquoted });
  }
  return attrs;
}

const attr = (attrs: Attr[], name: string): string => attrs.find((a) => a.name === name)?.value ?? '';
const escapeAttr = (value: string): string => value.replace(/&(?!#?\w+;)/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

const liveValueAttributes = ['data-metric', 'data-active-on', 'data-areas', 'data-frozen-text', 'data-text'];

/**
 * The structure a block keeps: a numbered list's start and style ("3.", "a)"); a cell's span,
 * column widths (the editor's colwidth) and text alignment (numbers right). Looks go.
 */
function keptBlockAttributes(tag: string, attrs: Attr[]): string {
  if (tag === 'ol') {
    const start = attr(attrs, 'start');
    const type = attr(attrs, 'type');
    return `${/^\d{1,4}$/u.test(start) && start !== '1' ? ` start="${start}"` : ''}${/^[aAiI]$/u.test(type) ? ` type="${type}"` : ''}`;
  }
  if (tag !== 'td' && tag !== 'th') return '';
  // Spans of 1–999 only: a 0 (HTML's "to the end") is not a span the table model or the service accepts.
  const spans = ['colspan', 'rowspan'].filter((n) => /^[1-9]\d{0,2}$/u.test(attr(attrs, n))).map((n) => ` ${n}="${attr(attrs, n)}"`);
  const widths = /^\d{1,5}(,\d{1,5})*$/u.test(attr(attrs, 'colwidth')) ? ` colwidth="${attr(attrs, 'colwidth')}"` : '';
  const align = /text-align:\s*(left|center|right)/iu.exec(attr(attrs, 'style'))?.[1]?.toLowerCase();
  return `${spans.join('')}${widths}${align ? ` style="text-align: ${align}"` : ''}`;
}

/** Bold/italic/underline expressed only as CSS (Google Docs, many web pages) becomes tags. */
function emphasisFromStyle(style: string): string[] {
  const css = style.toLowerCase().replace(/\s+/gu, '');
  const tags: string[] = [];
  if (/font-weight:(bold|bolder|[6-9]00)/u.test(css)) tags.push('strong');
  if (/font-style:italic/u.test(css)) tags.push('em');
  if (/text-decoration(-line)?:[^;]*underline/u.test(css)) tags.push('u');
  return tags;
}

type ListKind = 'ul' | 'ol';
type Piece = string | { listItem: number; kind: ListKind } | { listItemEnd: true };

/** Word numbers lists with a typed marker ("1.", "a)", "iv.") and bullets with symbols. */
function listKindOf(marker: string): ListKind {
  const text = marker.replace(/<[^>]*>/gu, '').replace(/&nbsp;|\u00a0|\s/gu, '');
  return /^[(]?[0-9a-z]{1,5}[.)]$/iu.test(text) ? 'ol' : 'ul';
}

interface OpenElement {
  name: string;
  close: string;
}

function tokenize(html: string): Piece[] {
  const pieces: Piece[] = [];
  const open: OpenElement[] = [];
  let skip: { name: string; depth: number } | null = null;
  let marker: { text: string } | null = null;
  let inListParagraph = false;

  for (const [token] of html.matchAll(/<!--[\s\S]*?-->|<!\[[\s\S]*?\]>|<\/?[a-zA-Z][^>]*>|[^<]+|</gu)) {
    // Word's list markers sit between "if !supportLists" and "endif", in either comment style.
    if (/^<!(--)?\[if !supportLists\]/iu.test(token) && inListParagraph) {
      marker = { text: '' };
      continue;
    }
    if (/^<!(--)?\[endif\]/iu.test(token) && marker && inListParagraph) {
      const last = pieces.findLastIndex((p) => typeof p === 'object' && 'listItem' in p);
      const item = pieces[last];
      if (item && typeof item === 'object' && 'listItem' in item) item.kind = listKindOf(marker.text);
      marker = null;
      continue;
    }
    if (token.startsWith('<!')) continue;
    if (marker && inListParagraph) {
      if (!token.startsWith('<')) marker.text += token;
      continue;
    }

    const tag = /^<(\/?)([a-zA-Z][\w:.-]*)([\s\S]*?)\/?>$/u.exec(token);
    if (!tag) {
      if (!skip) pieces.push(removeControlCharacters(token === '<' ? '&lt;' : token));
      continue;
    }
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    const attrs = parseAttributes(tag[3] ?? '');
    const isVoid = voidTags.has(name) || token.endsWith('/>');

    if (skip) {
      if (name === skip.name && !isVoid) skip.depth += closing ? -1 : 1;
      if (skip.depth === 0) skip = null;
      continue;
    }
    if (!closing && !isVoid && (droppedWithContent.has(name) || /^[vw]:/u.test(name))) {
      skip = { name, depth: 1 };
      continue;
    }

    if (name === 'p' && !closing) {
      const level = /mso-list:\s*l\d+\s+level(\d+)/iu.exec(attr(attrs, 'style'));
      if (level) {
        inListParagraph = true;
        pieces.push({ listItem: Number(level[1]), kind: 'ul' });
        continue;
      }
    }
    if (name === 'p' && closing && inListParagraph) {
      inListParagraph = false;
      pieces.push({ listItemEnd: true });
      continue;
    }
    // Headings beyond level 2 keep their role as the lower heading rather than becoming text.
    const mapped = /^h[1-6]$/u.test(name) ? (name === 'h1' ? 'h1' : 'h2') : name;

    if (blockTags.has(mapped)) {
      if (closing) pieces.push(`</${mapped}>`);
      else pieces.push(`<${mapped}${keptBlockAttributes(mapped, attrs)}>`);
      continue;
    }
    // A register figure copied from Pykälä (or printed by `pykala item show`) stays a figure.
    if (name === 'span' && !closing && attrs.some((a) => a.name === 'data-live-value')) {
      const kept = liveValueAttributes.filter((n) => attrs.some((a) => a.name === n)).map((n) => ` ${n}="${escapeAttr(attr(attrs, n))}"`);
      pieces.push(`<span data-live-value=""${kept.join('')}>`);
      open.push({ name, close: '</span>' });
      continue;
    }
    if (isVoid) continue;
    if (closing) {
      const index = open.findLastIndex((element) => element.name === name);
      if (index >= 0) {
        pieces.push(...open.splice(index).reverse().map((element) => element.close));
      }
      continue;
    }
    // Inline formatting: a real tag, unless its style says otherwise (Google Docs wraps the
    // whole paste in <b style="font-weight:normal">); spans and fonts only keep their emphasis.
    const style = attr(attrs, 'style').toLowerCase().replace(/\s+/gu, '');
    let tags = emphasisFromStyle(style);
    const inline = inlineTags[name];
    if (inline === 'a') {
      const href = attr(attrs, 'href');
      tags = isSafeHref(href) ? [`a href="${escapeAttr(href)}"`] : [];
    } else if (inline && !/font-weight:(normal|400)/u.test(style) && !tags.includes(inline)) tags.unshift(inline);
    pieces.push(tags.map((t) => `<${t}>`).join(''));
    open.push({ name, close: tags.map((t) => `</${t.split(' ')[0] ?? t}>`).reverse().join('') });
  }
  pieces.push(...open.reverse().map((element) => element.close));
  return pieces;
}

/** Turns Word's list paragraphs into nested <ul>/<ol> lists. */
function buildLists(pieces: Piece[]): string {
  const out: string[] = [];
  const lists: { kind: ListKind; level: number }[] = [];
  const closeList = (): void => {
    const list = lists.pop();
    if (list) out.push(`</li></${list.kind}>`);
  };
  let inItem = false;
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      if (!inItem && lists.length > 0) {
        // Whitespace between Word's list paragraphs is not content; anything else ends the list.
        if (piece.trim() === '') continue;
        while (lists.length > 0) closeList();
      }
      out.push(piece);
    } else if ('listItem' in piece) {
      while ((lists.at(-1)?.level ?? 0) > piece.listItem) closeList();
      const top = lists.at(-1);
      if (top?.level === piece.listItem && top.kind !== piece.kind) closeList();
      const same = lists.at(-1);
      if (same?.level === piece.listItem) out.push('</li><li><p>');
      else {
        lists.push({ kind: piece.kind, level: piece.listItem });
        out.push(`<${piece.kind}><li><p>`);
      }
      inItem = true;
    } else {
      out.push('</p>');
      inItem = false;
    }
  }
  while (lists.length > 0) closeList();
  return out.join('');
}

/** transformPastedHTML for the rich-text editor. */
export function cleanPastedHtml(html: string): string {
  const body = /<!--StartFragment-->([\s\S]*?)<!--EndFragment-->/u.exec(html)?.[1] ?? html;
  return buildLists(tokenize(body))
    .replace(/&nbsp;/gu, '\u00a0')
    // Word's empty "spacing" paragraphs would become empty paragraphs in the export.
    .replace(/<p>[\s\u00a0]*<\/p>/gu, '')
    .replace(/[ \t\r\n]+/gu, ' ')
    .trim();
}
