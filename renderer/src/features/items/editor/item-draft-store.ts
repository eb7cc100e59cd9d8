// The open item's one draft (architecture.md, "Autosave and closing"). Every field writes into it
// at once: form fields through change(), every rich text editor on every transaction through its
// link (registerRich). A rich editor hands over its document, which ProseMirror never mutates, and
// its JSON is made only when something reads the draft (a save, the preview), so typing in a
// 30-page text does not serialise it per keystroke, yet no text ever waits in a buffer of its own.
// One saver (draft-saver.ts) reads the draft when it sends; flush() (Ctrl+S, leaving, the desktop
// window's close) and closeNow() (pagehide, beforeunload) are its only two ways out.
// A plain object with subscribe/getView, so React renders it (use-item-draft.ts) while timers,
// the saver and the unload path never depend on a render having happened.
import { changedDraftFields } from '../../../../../shared/domain/draft-changes';
import type { AgendaItem } from '../../../../../shared/domain/item';
import { itemLock } from '../../../../../shared/domain/item-workflow';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { draftOf } from '../../../../../shared/domain/item-schema';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import type { FieldIssue } from '../../../../../shared/ipc/define';
import { createDraftSaver } from './draft-saver';
import type { DraftSaver, SaveState, SaverClock, SaverTransport } from './draft-saver';
import type { RecoveryStorage } from './recovery-copy';
import { emptyHistory, forgetEditor, recordFormChange, recordRichChange, redoFormStep, undoFormStep } from './undo-history';
import type { UndoHistory } from './undo-history';
import type { RichEditorControl, RichEditorLink } from '../rich-text/editor-link';
import type { Depths } from '../rich-text/editor-link';

export type { RichEditorControl, RichEditorLink };

/** The draft's fields that hold a rich text (the background, the proposal, the decision, their Swedish). */
type RichDocField = { [K in keyof ItemDraft]-?: RichDoc extends ItemDraft[K] ? K : never }[keyof ItemDraft];

/** Every rich text of the draft: its rich fields, and the appeal's text inside the appeal choice. */
export type RichField = RichDocField | 'appealText';

export interface DraftView {
  draft: ItemDraft;
  item: AgendaItem;
  /** False for a new item nobody has changed yet: it is not in the database. */
  stored: boolean;
  saveState: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  /** Problems shown at their fields: the form's own, then the last refused save's or action's. */
  issues: readonly FieldIssue[];
  /** The form's own (text a field cannot take): while any is there, the status is "Ei tallennettu". */
  localIssues: readonly FieldIssue[];
  /** Successful saves so far: an alert of an earlier attempt is shown only until the next one. */
  saveCount: number;
  /** Rich editors start anew when this changes (a lock came or went: their histories end there). */
  generation: number;
}

export interface StoreOptions {
  transport: SaverTransport;
  recovery: RecoveryStorage;
  /** False: a new item, created by its first change (or by a flush that asks for it). */
  stored: boolean;
  clock?: SaverClock;
  /** How long after the last rich-text change the view (the preview, the undo buttons) shows it. */
  viewDelayMs?: number;
  /** …and at the latest, while typing goes on. */
  viewMaxWaitMs?: number;
  /** A recovery copy's draft to put back into the form at once (it is then saved). */
  restore?: ItemDraft;
}

interface EditorEntry {
  field: RichField;
  control: RichEditorControl;
  depths: Depths;
}

/**
 * A rich part's text, typed wide: a part may be empty (the decision before it is written, in the
 * lead's model where proposal and decision are rich texts), and its editor is then not there.
 */
export function richValue(draft: ItemDraft, field: RichField): RichDoc | null {
  return field === 'appealText' ? draft.appeal.text : draft[field];
}

/** The draft with one rich text replaced. */
export function withRichValue(draft: ItemDraft, field: RichField, doc: RichDoc): ItemDraft {
  return field === 'appealText' ? { ...draft, appeal: { ...draft.appeal, text: doc } } : { ...draft, [field]: doc };
}

const issuePrefix = 'draft.';

/** Service paths are of the request ("draft.title"); the form's are of the draft ("title"). */
export function draftIssues(fields: readonly FieldIssue[] | undefined): FieldIssue[] {
  return (fields ?? []).map((issue) => ({ ...issue, path: issue.path.startsWith(issuePrefix) ? issue.path.slice(issuePrefix.length) : issue.path }));
}

export class ItemDraftStore {
  private draft: ItemDraft;
  private readonly reads = new Map<RichField, () => RichDoc>();
  private item: AgendaItem;
  private history: UndoHistory = emptyHistory;
  private readonly editors = new Map<string, EditorEntry>();
  private editorCount = 0;
  private saveState: SaveState;
  private readonly localIssues = new Map<string, string>();
  private actionIssues: FieldIssue[] = [];
  private generation = 0;
  private saveCount = 0;
  private readonly saver: DraftSaver;
  private readonly listeners = new Set<() => void>();
  private view: DraftView;
  private viewTimer: number | null = null;
  private viewWaitingSince: number | null = null;
  private readonly clock: SaverClock;
  private readonly viewDelayMs: number;
  private readonly viewMaxWaitMs: number;
  private readonly recovery: RecoveryStorage;
  /** A recovery copy of this item may exist (written here, or left by an earlier session). */
  private copyMayExist = true;

