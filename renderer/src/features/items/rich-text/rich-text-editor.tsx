// A rich text editor (the background, and any other rich part of an item). The document is
// Tiptap JSON in our shared vocabulary. Linked to the item's draft (`connect`), the editor hands
// over every change as it happens: the draft always holds the newest text and there is no commit
// delay that a closing page could cut short. The JSON is made only when the draft is read (the
// document is immutable), so a 30-page text is not serialised on every keystroke. Unlinked, it
// reports JSON through onChange on every change and follows `value` set from outside.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Editor } from '@tiptap/react';
import { isHistoryTransaction, redoDepth, undoDepth } from '@tiptap/pm/history';
import { useTranslation } from 'react-i18next';
import type { LiveValueAttrs, RichDoc } from '../../../../../shared/domain/rich-text';
import { cleanPastedHtml, removeControlCharacters } from '../../../../../shared/format/clean-html';
import type { Depths, RichEditorControl, RichEditorLink } from './editor-link';
import { richTextExtensions } from './extensions';
import { RichTextToolbar } from './rich-text-toolbar';
import { LiveValueDialog } from './live-value-dialog';

interface RichTextEditorProps {
  /** The text at mount; later values matter only to an unlinked editor. */
  value: RichDoc;
  /** Links the editor into a form's draft and undo (the item editor's store). */
  connect?: (control: RichEditorControl) => RichEditorLink;
  onChange?: (doc: RichDoc) => void;
  readOnly?: boolean;
  labelId: string;
  /** A short text (a proposal, a decision): the box starts small and grows with its text, never scrolls. */
  compact?: boolean;
  /** Names the box for tests and field marks (data-field). */
  field?: string;
  /** What the text is ("Päätösehdotus"): names the formatting toolbar when a screen has several. */
  name?: string;
  /** Review comments on this text: "Kommentoi" (toolbar, Ctrl+Alt+M) and the anchors' link to the pane. */
  commenting?: EditorCommenting;
}

export interface EditorCommenting {
  /** Why no comment can be made here now (the text is frozen), or null. */
  blockedReason: string | null;
  /** "Kommentoi" on the editor's selection: false when nothing is selected. */
  onComment: (editor: Editor) => boolean;
  /** The comments whose anchors the pointer or the cursor is on. */
  onAnchors: (ids: string[]) => void;
  /** The editor is there (returns its goodbye). */
  onEditor: (editor: Editor) => () => void;
}

/** The newest value of a prop, for callbacks made once (the editor's plugins). */
class Latest<T> {
  constructor(private value: T) {}
  get(): T {
    return this.value;
  }
  set(value: T): void {
    this.value = value;
  }
}

// prosemirror-history types these as any; they are the sizes of its done and undone stacks.
const depthsOf = (editor: Editor): Depths => ({ undo: undoDepth(editor.state) as number, redo: redoDepth(editor.state) as number });

export function RichTextEditor({ value, connect, onChange, readOnly = false, labelId, compact = false, field, name, commenting }: RichTextEditorProps) {
  const { t } = useTranslation();
  const [liveDialog, setLiveDialog] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => { onChangeRef.current = onChange; }, [onChange]);
  const linkRef = useRef<RichEditorLink | null>(null);
  const lastEmitted = useRef<RichDoc>(value);
  // Read by the editor's plugins and key handler, which live longer than one render.
  const [commentingNow] = useState(() => new Latest(commenting));
  useLayoutEffect(() => { commentingNow.set(commenting); }, [commenting, commentingNow]);

  const editor = useEditor({
    extensions: richTextExtensions({
      onListItemMoved: ({ index, count }) => { setAnnouncement(t('editor.points.moved', { index, count })); },
      onCommentAnchors: (ids) => { commentingNow.get()?.onAnchors(ids); },
    }),
    content: value,
    editable: !readOnly,
    // The strict CSP forbids inline <style>; our stylesheet carries the editor's CSS.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-labelledby': labelId, 'aria-multiline': 'true', role: 'textbox', class: 'rte-content', spellcheck: 'true', lang: 'fi', 'aria-keyshortcuts': commenting ? 'Alt+ArrowUp Alt+ArrowDown Control+Alt+M' : 'Alt+ArrowUp Alt+ArrowDown', ...(field ? { 'data-field': field } : {}) },
      transformPastedHTML: cleanPastedHtml,
      transformPastedText: removeControlCharacters,
    },
    onUpdate: ({ editor: e, transaction }) => {
      const doc = e.state.doc;
      const read = () => doc.toJSON() as RichDoc;
      const link = linkRef.current;
      if (link) {
        link.changed(read, depthsOf(e), isHistoryTransaction(transaction));
        return;
      }
      const json = read();
      lastEmitted.current = json;
      onChangeRef.current?.(json);
    },
  });

  useLayoutEffect(() => {
    if (!connect) return undefined;
    const link = connect({
      undo: () => { editor.commands.undo(); },
      redo: () => { editor.commands.redo(); },
      // Not an undo step of this editor: the form's own history holds the step that set it.
      replace: (doc) => { editor.chain().setMeta('addToHistory', false).setContent(doc, { emitUpdate: false }).run(); },
      depths: () => depthsOf(editor),
    });
    linkRef.current = link;
    return () => {
      linkRef.current = null;
      link.unregister();
    };
  }, [connect, editor]);

  // Unlinked: a value from outside (a reload) replaces the text.
  useEffect(() => {
    if (connect || value === lastEmitted.current) return;
    lastEmitted.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [connect, editor, value]);

  // Without `false` Tiptap emits an update here, which the form would autosave: merely opening
  // an approved item then wrote a version (and could be refused as a change of the proposal).
  useEffect(() => { editor.setEditable(!readOnly, false); }, [editor, readOnly]);

  const onEditor = commenting?.onEditor;
  useEffect(() => (onEditor ? onEditor(editor) : undefined), [editor, onEditor]);

  // "Kommentoi": a frozen text says why not; no selection says what to do first.
  const comment = useCallback(() => {
    const current = commentingNow.get();
    if (!current) return;
    if (current.blockedReason !== null) setAnnouncement(current.blockedReason);
    else if (!current.onComment(editor)) setAnnouncement(t('review.comments.selectFirst'));
    else setAnnouncement('');
  }, [commentingNow, editor, t]);

  const hasCommenting = commenting !== undefined;
  useEffect(() => {
    if (!hasCommenting) return undefined;
    const dom = editor.view.dom;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM') {
        event.preventDefault();
        comment();
      }
    };
    dom.addEventListener('keydown', onKey);
    return () => { dom.removeEventListener('keydown', onKey); };
  }, [hasCommenting, comment, editor]);

  const insertLiveValue = (attrs: LiveValueAttrs | null) => {
    setLiveDialog(false);
    if (attrs) editor.chain().focus().insertLiveValue(attrs).run();
    else editor.commands.focus();
  };

  return (
    <div className={compact ? 'rte rte--compact' : 'rte'}>
      <RichTextToolbar editor={editor} readOnly={readOnly} label={name ? t('editor.richText.toolbarFor', { name }) : t('editor.richText.toolbar')} onInsertLiveValue={() => { setLiveDialog(true); }} comment={commenting ? { blockedReason: commenting.blockedReason, run: comment } : undefined} />
      <EditorContent editor={editor} className="rte-frame" />
      {liveDialog ? <LiveValueDialog title={t('editor.liveValue.dialogTitle')} onDone={insertLiveValue} /> : null}
      <div role="status" aria-live="polite" className="visually-hidden">{announcement}</div>
    </div>
  );
}
