// Reads a .docx for assertions: unzip (jszip) and parse each part (fast-xml-parser) into a small
// element tree, so tests look at structure, never at bytes.
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

export interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false });

type Ordered = Record<string, unknown>;

function toEl(node: Ordered): El | null {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (name === undefined || name === '?xml') return null;
  if (name === '#text') return { name, attrs: {}, children: [], text: String(node[name]) };
  const attrs = (node[':@'] ?? {}) as Record<string, string>;
  const children = ((node[name] ?? []) as Ordered[]).map(toEl).filter((el): el is El => el !== null);
  return { name, attrs, children, text: '' };
}

/** Parses XML; throws when the text is not well-formed (the validator is strict about that). */
export function parseXml(xml: string): El {
  const root = (parser.parse(xml) as Ordered[]).map(toEl).find((el): el is El => el !== null);
  if (!root) throw new Error('no root element');
  return root;
}

export function findAll(el: El, name: string): El[] {
  const out: El[] = [];
  const walk = (node: El) => {
    for (const child of node.children) {
      if (child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(el);
  return out;
}

export function first(el: El, name: string): El | undefined {
  return findAll(el, name)[0];
}

/** The text of a paragraph (or any element): its w:t contents, tabs as "\t". */
export function textOf(el: El): string {
  if (el.name === '#text') return el.text;
  if (el.name === 'w:tab' && el.children.length === 0) return '\t';
  if (el.name === 'w:instrText' || el.name === 'w:pPr') return '';
  return el.children.map(textOf).join('');
}

export function styleOf(paragraph: El): string | undefined {
  return first(paragraph, 'w:pStyle')?.attrs['w:val'];
}

export interface DocxParts {
  files: string[];
  part: (path: string) => El;
  raw: (path: string) => string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file && /\.(xml|rels)$/u.test(name)) texts.set(name, await file.async('string'));
  }
  const raw = (path: string) => {
    const text = texts.get(path);
    if (text === undefined) throw new Error(`missing part ${path}`);
    return text;
  };
  return { files: [...texts.keys()], raw, part: (path) => parseXml(raw(path)) };
}

/** The body's top-level paragraphs (not those inside tables). */
export function bodyParagraphs(document: El): El[] {
  const body = first(document, 'w:body');
  return (body?.children ?? []).filter((child) => child.name === 'w:p');
}