  constructor(initial: AgendaItem, options: StoreOptions) {
    this.item = initial;
    this.draft = draftOf(initial);
    this.clock = options.clock ?? { now: () => Date.now(), setTimeout: (run, ms) => window.setTimeout(run, ms), clearTimeout: (handle) => { window.clearTimeout(handle); } };
    this.viewDelayMs = options.viewDelayMs ?? 250;
    this.viewMaxWaitMs = options.viewMaxWaitMs ?? 1000;
    this.recovery = options.recovery;
    this.saveState = options.stored ? { kind: 'saved' } : { kind: 'new' };
    this.saver = createDraftSaver({
      id: initial.id,
      storedUpdatedAt: options.stored ? initial.updatedAt : null,
      baseline: this.draft,
      current: () => this.current(),
      transport: options.transport,
      clock: this.clock,
      onState: (state) => { this.setSaveState(state); },
      onSaved: (item) => { this.saved(item); },
    });
    // As a change of the form: saved like one, and Kumoa takes it back.
    this.view = this.buildView(this.draft);
    if (options.restore) this.change(options.restore, 'recovery');
  }

  // --- React's side -------------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  };

  getView = (): DraftView => this.view;

  private buildView(draft: ItemDraft): DraftView {
    return {
      draft,
      item: this.item,
      stored: this.saver.isStored(),
      saveState: this.saveState,
      canUndo: this.history.undo.length > 0,
      canRedo: this.history.redo.length > 0,
      issues: this.issues(),
      localIssues: this.localIssueList(),
      saveCount: this.saveCount,
      generation: this.generation,
    };
  }

  private publish(draft: ItemDraft): void {
    this.view = this.buildView(draft);
    for (const listener of this.listeners) listener();
  }

  /**
   * Urgent: now, with the newest draft (a form field must show its own keystroke). Otherwise (a
   * rich text's keystroke, which the editor shows itself; "Tallennetaan…") when typing pauses:
   * reading a long text to JSON and rendering its preview between two keystrokes would delay the
   * second. While typing goes on, the status and the undo buttons follow every viewMaxWaitMs,
   * the preview keeps the text it has until the pause.
   */
  private notify(urgent: boolean): void {
    if (this.viewTimer !== null) this.clock.clearTimeout(this.viewTimer);
    this.viewTimer = null;
    if (urgent) {
      this.viewWaitingSince = null;
      this.publish(this.current());
      return;
    }
    const now = this.clock.now();
    this.viewWaitingSince ??= now;
    if (now - this.viewWaitingSince >= this.viewMaxWaitMs) {
      this.viewWaitingSince = now;
      this.publish(this.view.draft);
    }
    this.viewTimer = this.clock.setTimeout(() => {
      this.viewTimer = null;
      this.notify(true);
    }, this.viewDelayMs);
  }

  // --- The draft ----------------------------------------------------------------------------

  /** The draft now, every rich text's newest state included. */
  current(): ItemDraft {
    if (this.reads.size > 0) {
      let next: ItemDraft = this.draft;
      for (const [field, read] of this.reads) next = withRichValue(next, field, read());
      this.reads.clear();
      this.draft = next;
    }
    return this.draft;
  }

  /** A form field changed: pass only the fields that changed (a whole draft could carry stale text). */
  change = (patch: Partial<ItemDraft>, key: string | null): void => {
    const before = this.current();
    const next = { ...before, ...patch };
    if ((Object.keys(patch) as (keyof ItemDraft)[]).every((field) => before[field] === next[field])) return;
    this.history = recordFormChange(this.history, before, next, key, this.clock.now());
    this.apply(next, before);
    this.edited();
    this.notify(true);
  };

  /** Sets the draft and gives every rich editor whose text was set from outside its new text. */
  private apply(next: ItemDraft, before: ItemDraft): void {
    this.draft = next;
    for (const entry of this.editors.values()) {
      const value = richValue(next, entry.field);
      if (value === richValue(before, entry.field) || value === null) continue;
      entry.control.replace(value);
      entry.depths = entry.control.depths();
    }
  }

  private edited(): void {
    this.actionIssues = [];
    this.saver.touch();
  }

  // --- Rich text editors ----------------------------------------------------------------------

  registerRich(field: RichField, control: RichEditorControl): RichEditorLink {
    this.editorCount += 1;
    const id = `${field}#${String(this.editorCount)}`;
    const entry: EditorEntry = { field, control, depths: control.depths() };
    this.editors.set(id, entry);
    return {
      changed: (read, depths, historyStep) => {
        this.history = recordRichChange(this.history, id, entry.depths, depths, historyStep);
        entry.depths = depths;
        this.reads.set(field, read);
        this.edited();
        this.notify(false);
      },
      unregister: () => {
        // Its last text stays in the draft; its history goes with it.
        this.current();
        this.editors.delete(id);
        this.history = forgetEditor(this.history, id);
        this.notify(false);
      },
    };
  }

