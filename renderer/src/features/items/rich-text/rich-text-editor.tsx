// The background (selostus) editor. The document is Tiptap JSON in our shared vocabulary;
// changes reach the form a moment after typing stops, so a 30-page text does not serialise
// on every keystroke. commitRef lets the screen take the latest text before it saves.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { LiveValueAttrs, RichDoc } from '../../../../../shared/domain/rich-text';
import { cleanPastedHtml, removeControlCharacters } from '../../../../../shared/format/clean-html';
import { richTextExtensions } from './extensions';
import { RichTextToolbar } from './rich-text-toolbar';
import { LiveValueDialog } from './live-value-dialog';

const commitDelayMs = 250;

interface RichTextEditorProps {
  value: RichDoc;
  onChange: (doc: RichDoc) => void;
  commitRef: RefObject<(() => void) | null>;
  readOnly?: boolean;
  labelId: string;
  /** A short text (a proposal, a decision): the box starts small and grows with its text, never scrolls. */
  compact?: boolean;
  /** Names the box for tests and field marks (data-field). */
  field?: string;
  /** What the text is ("Päätösehdotus"): names the formatting toolbar when a screen has several. */
  name?: string;
}

export function RichTextEditor({ value, onChange, commitRef, readOnly = false, labelId, compact = false, field, name }: RichTextEditorProps) {
  const { t } = useTranslation();
  const [liveDialog, setLiveDialog] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => { onChangeRef.current = onChange; }, [onChange]);
  const timer = useRef<number | null>(null);
  const lastEmitted = useRef<RichDoc>(value);

  const editor = useEditor({
    extensions: richTextExtensions({ onListItemMoved: ({ index, count }) => { setAnnouncement(t('editor.points.moved', { index, count })); } }),
    content: value,
    editable: !readOnly,
    // The strict CSP forbids inline <style>; our stylesheet carries the editor's CSS.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-labelledby': labelId, 'aria-multiline': 'true', role: 'textbox', class: 'rte-content', spellcheck: 'true', lang: 'fi', 'aria-keyshortcuts': 'Alt+ArrowUp Alt+ArrowDown', ...(field ? { 'data-field': field } : {}) },
      transformPastedHTML: cleanPastedHtml,
      transformPastedText: removeControlCharacters,
    },
    onUpdate: ({ editor: e }) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        timer.current = null;
        const doc = e.getJSON() as RichDoc;
        lastEmitted.current = doc;
        onChangeRef.current(doc);
      }, commitDelayMs);
    },
    onBlur: () => { commitRef.current?.(); },
  });

  useLayoutEffect(() => {
    commitRef.current = () => {
      if (timer.current === null) return;
      window.clearTimeout(timer.current);
      timer.current = null;
      const doc = editor.getJSON() as RichDoc;
      lastEmitted.current = doc;
      onChangeRef.current(doc);
    };
  }, [commitRef, editor]);

  // A value from outside (form undo never touches it, but a reload or adopt may) replaces the text.
  useEffect(() => {
    if (value !== lastEmitted.current && timer.current === null) {
      lastEmitted.current = value;
      editor.commands.setContent(value, { emitUpdate: false });
    }
  }, [editor, value]);

  // Without `false` Tiptap emits an update here, which the form would autosave: merely opening
  // an approved item then wrote a version (and could be refused as a change of the proposal).
  useEffect(() => { editor.setEditable(!readOnly, false); }, [editor, readOnly]);

  const insertLiveValue = (attrs: LiveValueAttrs | null) => {
    setLiveDialog(false);
    if (attrs) editor.chain().focus().insertLiveValue(attrs).run();
    else editor.commands.focus();
  };

  return (
    <div className={compact ? 'rte rte--compact' : 'rte'}>
      <RichTextToolbar editor={editor} readOnly={readOnly} label={name ? t('editor.richText.toolbarFor', { name }) : t('editor.richText.toolbar')} onInsertLiveValue={() => { setLiveDialog(true); }} />
      <EditorContent editor={editor} className="rte-frame" />
      {liveDialog ? <LiveValueDialog title={t('editor.liveValue.dialogTitle')} onDone={insertLiveValue} /> : null}
      <div role="status" aria-live="polite" className="visually-hidden">{announcement}</div>
    </div>
  );
}
