// Rich text is stored as the editor's (Tiptap/ProseMirror) JSON. These names are the whole
// vocabulary: the editor's schema may hold nothing else, and the Word export handles each one
// (a test compares the editor schema with these lists).

export const richNodeTypes = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'hardBreak',
  /** A figure from the register ("27"), live until the item is approved, then frozen. */
  'liveValue',
] as const;
export type RichNodeType = (typeof richNodeTypes)[number];

export const richMarkTypes = ['bold', 'italic', 'underline', 'link'] as const;
export type RichMarkType = (typeof richMarkTypes)[number];

/** The editor offers two heading levels; the export maps them onto Word's heading styles. */
export const headingLevels = [1, 2] as const;
/** Tiptap's table cell alignment values (null = not set). */
export const tableCellAligns = ['left', 'center', 'right'] as const;
export type TableCellAlign = (typeof tableCellAligns)[number];
/** HTML list numbering styles Tiptap's ordered list may record (null = plain numbers). */
export const orderedListTypes = ['1', 'a', 'A', 'i', 'I'] as const;

/** Links a reader of the minutes can follow safely; javascript: and data: never become links. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/iu.test(href.trim());
}

export interface RichMark {
  type: RichMarkType;
  attrs?: { href?: string | null; [key: string]: unknown };
}

export interface RichNode {
  type: RichNodeType;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  text?: string;
  marks?: RichMark[];
}

export interface RichDoc {
  type: 'doc';
  content: RichNode[];
}

export const liveValueMetrics = ['runningProjectCount', 'runningGrantedCents'] as const;
export type LiveValueMetric = (typeof liveValueMetrics)[number];

export interface LiveValueAttrs {
  metric: LiveValueMetric;
  activeOn: string;
  areas: string[];
  /** Set when the item is approved; from then on the text no longer follows the register. */
  frozenText: string | null;
  /** The last text resolved from the register, so every reader shows a value even offline. */
  text: string;
}

function liveValueText(node: RichNode): string {
  const attrs = node.attrs as Partial<LiveValueAttrs> | undefined;
  return attrs?.frozenText ?? attrs?.text ?? '';
}

/** Anything but white space, control characters and lone surrogates: what prints as a mark on paper. */
const printing = /[^\s\p{Cc}\p{Cs}\uFFFE\uFFFF]/u;

/**
 * Whether inline or block content prints anything. An empty paragraph, heading or list item is
 * never printed (spacing comes from styles): the export and the preview skip the same ones.
 */
export function hasPrintableText(nodes: readonly RichNode[] | undefined): boolean {
  return (nodes ?? []).some((node) => {
    if (node.type === 'text') return printing.test(node.text ?? '');
    if (node.type === 'liveValue') return printing.test(liveValueText(node));
    if (node.type === 'hardBreak') return false;
    return hasPrintableText(node.content);
  });
}

export function emptyDoc(): RichDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

export function paragraphsDoc(paragraphs: string[]): RichDoc {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
  };
}

/** Plain text of a rich document, paragraphs separated by blank lines (search, previews, tests). */
export function richToPlainText(doc: RichDoc | RichNode): string {
  const walk = (node: RichNode | RichDoc): string => {
    if (node.type === 'text') return node.text ?? '';
    if (node.type === 'hardBreak') return '\n';
    if (node.type === 'liveValue') return liveValueText(node);
    const inner = (node.content ?? []).map(walk);
    const isBlockContainer = node.type === 'doc' || node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'table' || node.type === 'listItem';
    return inner.join(isBlockContainer ? '\n' : node.type === 'tableRow' ? '\t' : '');
  };
  return walk(doc);
}
