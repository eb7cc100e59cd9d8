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

/** `comment` anchors a review comment (review.ts): it never prints and never counts as a change of the text. */
export const richMarkTypes = ['bold', 'italic', 'underline', 'link', 'comment'] as const;
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

/** The figure a live value shows: frozen once the item is approved, else the last resolved value. */
export function liveValueText(node: RichNode): string {
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

/**
 * The deepest list nesting the editor lets anyone make (Tab in a list item; the editor's
 * nesting-limit plugin stops there). Word itself numbers nine levels; the export indents deeper
 * ones as its ninth.
 */
export const maxListLevels = 20;
/**
 * The deepest node nesting at all, counted from the doc: 20 list levels are 40 nodes, and tables
 * inside list items inside table cells still fit. Deeper JSON is no editor's document.
 */
export const maxNodeDepth = 100;

function isList(type: unknown): boolean {
  return type === 'bulletList' || type === 'orderedList';
}

/**
 * Whether a rich-text value (stored JSON, a draft from any client) nests deeper than the limits.
 * Measured with an explicit stack, never by recursion, so a value 100,000 levels deep is simply
 * "too deep" instead of a stack overflow; it stops at the first node past a limit.
 */
export function isRichTextTooDeep(value: unknown): boolean {
  const stack: { node: unknown; depth: number; lists: number }[] = [{ node: value, depth: 0, lists: 0 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, depth, lists } = entry;
    if (typeof node !== 'object' || node === null) continue;
    const content: unknown = (node as { content?: unknown }).content;
    if (!Array.isArray(content)) continue;
    for (const child of content as unknown[]) {
      const childLists = lists + (typeof child === 'object' && child !== null && isList((child as { type?: unknown }).type) ? 1 : 0);
      if (depth + 1 > maxNodeDepth || childLists > maxListLevels) return true;
      stack.push({ node: child, depth: depth + 1, lists: childLists });
    }
  }
  return false;
}
