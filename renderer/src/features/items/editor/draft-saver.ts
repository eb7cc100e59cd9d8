// The save loop behind autosave (architecture.md, "Autosave and closing"): one request at a time,
// the newest draft wins, a change made while a save is on its way is saved right after it.
// Timing: a save ~600 ms after the last change, and at the latest 2 s after the first unsaved one,
// so continuous typing is saved at least every 2 s (a debounce alone restarts on every key).
// flush() saves now and tells whether the stored item says what the form showed; sendNow() is
// the page-is-going-away path: it starts the request synchronously and never awaits anything.
// A draft whose every field is the very value last saved is not sent. That test is by reference,
// not by meaning (draft-changes.ts): comparing a 30-page text by meaning takes 100–300 ms here,
// too long between two keystrokes; a text typed and deleted again is sent, and the service
// (which compares by meaning) answers with the stored item and writes no version. An item that
// was never stored (a new one) is created by its first real change, compared by meaning (a new
// item's text is short), or by a flush that asks for it.
// Plain object, not a hook, so the timers and the recursion stay outside React's render rules.
import { isSameDraft } from '../../../../../shared/domain/draft-changes';
import type { AgendaItem } from '../../../../../shared/domain/item';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { draftOf } from '../../../../../shared/domain/item-schema';
import type { AppError, Envelope } from '../../../../../shared/ipc/define';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** A new item nobody has changed yet: nothing is stored, and nothing needs to be. */
  | { kind: 'new' }
  | { kind: 'error'; error: AppError };

export interface SaverClock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => number;
  clearTimeout: (handle: number) => void;
}

export interface UpdateInput {
  id: string;
  draft: ItemDraft;
  expectedUpdatedAt: string;
}

export interface CreateInput {
  id: string;
  draft: ItemDraft;
}

/** How a save reaches the service; `closing` asks for a request that outlives the page. */
export interface SaverTransport {
  update: (input: UpdateInput, closing: boolean) => Promise<Envelope<AgendaItem>>;
  create: (input: CreateInput, closing: boolean) => Promise<Envelope<AgendaItem>>;
  get: (id: string) => Promise<Envelope<AgendaItem>>;
}

export interface SaverOptions {
  id: string;
  /** The stored item's updatedAt, or null for a new item that is not stored yet. */
  storedUpdatedAt: string | null;
  /** What the database holds (or, for a new item, what it would hold if created untouched). */
  baseline: ItemDraft;
  /** The form's draft now: read when a save is sent, so the newest text always goes. */
  current: () => ItemDraft;
  transport: SaverTransport;
  onState: (state: SaveState) => void;
  onSaved: (item: AgendaItem) => void;
  clock?: SaverClock;
  debounceMs?: number;
  maxWaitMs?: number;
}

/** What a recovery copy needs to know about the saves on their way (recovery-copy.ts). */
export interface SaverPosition {
  storedUpdatedAt: string | null;
  /** The draft of a save still on its way, which may or may not have landed. */
  sending: ItemDraft | null;
  inStep: boolean;
}

export interface DraftSaver {
  /** Something in the draft changed: save it soon. */
  touch: () => void;
  /**
   * Saves whatever is unsaved now (after any save on its way). True only when the stored item
   * says what the form held when flush was called. `create` stores a new item even untouched
   * (an export or a status change needs a stored item).
   */
  flush: (options?: { create?: boolean }) => Promise<boolean>;
  /** The page is going away: send the newest draft now, without awaiting anything first. */
  sendNow: () => void;
  /**
   * After the service changed the item itself (status, decision), continue from it. `formDraft`
   * is the form's draft that now says what the item says (the form keeps its own unchanged values).
   */
  adopt: (item: AgendaItem, formDraft: ItemDraft) => void;
  position: () => SaverPosition;
  isStored: () => boolean;
  dispose: () => void;
}

export const defaultDebounceMs = 600;
export const defaultMaxWaitMs = 2000;

/** Every field the very value it was: what the form did not touch since. */
export function sameValues(a: ItemDraft, b: ItemDraft): boolean {
  return a === b || (Object.keys(b) as (keyof ItemDraft)[]).every((key) => a[key] === b[key]);
}

const windowClock: SaverClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => { window.clearTimeout(handle); },
};

