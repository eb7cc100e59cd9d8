// Reads the review copy's document.xml as one stream in document order: text with its run
// formatting and the w:ins / w:del around it, and the markers of comments, bookmarks and
// paragraph ends, so tests can ask what text a comment, a bookmark or a change covers.
import type { El } from './docx-xml';

export interface Revision {
  id: string;
  author: string;
  date: string;
}

export type Token =
  | { kind: 'text'; text: string; bold: boolean; italic: boolean; underline: boolean; link: boolean; ins: Revision | null; del: Revision | null }
  | { kind: 'commentStart' | 'commentEnd' | 'commentRef'; id: string }
  | { kind: 'bookmarkStart'; id: string; name: string }
  | { kind: 'bookmarkEnd'; id: string }
  | { kind: 'paragraphEnd'; insertedMark: Revision | null; deletedMark: Revision | null };

const revisionOf = (el: El): Revision => ({ id: el.attrs['w:id'] ?? '', author: el.attrs['w:author'] ?? '', date: el.attrs['w:date'] ?? '' });

interface Context {
  ins: Revision | null;
  del: Revision | null;
  link: boolean;
}

function runTokens(run: El, ctx: Context): Token[] {
  const props = run.children.find((child) => child.name === 'w:rPr');
  const has = (name: string) => props?.children.some((child) => child.name === name) ?? false;
  const out: Token[] = [];
  for (const child of run.children) {
    if (child.name === 'w:t' || child.name === 'w:delText') {
      const text = child.children.map((node) => node.text).join('');
      out.push({ kind: 'text', text, bold: has('w:b'), italic: has('w:i'), underline: has('w:u'), link: ctx.link, ins: ctx.ins, del: ctx.del });
    } else if (child.name === 'w:br') {
      out.push({ kind: 'text', text: '\n', bold: false, italic: false, underline: false, link: ctx.link, ins: ctx.ins, del: ctx.del });
    } else if (child.name === 'w:commentReference') {
      out.push({ kind: 'commentRef', id: child.attrs['w:id'] ?? '' });
    }
  }
  return out;
}

function walk(el: El, ctx: Context, out: Token[]): void {
  for (const child of el.children) {
    switch (child.name) {
      case 'w:r':
        out.push(...runTokens(child, ctx));
        break;
      case 'w:ins':
        walk(child, { ...ctx, ins: revisionOf(child) }, out);
        break;
      case 'w:del':
        walk(child, { ...ctx, del: revisionOf(child) }, out);
        break;
      case 'w:hyperlink':
        walk(child, { ...ctx, link: true }, out);
        break;
      case 'w:commentRangeStart':
        out.push({ kind: 'commentStart', id: child.attrs['w:id'] ?? '' });
        break;
      case 'w:commentRangeEnd':
        out.push({ kind: 'commentEnd', id: child.attrs['w:id'] ?? '' });
        break;
      case 'w:bookmarkStart':
        out.push({ kind: 'bookmarkStart', id: child.attrs['w:id'] ?? '', name: child.attrs['w:name'] ?? '' });
        break;
      case 'w:bookmarkEnd':
        out.push({ kind: 'bookmarkEnd', id: child.attrs['w:id'] ?? '' });
        break;
      case 'w:p': {
        walk(child, ctx, out);
        const markProps = child.children.find((node) => node.name === 'w:pPr')?.children.find((node) => node.name === 'w:rPr');
        const mark = (name: string) => {
          const found = markProps?.children.find((node) => node.name === name);
          return found ? revisionOf(found) : null;
        };
        out.push({ kind: 'paragraphEnd', insertedMark: mark('w:ins'), deletedMark: mark('w:del') });
        break;
      }
      case 'w:pPr':
      case 'w:rPr':
        break;
      default:
        walk(child, ctx, out);
    }
  }
}

/** The body of document.xml as tokens in document order. */
export function tokens(document: El): Token[] {
  const out: Token[] = [];
  walk(document, { ins: null, del: null, link: false }, out);
  return out;
}

/** The tokens between two markers (exclusive). */
export function between(all: Token[], isStart: (token: Token) => boolean, isEnd: (token: Token) => boolean): Token[] {
  const start = all.findIndex(isStart);
  if (start < 0) throw new Error('start marker not found');
  const end = all.findIndex((token, index) => index > start && isEnd(token));
  if (end < 0) throw new Error('end marker not found');
  return all.slice(start + 1, end);
}

/** Text as the reader sees it after accepting every change: deleted text left out, paragraphs as "\n". */
export function acceptedText(part: Token[]): string {
  return part.map((token) => (token.kind === 'text' && token.del === null ? token.text : token.kind === 'paragraphEnd' && token.deletedMark === null ? '\n' : '')).join('');
}

/** Text as it was before the changes: inserted text left out. */
export function rejectedText(part: Token[]): string {
  return part.map((token) => (token.kind === 'text' && token.ins === null ? token.text : token.kind === 'paragraphEnd' && token.insertedMark === null ? '\n' : '')).join('');
}

export function commentedText(all: Token[], wordId: string): string {
  return acceptedText(between(all, (token) => token.kind === 'commentStart' && token.id === wordId, (token) => token.kind === 'commentEnd' && token.id === wordId));
}

export function bookmarkTokens(all: Token[], name: string): Token[] {
  const start = all.find((token): token is Extract<Token, { kind: 'bookmarkStart' }> => token.kind === 'bookmarkStart' && token.name === name);
  if (!start) throw new Error(`no bookmark ${name}`);
  return between(all, (token) => token === start, (token) => token.kind === 'bookmarkEnd' && token.id === start.id);
}
