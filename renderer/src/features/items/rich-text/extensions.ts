// The editor's whole vocabulary, and nothing more: every node and mark here must be one the Word
// export handles (shared/domain/rich-text.ts). schema.test.ts builds the schema from this list
// under Node, so this module must not touch the DOM at import time.
import type { AnyExtension, Attribute } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { isSafeHref } from '../../../../../shared/domain/rich-text';
import { LiveValue } from './live-value-node';
import { CompleteColumnWidths } from './table-columns';

// One rule for the editor, the paste cleaner, the preview and the service's validation.
export { isSafeHref };

/**
 * A cell's alignment drawn as data-align (the app stylesheet aligns it) instead of Tiptap's inline
 * style="text-align", which the CSP would refuse. Reading pasted HTML still takes either.
 */
function cspSafeAlign(this: { parent?: (() => Record<string, Attribute>) | null }): Record<string, Attribute> {
  const parent = this.parent?.() ?? {};
  return {
    ...parent,
    align: {
      ...parent.align,
      renderHTML: (attributes: Record<string, unknown>) => (typeof attributes.align === 'string' ? { 'data-align': attributes.align } : {}),
    },
  };
}

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
    // Column borders drag (the widths go to the export); the resizing draws through CSSOM and a
    // handle element, both allowed by the strict CSP.
    Table.configure({ resizable: true, allowTableNodeSelection: false, cellMinWidth: 30 }),
    TableRow,
    TableHeader.extend({ addAttributes: cspSafeAlign }),
    TableCell.extend({ addAttributes: cspSafeAlign }),
    CompleteColumnWidths,
    LiveValue,
  ];
}
