// The item editor: the form at the left, at the right the page preview, the review comments and
// the versions (tabs), autosave and undo on top.
// Opening decides what the form starts from: the stored item, or a new item's starting draft
// (stored by its first change), and a recovery copy left by a page that closed before its save
// landed (recovery-copy.ts).
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, onShellRequest } from '../../../api';
import type { AppealText } from '../../../../../shared/domain/appeal';
import type { AgendaItem, ItemStatus, Person } from '../../../../../shared/domain/item';
import { itemLock } from '../../../../../shared/domain/item-workflow';
import type { ItemReviewState } from '../../../../../shared/domain/review';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { draftOf } from '../../../../../shared/domain/item-schema';
import type { OrganisationSettings } from '../../../../../shared/domain/settings';
import type { AppError, Envelope } from '../../../../../shared/ipc/define';
import { ErrorAlert } from '../../../ui/error-alert';
import { useToast } from '../../../ui/toast';
import { FullPagePreview } from '../preview/full-page-preview';
import { PreviewPane } from '../preview/preview-pane';
import { usePreviewView } from '../preview/preview-view';
import { closeFullPreview, closeItem, openFullPreview, useFullPreviewOpen } from '../items-location';
import type { NewItemTarget } from '../items-location';
import { CommentBridge, CommentBridgeContext, useBridgeSnapshot } from '../comments/comment-bridge';
import type { CommentTarget } from '../comments/comment-bridge';
import { CommentDialog } from '../comments/comment-dialog';
import { CommentsPane } from '../comments/comments-pane';
import { useItemComments } from '../comments/use-item-comments';
import { VersionsPanel } from '../versions/versions-panel';
import '../review.css';
import { appealBodyId } from './appeal-body';
import { ExportButtons } from './export-buttons';
import { ItemForm } from './item-form';
import { decideRecovery, localRecoveryStorage } from './recovery-copy';
import type { RecoveryCopy } from './recovery-copy';
import { SaveStatus, saveStatusText } from './save-status';
import { SideTabs } from './side-tabs';
import type { SideTab } from './side-tabs';
import { SplitHandle } from './split-handle';
import { StatusActions } from './status-actions';
import { ReviewNotes } from './review-notes';
import { useReviewRound } from './use-review-round';
import { announceReviewChange } from '../../review/review-events';
import { DraftStoreContext, useDraftView, useItemDraftStore } from './use-item-draft';

interface Loaded {
  item: AgendaItem;
  /** False: a new item, not in the database until its first change. */
  stored: boolean;
  people: Person[];
  settings: OrganisationSettings;
  /** The standard appeal texts of the item's body and those for every body, to pick from. */
  appealTexts: AppealText[];
  /** A recovery copy found at opening: put back at once, or offered when the item moved on since. */
  recovery: { kind: 'restore' | 'conflict'; copy: RecoveryCopy } | null;
}

/** A new item as the form holds it before it is stored (the service gives it its status and times). */
function unstoredItem(id: string, draft: ItemDraft): AgendaItem {
  return { ...draft, id, status: 'luonnos', isSample: false, createdAt: '', updatedAt: '' };
}

async function load(id: string, newItem: NewItemTarget | null): Promise<Loaded | AppError> {
  const [found, people, settings, bodies] = await Promise.all([call('items:get', { id }), call('people:list', {}), call('settings:get', {}), call('bodies:list', {})]);
  if (!people.ok) return people.error;
  if (!settings.ok) return settings.error;
  if (!bodies.ok) return bodies.error;
  const storage = localRecoveryStorage();
  const copy = storage.read(id);
  let item: AgendaItem;
  if (found.ok) item = found.value;
  else if (found.error.code === 'NOT_FOUND' && (newItem !== null || copy?.baseUpdatedAt === null)) {
    const fresh: Envelope<ItemDraft> = await call('items:newDraft', newItem ?? { template: 'empty' });
    if (!fresh.ok) return fresh.error;
    item = unstoredItem(id, fresh.value);
  } else return found.error;
  // The picker offers the texts of the body the item names (as opened) and the shared ones.
  const appealTexts = await call('appealTexts:list', { bodyId: appealBodyId(item.bodyName, bodies.value) });
  if (!appealTexts.ok) return appealTexts.error;
  const decision = decideRecovery(copy, found.ok ? { updatedAt: item.updatedAt, draft: draftOf(item) } : null);
  if (decision === 'discard') storage.remove(id);
  return {
    item,
    stored: found.ok,
    people: people.value,
    settings: settings.value,
    appealTexts: appealTexts.value,
    recovery: copy && (decision === 'restore' || decision === 'conflict') ? { kind: decision, copy } : null,
  };
}

