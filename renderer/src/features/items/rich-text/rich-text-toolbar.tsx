// The formatting toolbar: one tab stop (arrow keys move between buttons, the ARIA toolbar
// pattern), toggle buttons with aria-pressed, and each shortcut announced via aria-keyshortcuts.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { tableCellAligns } from '../../../../../shared/domain/rich-text';
import type { TableCellAlign } from '../../../../../shared/domain/rich-text';
import { isSafeHref } from './extensions';
import { clearColumnWidths, resizeColumnAtCursor } from './table-columns';

const alignGlyphs: Record<TableCellAlign, string> = { left: '⇤', center: '↔', right: '⇥' };

interface ToolButton {
  key: string;
  label: string;
  glyph: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  /** Why the button does nothing here (Kommentoi on a frozen text): its description, and its tooltip. */
  blockedReason?: string | null;
  run: () => void;
}

/** "Kommentoi" in the toolbar: shown when the text takes review comments. */
export interface ToolbarComment {
  blockedReason: string | null;
  run: () => void;
}

export function RichTextToolbar({ editor, onInsertLiveValue, readOnly, label, comment }: { editor: Editor; onInsertLiveValue: () => void; readOnly: boolean; label: string; comment?: ToolbarComment | undefined }) {
  const { t } = useTranslation();
  const [focusIndex, setFocusIndex] = useState(0);
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [linkError, setLinkError] = useState(false);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const reasonId = useId();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      link: e.isActive('link'),
      inTable: e.isActive('table'),
      inList: e.isActive('listItem'),
      align: (e.isActive('tableHeader') ? e.getAttributes('tableHeader').align : e.getAttributes('tableCell').align) as unknown,
    }),
  });
  const chain = () => editor.chain().focus();
  const openLink = () => {
    setLinkError(false);
    setLinkDraft((editor.getAttributes('link').href as string | undefined) ?? 'https://');
  };

  useEffect(() => {
    const dom = editor.view.dom;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k' && editor.isEditable) {
        event.preventDefault();
        setLinkError(false);
        setLinkDraft((editor.getAttributes('link').href as string | undefined) ?? 'https://');
      }
    };
    dom.addEventListener('keydown', onKey);
    return () => { dom.removeEventListener('keydown', onKey); };
  }, [editor]);

  const buttons: ToolButton[] = [
    { key: 'bold', glyph: 'B', label: t('editor.richText.bold'), shortcut: 'Control+B', pressed: state.bold, run: () => chain().toggleBold().run() },
    { key: 'italic', glyph: 'I', label: t('editor.richText.italic'), shortcut: 'Control+I', pressed: state.italic, run: () => chain().toggleItalic().run() },
    { key: 'underline', glyph: 'U', label: t('editor.richText.underline'), shortcut: 'Control+U', pressed: state.underline, run: () => chain().toggleUnderline().run() },
    { key: 'h1', glyph: 'H1', label: t('editor.richText.heading1'), shortcut: 'Control+Alt+1', pressed: state.h1, run: () => chain().toggleHeading({ level: 1 }).run() },
    { key: 'h2', glyph: 'H2', label: t('editor.richText.heading2'), shortcut: 'Control+Alt+2', pressed: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'bullet', glyph: '•', label: t('editor.richText.bulletList'), shortcut: 'Control+Shift+8', pressed: state.bulletList, run: () => chain().toggleBulletList().run() },
    { key: 'ordered', glyph: '1.', label: t('editor.richText.orderedList'), shortcut: 'Control+Shift+7', pressed: state.orderedList, run: () => chain().toggleOrderedList().run() },
    { key: 'link', glyph: 'Linkki', label: t('editor.richText.link'), shortcut: 'Control+K', pressed: state.link, run: openLink },
    { key: 'table', glyph: 'Taulukko', label: t('editor.richText.table'), disabled: state.inTable, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
    { key: 'live', glyph: '# Luku', label: t('editor.richText.liveValue'), run: onInsertLiveValue },
  ];
  const tableButtons: ToolButton[] = state.inTable
    ? [
        { key: 'addRow', glyph: '+ rivi', label: t('editor.richText.addRow'), run: () => chain().addRowAfter().run() },
        { key: 'addCol', glyph: '+ sarake', label: t('editor.richText.addColumn'), run: () => chain().addColumnAfter().run() },
        { key: 'delRow', glyph: '− rivi', label: t('editor.richText.deleteRow'), run: () => chain().deleteRow().run() },
        { key: 'delCol', glyph: '− sarake', label: t('editor.richText.deleteColumn'), run: () => chain().deleteColumn().run() },
        { key: 'delTable', glyph: '× taulukko', label: t('editor.richText.deleteTable'), run: () => chain().deleteTable().run() },
        // Numbers are set right; the export and the preview keep each cell's alignment.
        ...tableCellAligns.map((align) => ({
          key: `align-${align}`,
          glyph: alignGlyphs[align],
          label: t(`editor.richText.align.${align}`),
          pressed: state.align === align,
          run: () => chain().setCellAttribute('align', state.align === align ? null : align).run(),
        })),
        { key: 'widen', glyph: '↔ +', label: t('editor.richText.widenColumn'), run: () => { resizeColumnAtCursor(editor, 1.2); editor.commands.focus(); } },
        { key: 'narrow', glyph: '↔ −', label: t('editor.richText.narrowColumn'), run: () => { resizeColumnAtCursor(editor, 1 / 1.2); editor.commands.focus(); } },
        { key: 'autoWidths', glyph: '↔ A', label: t('editor.richText.columnsFromContent'), run: () => { clearColumnWidths(editor); editor.commands.focus(); } },
      ]
    : [];
  // A point (list item) moves among its siblings; the same as Alt+ArrowUp/Down in the text.
  const listButtons: ToolButton[] = state.inList
    ? [
        { key: 'itemUp', glyph: '↑ kohta', label: t('items.actions.movePointUp'), shortcut: 'Alt+ArrowUp', run: () => chain().moveListItem('up').run() },
        { key: 'itemDown', glyph: '↓ kohta', label: t('items.actions.movePointDown'), shortcut: 'Alt+ArrowDown', run: () => chain().moveListItem('down').run() },
      ]
    : [];
  const commentButtons: ToolButton[] = comment
    ? [{ key: 'comment', glyph: t('review.comments.comment'), label: t('review.comments.comment'), shortcut: 'Control+Alt+M', blockedReason: comment.blockedReason, run: comment.run }]
    : [];
  const all = [...buttons, ...listButtons, ...tableButtons, ...commentButtons];
  const current = Math.min(focusIndex, all.length - 1);

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -current, End: all.length - 1 - current };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = (current + move + all.length) % all.length;
    setFocusIndex(next);
    refs.current[next]?.focus();
  };

  const applyLink = () => {
    const href = (linkDraft ?? '').trim();
    if (href === '') chain().extendMarkRange('link').unsetLink().run();
    else if (!isSafeHref(href)) {
      setLinkError(true);
      return;
    } else chain().extendMarkRange('link').setLink({ href }).run();
    setLinkDraft(null);
  };

  return (
    <div className="rte-toolbar-wrap">
      <div role="toolbar" aria-label={label} aria-disabled={readOnly || undefined} className="rte-toolbar" onKeyDown={onKeyDown}>
        {all.map((button, index) => (
          <button
            key={button.key}
            ref={(el) => { refs.current[index] = el; }}
            type="button"
            className="rte-toolbar__button"
            tabIndex={index === current ? 0 : -1}
            aria-label={button.label}
            title={button.blockedReason ?? (button.shortcut ? `${button.label} (${button.shortcut.replace('Control', 'Ctrl')})` : button.label)}
            aria-pressed={button.pressed}
            aria-keyshortcuts={button.shortcut}
            aria-describedby={button.blockedReason ? `${reasonId}-${button.key}` : undefined}
            disabled={readOnly || button.disabled || Boolean(button.blockedReason)}
            onFocus={() => { setFocusIndex(index); }}
            // Keep the editor's selection: a mouse press on a button must not blur the text.
            onMouseDown={(event) => { event.preventDefault(); }}
            onClick={button.run}
          >
            <span aria-hidden="true">{button.glyph}</span>
          </button>
        ))}
        {all.filter((button) => button.blockedReason).map((button) => <span key={button.key} id={`${reasonId}-${button.key}`} className="visually-hidden">{button.blockedReason}</span>)}
      </div>
      {linkDraft !== null ? (
        <div className="rte-link-form">
          <label>
            {t('editor.richText.linkPrompt')}
            <input
              type="text"
              // The form opens on request, so taking focus is expected here.
              autoFocus
              value={linkDraft}
              aria-invalid={linkError || undefined}
              aria-describedby={linkError ? 'rte-link-error' : undefined}
              onChange={(event) => { setLinkDraft(event.target.value); }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  applyLink();
                } else if (event.key === 'Escape') {
                  setLinkDraft(null);
                  editor.commands.focus();
                }
              }}
            />
          </label>
          <button type="button" className="button" onClick={applyLink}>{t('editor.richText.linkApply')}</button>
          <button type="button" className="button button--quiet" onClick={() => { setLinkDraft(''); chain().extendMarkRange('link').unsetLink().run(); setLinkDraft(null); }}>
            {t('editor.richText.linkRemove')}
          </button>
          {linkError ? <span id="rte-link-error" className="field__error">{t('editor.richText.linkInvalid')}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