  // --- Undo ---------------------------------------------------------------------------------

  undo = (): void => { this.step('undo'); };
  redo = (): void => { this.step('redo'); };

  private step(direction: 'undo' | 'redo'): void {
    for (;;) {
      const stack = direction === 'undo' ? this.history.undo : this.history.redo;
      const top = stack.at(-1);
      if (!top) return;
      if (top.source === 'form') {
        const result = direction === 'undo' ? undoFormStep(this.history) : redoFormStep(this.history);
        if (!result) return;
        this.history = result.history;
        const before = this.current();
        this.apply({ ...before, ...result.patch }, before);
        this.edited();
        this.notify(true);
        return;
      }
      const entry = this.editors.get(top.editor);
      const depth = entry ? entry.control.depths()[direction] : 0;
      if (!entry || depth === 0) {
        // The editor has nothing left to give (its history was cut short): skip its marker.
        this.history = direction === 'undo' ? { undo: stack.slice(0, -1), redo: this.history.redo } : { undo: this.history.undo, redo: stack.slice(0, -1) };
        continue;
      }
      // The editor's own history moves; its change report moves the marker (recordRichChange).
      if (direction === 'undo') entry.control.undo();
      else entry.control.redo();
      this.notify(true);
      return;
    }
  }

  // --- Saving -------------------------------------------------------------------------------

  private setSaveState(state: SaveState): void {
    const same = state.kind === this.saveState.kind && (state.kind !== 'error' || (this.saveState.kind === 'error' && this.saveState.error === state.error));
    if (same) return;
    this.saveState = state;
    // "Tallennetaan…" may follow a keystroke by a moment; every other state shows at once.
    this.notify(state.kind !== 'saving');
  }

  private saved(item: AgendaItem): void {
    this.item = item;
    this.saveCount += 1;
    this.actionIssues = [];
    if (this.copyMayExist && this.saver.position().inStep) {
      this.recovery.remove(item.id);
      this.copyMayExist = false;
    }
  }

  /** Saves now. `create` stores a new item even if nobody changed it (an export needs it stored). */
  flush = (options?: { create?: boolean }): Promise<boolean> => this.saver.flush(options);

  /**
   * The page is going away (pagehide, beforeunload): sends the newest draft now, and keeps a
   * recovery copy of anything not known saved (a large draft cannot go as a keepalive request).
   */
  closeNow = (): void => {
    const position = this.saver.position();
    if (position.inStep) return;
    this.saver.sendNow();
    const draft = this.current();
    this.recovery.write({ itemId: this.item.id, baseUpdatedAt: position.storedUpdatedAt, sending: position.sending, draft });
    this.copyMayExist = true;
  };

  /** The service changed the item itself (status, copied decision): continue from it. */
  adopt = (item: AgendaItem): void => {
    const lockChanged = itemLock(item.status) !== itemLock(this.item.status);
    this.item = item;
    const before = this.current();
    const next = draftOf(item);
    if (lockChanged) {
      // Undo across a lock would rewind what the service froze or unfroze, and every such save
      // would be refused: the histories (the rich editors' too) start anew here.
      this.history = emptyHistory;
      this.draft = next;
      this.generation += 1;
    } else {
      const changed = changedDraftFields(before, next);
      const patch: Partial<ItemDraft> = {};
      for (const field of changed) Object.assign(patch, { [field]: next[field] });
      const after = { ...before, ...patch };
      this.history = recordFormChange(this.history, before, after, null, this.clock.now());
      this.apply(after, before);
    }
    this.saver.adopt(item, this.current());
    this.actionIssues = [];
    this.notify(true);
  };

  // --- Problems at fields ---------------------------------------------------------------------

  /** A field's own check (a date that is not one): the status says "Ei tallennettu" meanwhile. */
  setLocalIssue = (path: string, message: string | null): void => {
    if ((this.localIssues.get(path) ?? null) === message) return;
    if (message === null) this.localIssues.delete(path);
    else this.localIssues.set(path, message);
    this.notify(true);
  };

  /** An action the service refused for reasons at fields (no decision yet, say). */
  showIssues = (fields: readonly FieldIssue[] | undefined): void => {
    this.actionIssues = draftIssues(fields);
    this.notify(true);
  };

  private localIssueList(): FieldIssue[] {
    return [...this.localIssues].map(([path, message]) => ({ path, message }));
  }

  private issues(): FieldIssue[] {
    const local = this.localIssueList();
    const saving = this.saveState.kind === 'error' ? draftIssues(this.saveState.error.fields) : [];
    return [...local, ...saving, ...this.actionIssues];
  }

  dispose(): void {
    this.saver.dispose();
    if (this.viewTimer !== null) this.clock.clearTimeout(this.viewTimer);
    this.viewTimer = null;
  }
}