export function ItemEditorScreen({ id, newItem }: { id: string; newItem: NewItemTarget | null }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [generation, setGeneration] = useState(0);
  // Kept across a reload (a restored version): the versions stay in sight.
  const [sideTab, setSideTab] = useState<SideTab>('preview');

  useEffect(() => {
    let live = true;
    void load(id, newItem).then((result) => {
      if (!live) return;
      if ('item' in result) setLoaded(result);
      else setError(result);
    });
    return () => { live = false; };
  }, [id, newItem, generation]);

  if (error) return <ErrorAlert error={error} />;
  if (!loaded) return <p aria-busy="true">{t('editor.screen.loading')}</p>;
  return <LoadedEditor key={`${loaded.item.id}-${generation}`} {...loaded} sideTab={sideTab} setSideTab={setSideTab} onReload={() => { setLoaded(null); setGeneration((g) => g + 1); }} />;
}

/** The bar's one alert. `at` is the save count then: any later successful save clears it. */
type BarAlert = { kind: 'notSaved'; message: 'editor.status.notSaved' | 'editor.exports.notSaved'; at: number } | { kind: 'error'; error: AppError; at: number };

function BarAlertView({ alert, onDismiss }: { alert: BarAlert | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (alert?.kind === 'notSaved') return <p role="alert" className="error-alert item-editor__bar-alert">{t(alert.message)}</p>;
  const fields = alert?.error.fields ?? [];
  return (
    <div role="alert" className={alert ? 'error-alert item-editor__bar-alert' : 'error-alert error-alert--empty'}>
      {alert ? (
        <>
          <span>{t(`error.${alert.error.code}`)}</span>
          {/* "Tarkista merkityt kentät" always says which: the fields are marked, and named here. */}
          {fields.length > 0 ? (
            <ul className="error-alert__fields" aria-label={t('editor.alert.fieldsLabel')}>
              {fields.map((field) => <li key={`${field.path}-${field.message}`}>{t(field.message)}</li>)}
            </ul>
          ) : null}
          <button type="button" className="button button--quiet" onClick={onDismiss}>{t('ui.actions.close')}</button>
        </>
      ) : null}
    </div>
  );
}

/**
 * Opening a stored item: the review state is read first (its "last seen" is the previous look),
 * then this look is recorded with the newest version, for "Muutokset edellisen katseluni jälkeen".
 */
function useReviewStateAtOpening(id: string, stored: boolean): ItemReviewState | null {
  const [state, setState] = useState<ItemReviewState | null>(null);
  useEffect(() => {
    if (!stored) return undefined;
    let live = true;
    void call('review:state', { id }).then(async (read) => {
      if (!read.ok || !live) return;
      setState(read.value);
      const versions = await call('versions:list', { id });
      const shown = versions.ok ? versions.value.at(-1)?.version : undefined;
      if (shown !== undefined) await call('review:markSeen', { id, version: shown });
    });
    return () => { live = false; };
    // Once per opening: a new item stored later has no earlier look to compare with.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stored is read at the opening only
  }, [id]);
  return state;
}

/** The comments pane's and the comment form's side of the editor. */
function useCommenting(itemId: string, stored: boolean, flush: () => Promise<boolean>, showComments: () => void) {
  const [bridge] = useState(() => new CommentBridge());
  const model = useItemComments(itemId, stored);
  const snapshot = useBridgeSnapshot(bridge);
  const resolved = useMemo(() => new Set((model.comments ?? []).filter((comment) => comment.resolvedAt !== null).map((comment) => comment.id)), [model.comments]);
  useEffect(() => { bridge.setHighlight({ resolved }); }, [bridge, resolved]);
  const openCount = (model.comments ?? []).filter((comment) => comment.parentId === null && comment.resolvedAt === null).length;
  /** Anchor, store the anchored text, then the comment under the anchor's id; undone if the comment is refused. */
  const save = async (target: CommentTarget, body: string): Promise<AppError | string | null> => {
    const id = crypto.randomUUID();
    if (!target.anchor(id)) return 'review.comments.textChanged';
    if (!(await flush())) {
      bridge.removeAnchor(target.field, id);
      return 'review.comments.notSaved';
    }
    const added = await call('comments:add', { id, itemId, parentId: null, field: target.field, quote: target.quote, body });
    if (!added.ok) {
      bridge.removeAnchor(target.field, id);
      return added.error;
    }
    bridge.done();
    showComments();
    await model.reload();
    return null;
  };
  return { bridge, model, snapshot, openCount, save };
}

interface EditorProps extends Loaded {
  onReload: () => void;
  sideTab: SideTab;
  setSideTab: (tab: SideTab) => void;
}

function LoadedEditor({ item: initial, stored, people, settings, appealTexts, recovery, onReload, sideTab, setSideTab }: EditorProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [storage] = useState(() => localRecoveryStorage());
  const store = useItemDraftStore(initial, { stored, recovery: storage, restore: recovery?.kind === 'restore' ? recovery.copy.draft : undefined });
  const view = useDraftView(store);
  const { draft, item } = view;
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<BarAlert | null>(null);
  const [notice, setNotice] = useState<'restore' | 'conflict' | null>(recovery?.kind ?? null);
  const previewDraft = useDeferredValue(draft);
  const [previewView, changeView] = usePreviewView();
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
  const shownAlert = alert && alert.at === view.saveCount ? alert : null;
  const reviewState = useReviewStateAtOpening(initial.id, stored);
  const flushCreate = useCallback(() => store.flush({ create: true }), [store]);
  const commenting = useCommenting(item.id, view.stored, flushCreate, () => { setSideTab('comments'); });
  const pending = commenting.snapshot.pending;

  const showError = (error: AppError) => {
    store.showIssues(error.fields);
    setAlert({ kind: 'error', error, at: store.getView().saveCount });
  };

  /** Saves what is pending, then takes the step; its refusal is returned (a refused save is the bar's to say). */
  const takeStep = async (action: () => Promise<Envelope<AgendaItem>>): Promise<AppError | null> => {
    setBusy(true);
    setAlert(null);
    // A status change acts on the stored item: with an edit refused, it would lock or copy older text.
    if (!(await store.flush({ create: true }))) {
      setBusy(false);
      setAlert({ kind: 'notSaved', message: 'editor.status.notSaved', at: store.getView().saveCount });
      return null;
    }
    const envelope = await action();
    setBusy(false);
    if (!envelope.ok) return envelope.error;
    store.adopt(envelope.value);
    return null;
  };
  const runAction = async (action: () => Promise<Envelope<AgendaItem>>) => {
    const refused = await takeStep(action);
    if (refused) showError(refused);
  };
  const round = useReviewRound({ item, presenterName: draft.presenterName, takeStep, showError, expectedUpdatedAt: () => store.getView().item.updatedAt });
  /**
   * Onto a meeting's agenda: what is pending is saved first (the meeting takes the stored item),
   * then the item as the meeting left it (status, date, number, Asianro) replaces the form's.
   * The refusal is the dialog's to show; a save refused goes to the bar, as for a status step.
   */
  const addToMeeting = async (meetingId: string): Promise<AppError | null> => {
    setBusy(true);
    setAlert(null);
    if (!(await store.flush({ create: true }))) {
      setBusy(false);
      setAlert({ kind: 'notSaved', message: 'editor.status.notSaved', at: store.getView().saveCount });
      return null;
    }
    const added = await call('meetings:addItem', { meetingId, itemId: item.id, position: null });
    if (!added.ok) {
      setBusy(false);
      return added.error;
    }
    const stored = await call('items:get', { id: item.id });
    setBusy(false);
    if (stored.ok) store.adopt(stored.value);
    else showError(stored.error);
    return null;
  };
  const setStatus = (status: ItemStatus) => { void runAction(() => call('items:setStatus', { id: item.id, status })); };
  const copyProposal = () => { void runAction(() => call('items:copyProposalToDecision', { id: item.id })); };
  const decideAsProposed = () => { void runAction(() => call('items:decideAsProposed', { id: item.id })); };

  /** A "not saved" toast of Ctrl+S is old news once a save succeeds, or the editor is left. */
  const failedToastAt = useRef<number | null>(null);
  useEffect(() => {
    if (failedToastAt.current !== null && view.saveCount > failedToastAt.current) {
      failedToastAt.current = null;
      toast.dismiss();
    }
  }, [view.saveCount, toast]);
  useEffect(() => () => { if (failedToastAt.current !== null) toast.dismiss(); }, [toast]);

  /** Ctrl+S and the desktop menu's Tallenna: save now, and say so even when nothing was pending. */
  const saveNow = useCallback(async (): Promise<boolean> => {
    const ok = await store.flush({ create: true });
    const now = store.getView();
    const saved = ok && now.localIssues.length === 0;
    failedToastAt.current = saved ? null : now.saveCount;
    toast.show({ text: saved ? t('editor.save.savedNow') : saveStatusText(now.saveState, now.localIssues, t).text });
    return saved;
  }, [store, t, toast]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
      // The browser's "save page" would otherwise open; here Ctrl+S means the item.
      event.preventDefault();
      void saveNow();
    };
    window.addEventListener('keydown', onKey);
    // The desktop shell: the menu's Tallenna, or the window closing (which waits for this answer).
    const stopShell = onShellRequest((kind) => (kind === 'save' ? saveNow() : store.flush()));
    return () => {
      window.removeEventListener('keydown', onKey);
      stopShell();
    };
  }, [saveNow, store]);

  // Form-wide undo. Inside a rich text Tiptap's own history answers first (it prevents default);
  // the toolbar's buttons undo the newest edit wherever it was (undo-history.ts).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || !(event.ctrlKey || event.metaKey)) return;
    if ((event.target as HTMLElement).closest('.ProseMirror')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) store.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') store.redo();
    else return;
    event.preventDefault();
  };

  const issueFor = (path: string) => {
    const issue = view.issues.find((candidate) => candidate.path === path || candidate.path.startsWith(`${path}.`));
    return issue ? t(issue.message) : undefined;
  };

  return (
    <DraftStoreContext.Provider value={store}>
      <CommentBridgeContext.Provider value={commenting.bridge}>
      <div className="item-editor" onKeyDown={onKeyDown}>
        {/* The page's one h1 for screen-reader navigation; the title field shows it visibly. */}
        <h1 className="visually-hidden">{t('editor.screen.pageTitle', { title: draft.title })}</h1>
        {/* The full page is a modal view: what it covers takes no focus or clicks meanwhile. */}
        <div ref={barRef} className="item-editor__bar" inert={fullPreview}>
          {/* Leaving unmounts the editor, which saves what is pending (use-item-draft.ts). */}
          <a href="#/items" className="button button--quiet" onClick={(event) => { event.preventDefault(); closeItem(); }}>← {t('editor.screen.back')}</a>
          <div className="button-row">
            <button type="button" className="button button--small" disabled={!view.canUndo} aria-keyshortcuts="Control+Z" title={`${t('editor.screen.undo')} (Ctrl+Z)`} onClick={store.undo}>{t('editor.screen.undo')}</button>
            <button type="button" className="button button--small" disabled={!view.canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y" title={`${t('editor.screen.redo')} (Ctrl+Y)`} onClick={store.redo}>{t('editor.screen.redo')}</button>
          </div>
          <SaveStatus state={view.saveState} localIssues={view.localIssues} onReload={onReload} />
          <StatusActions
            status={item.status}
            draft={draft}
            busy={busy}
            canReview={round.canReview}
            onSetStatus={setStatus}
            onSend={round.send}
            onApprove={round.approve}
            onReturn={round.giveBack}
            onAddToMeeting={addToMeeting}
          />
          <ExportButtons
            itemId={item.id}
            hasDecision={draft.decision !== null}
            attachments={draft.attachments}
            supplementary={draft.supplementary}
            flush={() => store.flush({ create: true })}
            onStart={() => { setAlert(null); }}
            onNotSaved={() => { setAlert({ kind: 'notSaved', message: 'editor.exports.notSaved', at: store.getView().saveCount }); }}
            onError={showError}
            expectedUpdatedAt={() => store.getView().item.updatedAt}
            onItemChanged={(changed) => {
              store.adopt(changed);
              round.reread();
              announceReviewChange();
            }}
          />
        </div>
        <BarAlertView alert={shownAlert} onDismiss={() => { setAlert(null); }} />
        <ReviewNotes state={round.state} />
        {notice === 'restore' ? (
          <p role="status" className="info-note item-editor__bar-alert">
            {t('editor.recovery.restored')}{' '}
            <button type="button" className="button button--quiet" onClick={() => { setNotice(null); }}>{t('ui.actions.close')}</button>
          </p>
        ) : null}
        {notice === 'conflict' && recovery ? (
          <div role="alert" className="error-alert item-editor__bar-alert">
            <span>{t('editor.recovery.conflict')}</span>
            <button type="button" className="button" onClick={() => { store.change(recovery.copy.draft, 'recovery'); setNotice(null); }}>{t('editor.recovery.restore')}</button>
            <button type="button" className="button button--quiet" onClick={() => { storage.remove(item.id); setNotice(null); }}>{t('editor.recovery.discard')}</button>
          </div>
        ) : null}
        <div className="item-editor__columns" inert={fullPreview} style={{ '--preview-share': `${String(previewView.split)}%`, '--bar-height': `${String(barHeight)}px` } as CSSProperties}>
          <ItemForm
            draft={draft}
            change={store.change}
            people={people}
            appealTexts={appealTexts}
            status={item.status}
            onCopyProposal={copyProposal}
            onDecideAsProposed={decideAsProposed}
            busy={busy}
            issueFor={issueFor}
            setLocalIssue={store.setLocalIssue}
            generation={view.generation}
          />
          <SplitHandle value={previewView.split} onChange={(split) => { changeView({ split }); }} />
          <aside className="item-editor__preview" aria-label={t('editor.screen.previewLabel')}>
            <SideTabs tab={sideTab} onTab={setSideTab} openComments={commenting.openCount}>
              {sideTab === 'preview' ? <PreviewPane draft={previewDraft} settings={settings} people={people} zoom={previewView.zoom} onZoom={(zoom) => { changeView({ zoom }); }} onOpenFull={openFullPreview} /> : null}
              {sideTab === 'comments' ? <CommentsPane model={commenting.model} bridge={commenting.bridge} anchorIds={commenting.snapshot.anchorIds} locked={itemLock(item.status) === 'record'} draft={previewDraft} /> : null}
              {sideTab === 'versions' ? (
                view.stored ? <VersionsPanel itemId={item.id} reviewState={reviewState} flush={flushCreate} updatedAt={() => store.getView().item.updatedAt} onRestored={onReload} /> : <p className="muted">{t('review.versions.unsaved')}</p>
              ) : null}
            </SideTabs>
          </aside>
        </div>
        {fullPreview ? <FullPagePreview draft={previewDraft} settings={settings} people={people} zoom={previewView.fullZoom} onZoom={(fullZoom) => { changeView({ fullZoom }); }} onClose={closeFull} /> : null}
        {pending ? <CommentDialog target={pending} onSave={(body) => commenting.save(pending, body)} onClose={() => { commenting.bridge.done(); }} /> : null}
      </div>
      </CommentBridgeContext.Provider>
    </DraftStoreContext.Provider>
  );
}
