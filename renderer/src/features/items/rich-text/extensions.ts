// The editor's whole vocabulary, and nothing more: every node and mark here must be one the Word
// export handles (shared/domain/rich-text.ts). schema.test.ts builds the schema from this list
// under Node, so this module must not touch the DOM at import time.
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { isSafeHref } from '../../../../../shared/domain/rich-text';
import { LiveValue } from './live-value-node';
import { NestingLimit } from './nesting-limit';

// One rule for the editor, the paste cleaner, the preview and the service's validation.
export { isSafeHref };

export function richTextExtensions(): AnyExtension[] {
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
    Table.configure({ resizable: false, allowTableNodeSelection: false }),
    TableRow,
    TableHeader,
    TableCell,
    LiveValue,
    NestingLimit,
  ];
}
