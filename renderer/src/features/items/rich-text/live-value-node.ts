// The 'liveValue' node: a figure from the project register ("27") inside the background text.
// It is an inline atom so the cursor jumps over it and a keystroke cannot split it; the chip
// shows the frozen text once the item is approved, otherwise the last resolved text.
import { Node, mergeAttributes } from '@tiptap/core';
import type { LiveValueAttrs } from '../../../../../shared/domain/rich-text';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    liveValue: {
      /** Inserts a live value at the cursor, replacing any selection. */
      insertLiveValue: (attrs: LiveValueAttrs) => ReturnType;
    };
  }
}

function shownText(attrs: Partial<LiveValueAttrs>): string {
  return attrs.frozenText ?? attrs.text ?? '';
}

export const LiveValue = Node.create({
  name: 'liveValue',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      metric: { default: 'runningProjectCount', parseHTML: (el) => el.getAttribute('data-metric'), renderHTML: (a) => ({ 'data-metric': a.metric as string }) },
      activeOn: { default: '', parseHTML: (el) => el.getAttribute('data-active-on') ?? '', renderHTML: (a) => ({ 'data-active-on': a.activeOn as string }) },
      areas: {
        default: [],
        parseHTML: (el) => (el.getAttribute('data-areas') ?? '').split(',').filter((area) => area !== ''),
        renderHTML: (a) => ({ 'data-areas': (a.areas as string[]).join(',') }),
      },
      frozenText: { default: null, parseHTML: (el) => el.getAttribute('data-frozen-text'), renderHTML: (a) => (a.frozenText === null ? {} : { 'data-frozen-text': a.frozenText as string }) },
      text: { default: '', parseHTML: (el) => el.getAttribute('data-text') ?? el.textContent, renderHTML: (a) => ({ 'data-text': a.text as string }) },
    };
  },

  // Only our own chips are read back (copy inside the editor); a pasted page cannot forge one
  // without the data attribute, and then it is plain text, which is what the user sees anyway.
  parseHTML() {
    return [{ tag: 'span[data-live-value]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = node.attrs as Partial<LiveValueAttrs>;
    return ['span', mergeAttributes(HTMLAttributes, { 'data-live-value': '', class: attrs.frozenText === null ? 'live-value' : 'live-value live-value--frozen' }), shownText(attrs)];
  },

  renderText({ node }) {
    return shownText(node.attrs);
  },

  addCommands() {
    return {
      insertLiveValue:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
