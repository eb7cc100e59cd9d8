// The item editor: the form at the left, the page preview at the right, autosave and undo on top.
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import type { AppealText } from '../../../../../shared/domain/appeal';
import type { AgendaItem, ItemStatus, Person } from '../../../../../shared/domain/item';
import type { OrganisationSettings } from '../../../../../shared/domain/settings';
import type { AppError } from '../../../../../shared/ipc/define';
import { ErrorAlert } from '../../../ui/error-alert';
import { FullPagePreview } from '../preview/full-page-preview';
import { PreviewPane } from '../preview/preview-pane';
import { usePreviewView } from '../preview/preview-view';
import { closeFullPreview, closeItem, openFullPreview, useFullPreviewOpen } from '../items-location';
import { ExportButtons } from './export-buttons';
import { ItemForm } from './item-form';
import { SaveStatus } from './save-status';
import { SplitHandle } from './split-handle';
import { StatusActions } from './status-actions';
import { useItemDraft } from './use-item-draft';

interface Loaded {
  item: AgendaItem;
  people: Person[];
  settings: OrganisationSettings;
  appealTexts: AppealText[];
}

export function ItemEditorScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([call('items:get', { id }), call('people:list', {}), call('settings:get', {}), call('appealTexts:list', {})]).then(([item, people, settings, appealTexts]) => {
      if (!live) return;
      if (!item.ok) setError(item.error);
      else if (!people.ok) setError(people.error);
      else if (!settings.ok) setError(settings.error);
      else if (!appealTexts.ok) setError(appealTexts.error);
      else setLoaded({ item: item.value, people: people.value, settings: settings.value, appealTexts: appealTexts.value });
    });
    return () => { live = false; };
  }, [id, generation]);

  if (error) return <ErrorAlert error={error} />;
  if (!loaded) return <p aria-busy="true">{t('editor.screen.loading')}</p>;
  return <LoadedEditor key={`${loaded.item.id}-${generation}`} {...loaded} onReload={() => { setLoaded(null); setGeneration((g) => g + 1); }} />;
}

function LoadedEditor({ item: initial, people, settings, appealTexts, onReload }: Loaded & { onReload: () => void }) {
  const { t } = useTranslation();
  const editor = useItemDraft(initial);
  const { draft, item, change, undo, redo, flush, adopt } = editor;
  const commitRef = useRef<(() => void) | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<AppError | null>(null);
  const previewDraft = useDeferredValue(draft);
  const [view, changeView] = usePreviewView();
  const fullPreview = useFullPreviewOpen();
  // The preview stays in sight under the sticky bar, whose height depends on how its buttons wrap.
  const barRef = useRef<HTMLDivElement>(null);
  const [barHeight, setBarHeight] = useState(0);
  useLayoutEffect(() => {
    const bar = barRef.current;
    if (bar === null) return undefined;
    const observer = new ResizeObserver(() => { setBarHeight(bar.offsetHeight); });
    observer.observe(bar);
    return () => { observer.disconnect(); };
  }, []);
  const closeFull = useCallback(() => {
    closeFullPreview();
    // Back where the user opened it from.
    window.setTimeout(() => { document.querySelector<HTMLElement>('[data-testid="open-full-preview"]')?.focus(); }, 0);
  }, []);

  const flushAll = useCallback(() => {
    commitRef.current?.();
    return flush();
  }, [flush]);

  const [notSaved, setNotSaved] = useState(false);
  const runAction = async (action: () => ReturnType<typeof call<'items:setStatus'>>) => {
    setBusy(true);
    setActionError(null);
    setNotSaved(false);
    // A status change acts on the stored item: with an edit refused, it would lock or copy older text.
    if (!(await flushAll())) {
      setBusy(false);
      setNotSaved(true);
      return;
    }
    const envelope = await action();
    setBusy(false);
    if (envelope.ok) adopt(envelope.value);
    else setActionError(envelope.error);
  };
  const setStatus = (status: ItemStatus) => { void runAction(() => call('items:setStatus', { id: item.id, status })); };
  const copyProposal = () => { void runAction(() => call('items:copyProposalToDecision', { id: item.id })); };
  const decideAsProposed = () => { void runAction(() => call('items:decideAsProposed', { id: item.id })); };

  useEffect(() => {
    const commit = commitRef;
    const onBlur = () => { commit.current?.(); };
    window.addEventListener('blur', onBlur);
    window.addEventListener('beforeunload', onBlur);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('beforeunload', onBlur);
      onBlur();
    };
  }, []);

  // Form-wide undo. Inside the rich text Tiptap's own history answers first (it prevents default).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || !(event.ctrlKey || event.metaKey)) return;
    if ((event.target as HTMLElement).closest('.ProseMirror')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
    else return;
    event.preventDefault();
  };

  return (
    <div className="item-editor" onKeyDown={onKeyDown}>
      {/* The page's one h1 for screen-reader navigation; the title field shows it visibly. */}
      <h1 className="visually-hidden">{t('editor.screen.pageTitle', { title: draft.title })}</h1>
      {/* The full page is a modal view: what it covers takes no focus or clicks meanwhile. */}
      <div ref={barRef} className="item-editor__bar" inert={fullPreview}>
        <a href="#/items" className="button button--quiet" onClick={(event) => { event.preventDefault(); void flushAll(); closeItem(); }}>← {t('editor.screen.back')}</a>
        <div className="button-row">
          <button type="button" className="button button--small" disabled={!editor.canUndo} aria-keyshortcuts="Control+Z" title={`${t('editor.screen.undo')} (Ctrl+Z)`} onClick={undo}>{t('editor.screen.undo')}</button>
          <button type="button" className="button button--small" disabled={!editor.canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y" title={`${t('editor.screen.redo')} (Ctrl+Y)`} onClick={redo}>{t('editor.screen.redo')}</button>
        </div>
        <SaveStatus state={editor.saveState} onReload={onReload} />
        <StatusActions status={item.status} draft={draft} busy={busy} onSetStatus={setStatus} />
        <ExportButtons itemId={item.id} hasDecision={draft.decision !== null} attachments={draft.attachments} supplementary={draft.supplementary} flush={flushAll} onError={setActionError} />
      </div>
      <ErrorAlert error={actionError} onDismiss={() => { setActionError(null); }} />
      {notSaved ? <p role="alert" className="error-alert item-editor__bar-alert">{t('editor.status.notSaved')}</p> : null}
      <div className="item-editor__columns" inert={fullPreview} style={{ '--preview-share': `${String(view.split)}%`, '--bar-height': `${String(barHeight)}px` } as CSSProperties}>
        <ItemForm draft={draft} change={change} people={people} appealTexts={appealTexts} status={item.status} commitRef={commitRef} onCopyProposal={copyProposal} onDecideAsProposed={decideAsProposed} busy={busy} />
        <SplitHandle value={view.split} onChange={(split) => { changeView({ split }); }} />
        <aside className="item-editor__preview" aria-label={t('editor.screen.previewLabel')}>
          <PreviewPane draft={previewDraft} settings={settings} people={people} zoom={view.zoom} onZoom={(zoom) => { changeView({ zoom }); }} onOpenFull={openFullPreview} />
        </aside>
      </div>
      {fullPreview ? <FullPagePreview draft={previewDraft} settings={settings} people={people} zoom={view.fullZoom} onZoom={(fullZoom) => { changeView({ fullZoom }); }} onClose={closeFull} /> : null}
    </div>
  );
}
