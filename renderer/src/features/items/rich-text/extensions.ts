// The editor's whole vocabulary, and nothing more: every node and mark here must be one the Word
// export handles (shared/domain/rich-text.ts). schema.test.ts builds the schema from this list
// under Node, so this module must not touch the DOM at import time.
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { isSafeHref } from '../../../../../shared/domain/rich-text';
import { CommentMark } from './comment-mark';
import { LiveValue } from './live-value-node';
import { ListItemMove } from './list-item-move';
import type { MovedListItem } from './list-item-move';
import { NestingLimit } from './nesting-limit';
import { CompleteColumnWidths } from './table-columns';

// One rule for the editor, the paste cleaner, the preview and the service's validation.
export { isSafeHref };

interface ExtensionOptions {
  onListItemMoved?: (moved: MovedListItem) => void;
  /** The review comments whose anchors the pointer or the cursor is on (comment-mark.ts). */
  onCommentAnchors?: (ids: string[]) => void;
}

export function richTextExtensions(options: ExtensionOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      strike: false,
      horizontalRule: false,
      // Paragraph spacing comes from styles, never from empty paragraphs the export would keep.
      trailingNode: false,
      heading: { levels: [1, 2] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    // Column borders drag (the widths go to the export); the resizing draws through CSSOM and a
    // handle element, both allowed by the strict CSP.
    Table.configure({ resizable: true, allowTableNodeSelection: false, cellMinWidth: 30 }),
    TableRow,
    // A cell's alignment is drawn as style="text-align", which ProseMirror sets through CSSOM (allowed by the CSP).
    TableHeader,
    TableCell,
    CompleteColumnWidths,
    LiveValue,
    ListItemMove.configure({ onMoved: options.onListItemMoved ?? (() => undefined) }),
    NestingLimit,
    CommentMark.configure({ onAnchors: options.onCommentAnchors ?? (() => undefined) }),
  ];
}