export function createDraftSaver(options: SaverOptions): DraftSaver {
  const { id, current, transport, onState, onSaved } = options;
  const clock = options.clock ?? windowClock;
  const debounceMs = options.debounceMs ?? defaultDebounceMs;
  const maxWaitMs = options.maxWaitMs ?? defaultMaxWaitMs;
  let version = options.storedUpdatedAt;
  /** What the database holds as far as this form knows; null after a CONFLICT (someone else saved). */
  let saved: ItemDraft | null = options.baseline;
  /** When the oldest change not yet sent was made, for the maximum wait. */
  let unsentSince: number | null = null;
  let inFlight: Promise<boolean> | null = null;
  let sending: ItemDraft | null = null;
  let timer: number | null = null;
  let lastError: AppError | null = null;

  const clearTimer = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  /** The form says what was saved; a new item compares by meaning (typed and deleted is no change). */
  const unchanged = (before: ItemDraft, after: ItemDraft) => (version === null ? isSameDraft(before, after) : sameValues(before, after));
  const inStep = (draft: ItemDraft) => version !== null && saved !== null && sameValues(saved, draft);
  const untouchedNew = (draft: ItemDraft) => version === null && saved !== null && isSameDraft(saved, draft);

  const settle = () => {
    const draft = current();
    if (lastError) onState({ kind: 'error', error: lastError });
    else if (untouchedNew(draft)) onState({ kind: 'new' });
    else if (inStep(draft)) onState({ kind: 'saved' });
  };

  /**
   * A CONFLICT may be this very text saved already: by the save a closing page sent (it lands
   * after the page reopened and read the item), or by a second create of the same new item. Then
   * the stored item is the form's, and nothing was overwritten or lost.
   */
  const unlessAlreadyStored = async (draft: ItemDraft, envelope: Envelope<AgendaItem>): Promise<Envelope<AgendaItem>> => {
    if (envelope.ok || envelope.error.code !== 'CONFLICT') return envelope;
    const stored = await transport.get(id);
    return stored.ok && isSameDraft(draftOf(stored.value), draft) ? stored : envelope;
  };

  /** One request. Resolves true when the service stored `draft`. */
  const send = (draft: ItemDraft, closing: boolean): Promise<boolean> => {
    onState({ kind: 'saving' });
    sending = draft;
    const request = version === null ? transport.create({ id, draft }, closing) : transport.update({ id, draft, expectedUpdatedAt: version }, closing);
    // A closing page does not wait for the answer, so it does not ask again either.
    const done = (closing ? request : request.then((envelope) => unlessAlreadyStored(draft, envelope))).then(
      (envelope): boolean => {
        if (sending === draft) sending = null;
        if (!envelope.ok) {
          // CONFLICT: the stored item is someone else's now; the form must not claim to match it.
          if (envelope.error.code === 'CONFLICT') saved = null;
          lastError = envelope.error;
          return false;
        }
        version = envelope.value.updatedAt;
        saved = draft;
        lastError = null;
        onSaved(envelope.value);
        return true;
      },
      (): boolean => {
        if (sending === draft) sending = null;
        lastError = { code: 'DB_UNAVAILABLE', message: 'The save did not reach the app' };
        return false;
      },
    );
    inFlight = done;
    void done.then(() => { if (inFlight === done) inFlight = null; });
    return done;
  };

  const flush = async ({ create = false } = {}): Promise<boolean> => {
    clearTimer();
    for (;;) {
      if (inFlight) {
        await inFlight;
        continue;
      }
      if (saved === null) {
        // After a CONFLICT nothing is sent: only reloading the item can bring the form in step.
        settle();
        return false;
      }
      const draft = current();
      unsentSince = null;
      if (unchanged(saved, draft) && !(version === null && create)) {
        // In step (a new item nobody changed needs no row either).
        lastError = null;
        settle();
        return true;
      }
      const ok = await send(draft, false);
      // Changes made while this save was on its way are saved by their own timer.
      if (ok && !sameValues(draft, current())) schedule();
      else settle();
      return ok;
    }
  };

  function schedule(): void {
    const now = clock.now();
    unsentSince ??= now;
    const waited = now - unsentSince;
    clearTimer();
    timer = clock.setTimeout(() => {
      timer = null;
      void flush();
    }, Math.max(0, Math.min(debounceMs, maxWaitMs - waited)));
  }

  return {
    touch() {
      lastError = lastError?.code === 'CONFLICT' ? lastError : null;
      onState(saved === null && lastError ? { kind: 'error', error: lastError } : { kind: 'saving' });
      schedule();
    },
    flush,
    sendNow() {
      clearTimer();
      if (saved === null) return;
      const draft = current();
      // Nothing new since the last save (or since the save on its way, which carries it).
      if (unchanged(sending ?? saved, draft)) return;
      unsentSince = null;
      // Not awaiting a save on its way: by then the page is gone. If both reach the service, the
      // later is refused as a CONFLICT and the recovery copy (recovery-copy.ts) has the text.
      void send(draft, true);
    },
    adopt(item, formDraft) {
      // The service's item is now the form's state: a refused draft still pending would be sent
      // against it (and refused again, say as FROZEN after the minutes were checked), so it goes.
      clearTimer();
      version = item.updatedAt;
      saved = formDraft;
      unsentSince = null;
      lastError = null;
      onState({ kind: 'saved' });
    },
    position: () => ({ storedUpdatedAt: version, sending, inStep: sending === null && (inStep(current()) || untouchedNew(current())) }),
    isStored: () => version !== null,
    dispose: clearTimer,
  };
}
