// The preview prints what the export prints: a review comment's anchor (the `comment` mark) is no
// formatting, and the words under it show as they are, with their other marks.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RichNode } from '../../../../../shared/domain/rich-text';
import { renderRich } from './rich-preview';

describe('the preview of commented text', () => {
  it('shows the words under a comment anchor with their formatting, and no trace of the comment', () => {
    const paragraph: RichNode = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Lautakunta ' },
        { type: 'text', text: 'hyväksyy', marks: [{ type: 'comment', attrs: { id: 'c1' } }, { type: 'bold' }] },
        { type: 'text', text: ' suunnitelman.', marks: [{ type: 'comment', attrs: { id: 'c1' } }] },
      ],
    };
    const html = renderToStaticMarkup(renderRich(paragraph, 0, 400));
    expect(html).toContain('<strong><span>hyväksyy</span></strong>');
    expect(html).toContain('<span> suunnitelman.</span>');
    expect(html).not.toContain('c1');
  });
});
