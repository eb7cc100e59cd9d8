// The parts of a returned .docx as fast-xml-parser's ordered trees (preserveOrder keeps runs,
// insertions and comment ranges in document order, which is what read-back is about).
// Entities are decoded by us, only where text is used: XML has the five named ones and numeric
// references, and leaving them to the parser doubles the time of a 30-page document.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One element (or a text node) as fast-xml-parser's ordered output gives it. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  // Callbacks get the path matcher itself rather than a path string built for every tag: we use none.
  jPath: false,
});

/** Thrown for a part that is not well-formed XML (or carries a DOCTYPE, which Word never writes). */
export class BadXmlError extends Error {
  constructor(part: string, detail: string) {
    super(`${part}: ${detail}`);
    this.name = 'BadXmlError';
  }
}

const changeMarkers = /<w:(?:ins|del|moveFrom|moveTo|rPrChange|pPrChange|cellIns|cellDel|cellMerge)\b/u;

/**
 * document.xml without what read-back never looks at, before parsing: rsid attributes (Word puts
 * one on every paragraph and run), xml:space (every space is kept anyway) and the formatting blocks of paragraphs, runs, tables and rows
 * that carry no tracked change. These elements never nest in themselves, so each block is one
 * match. A 30-page document shrinks to about a third, and the parser's time with it.
 */
export function withoutFormatting(xml: string): string {
  return xml
    .replace(/ (?:w:rsid[A-Za-z]*|xml:space)="[^"]*"/gu, '')
    .replace(/<w:(rPr|pPr|tblPr|trPr|tcPr|sectPr|tblGrid)>([\s\S]*?)<\/w:\1>/gu, (whole, _tag: string, inner: string) => (changeMarkers.test(inner) ? whole : ''));
}

/**
 * Parses one part. A DOCTYPE is refused outright: Word and LibreOffice never write one, and it is
 * how entity-expansion bombs come in.
 */
export function parseXmlPart(part: string, xml: string): XmlNode[] {
  if (/<!DOCTYPE/iu.test(xml)) throw new BadXmlError(part, 'DOCTYPE');
  // The validator still ships in fast-xml-parser 5; its successor is a separate package we do not
  // need for this one check (the parser itself accepts broken XML silently).
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new BadXmlError(part, `${valid.err.code} at ${valid.err.line}:${valid.err.col}`);
  return parser.parse(xml) as XmlNode[];
}

/** The element's tag name ('#text' for text), or null for the parser's attribute holder. */
export function tagOf(node: XmlNode): string | null {
  for (const key in node) if (key !== ':@') return key;
  return null;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  if (tag === null || tag === '#text') return [];
  const children = node[tag];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

/** An attribute's value, decoded; undefined when absent. */
export function attrOf(node: XmlNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, unknown> | undefined;
  const value = attrs?.[name];
  return typeof value === 'string' ? decodeEntities(value) : undefined;
}

const entity = /&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/gu;
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(entity, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return named[name] ?? whole;
  });
}

/** The raw (encoded) text of a text node. */
export function rawTextOf(node: XmlNode): string {
  const value = node['#text'];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The decoded text directly inside an element (w:t, w:delText, vt:lpwstr). */
export function innerText(node: XmlNode): string {
  let out = '';
  for (const child of childrenOf(node)) if (tagOf(child) === '#text') out += rawTextOf(child);
  return decodeEntities(out);
}

/** The first element with this tag among the roots or, depth first, below them. */
export function findFirst(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node;
    const inner = findFirst(childrenOf(node), tag);
    if (inner) return inner;
  }
  return undefined;
}

/** Every element with this tag, depth first, not descending into matches. */
export function findAll(nodes: readonly XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    if (tagOf(node) === tag) out.push(node);
    else findAll(childrenOf(node), tag, out);
  }
  return out;
}
