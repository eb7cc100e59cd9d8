// Inline content of the editor's JSON → Word runs. Every string passes xmlSafe; tabs and line
// breaks inside pasted text become real Word tabs and breaks rather than raw characters.
import { ExternalHyperlink, Tab, TextRun } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';
import { hasPrintableText } from '../../shared/domain/rich-text';
import type { LiveValueAttrs, RichMark, RichNode } from '../../shared/domain/rich-text';
import { assertNever } from '../../shared/errors';
import { safeHref, xmlSafe } from './sanitize';

export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  style?: string;
  /** The run's language when it differs from the document's fi-FI (a Swedish title: sv-FI). */
  language?: string;
}

/**
 * The options of the runs for one string: "\n" becomes a line break, "\t" a tab; none for an empty
 * string. Shared by plain runs and the review copy's tracked (inserted / deleted) runs.
 */
export function runOptions(text: string, format: RunFormat = {}): IRunOptions[] {
  const safe = xmlSafe(text);
  if (safe === '') return [];
  const lines = safe.split(/\r\n|\n|\r/u);
  return lines.map((line, index) => {
    const parts = line.split('\t');
    const children: (string | Tab)[] = [];
    parts.forEach((part, partIndex) => {
      if (partIndex > 0) children.push(new Tab());
      if (part !== '') children.push(part);
    });
    // Typed first: TextRun also takes a string, whose deprecated String#bold would shadow the option.
    const options: IRunOptions = {
      children,
      ...(index > 0 ? { break: 1 } : {}),
      ...(format.bold ? { bold: true } : {}),
      ...(format.italics ? { italics: true } : {}),
      ...(format.underline ? { underline: {} } : {}),
      ...(format.style ? { style: format.style } : {}),
      ...(format.language ? { language: { value: format.language } } : {}),
    };
    return options;
  });
}

/** Runs for one string: "\n" becomes a line break, "\t" a tab; none for an empty string (no empty run, no empty paragraph). */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  return runOptions(text, format).map((options) => new TextRun(options));
}

export interface MarkResult {
  format: RunFormat;
  href: string | null;
}

/** The run format and link of a text's marks. Comment anchors (issue 9) never print: the review copy makes them Word comments. */
export function applyMarks(marks: RichMark[] | undefined, base: RunFormat): MarkResult {
  const format: RunFormat = { ...base };
  let href: string | null = null;
  for (const mark of marks ?? []) {
    switch (mark.type) {
      case 'bold':
        format.bold = true;
        break;
      case 'italic':
        format.italics = true;
        break;
      case 'underline':
        format.underline = true;
        break;
      case 'link':
        href = safeHref(mark.attrs?.href);
        break;
      case 'comment': // a review comment's anchor prints nothing (the review copy makes it a Word comment)
        break;
      default:
        assertNever(mark.type);
    }
  }
  return { format, href };
}

function markedRuns(text: string, marks: RichMark[] | undefined, base: RunFormat): ParagraphChild[] {
  const { format, href } = applyMarks(marks, base);
  if (href === null) return textRuns(text, format);
  return [new ExternalHyperlink({ link: href, children: textRuns(text, { ...format, style: 'Hyperlink' }) })];
}

/** The printed text of a live value: frozen once the item is approved, else the last resolved value. */
export function liveValueText(node: RichNode): string {
  const attrs = node.attrs as Partial<LiveValueAttrs> | undefined;
  return attrs?.frozenText ?? attrs?.text ?? '';
}

/** Inline children of a block node; block nodes found inline (malformed input) are flattened, never dropped. */
export function inlineRuns(nodes: readonly RichNode[] | undefined, base: RunFormat = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'text':
        out.push(...markedRuns(node.text ?? '', node.marks, base));
        break;
      case 'liveValue':
        out.push(...markedRuns(liveValueText(node), node.marks, base));
        break;
      case 'hardBreak':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'doc':
      case 'paragraph':
      case 'heading':
      case 'bulletList':
      case 'orderedList':
      case 'listItem':
      case 'table':
      case 'tableRow':
      case 'tableHeader':
      case 'tableCell':
        out.push(...inlineRuns(node.content, base));
        break;
      default:
        assertNever(node.type);
    }
  }
  return out;
}

/** Whether content prints anything (shared with the preview, so both skip the same empty blocks). */
export { hasPrintableText };
