// The save loop of one thing the session screen changes (the meeting, or one §): each change is
// sent at once (a choice) or after a short pause (typing), one request at a time, and a change
// made while a save is on its way is sent right after it. What is not yet stored stays in
// `local`, laid over the stored state on screen, so a refused save (VALIDATION, CONFLICT) loses
// nothing the user typed: the next change sends it all again.
// Plain object, not a hook, so timers and the loop stay outside React's render rules.
import type { AppError, Envelope } from '../../../../../shared/ipc/define';
import { isStaleWrite } from '../../../ui/conflict-choice';

export interface QueueClock {
  setTimeout: (run: () => void, ms: number) => number;
  clearTimeout: (handle: number) => void;
}

const windowClock: QueueClock = {
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => { window.clearTimeout(handle); },
};

export interface QueueState<P> {
  /** Changes not yet stored (being sent, or waiting); null when the screen shows the stored state. */
  local: P | null;
  saving: boolean;
  error: AppError | null;
  /** A stale write: nothing is sent until the user chooses (reload or overwrite). */
  blocked: boolean;
}

export interface SaveQueue<P extends object> {
  /** Merge a change into the unsaved one; `delayMs` 0 sends now. */
  change: (patch: P, delayMs: number) => void;
  /** Send what waits now (a field was left, Enter). */
  flush: () => void;
  /** The page goes away: what waits is sent with `closing` so that it outlives the page. */
  sendClosing: () => void;
  /** The conflict choice: drop the unsaved changes, or send them again over the newest state. */
  discard: () => void;
  retry: () => void;
  state: () => QueueState<P>;
}

export interface QueueOptions<P extends object, R> {
  send: (patch: P, closing: boolean) => Promise<Envelope<R>>;
  onSaved: (result: R) => void;
  onState: () => void;
  clock?: QueueClock;
}

export function createSaveQueue<P extends object, R>({ send, onSaved, onState, clock = windowClock }: QueueOptions<P, R>): SaveQueue<P> {
  let local: P | null = null;
  let version = 0;
  let storedVersion = 0;
  let saving = false;
  let error: AppError | null = null;
  let blocked = false;
  let timer: number | null = null;

  const clearTimer = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  const flush = () => {
    clearTimer();
    if (saving || blocked || local === null || version === storedVersion) return;
    const sending = version;
    const patch = local;
    saving = true;
    onState();
    void send(patch, false).then((envelope) => {
      saving = false;
      if (envelope.ok) {
        storedVersion = sending;
        error = null;
        if (version === sending) local = null;
        onSaved(envelope.value);
      } else {
        error = envelope.error;
        // Not stored: `local` stays, and the next change (or the conflict choice) sends it again.
        blocked = isStaleWrite(envelope.error);
      }
      onState();
      // Changes made while this save was on its way go now: after a refusal too, since they may
      // be the very fix (the refused row removed), which must not wait for yet another change.
      if (version !== sending || (envelope.ok && version !== storedVersion)) flush();
    });
  };

  return {
    change: (patch, delayMs) => {
      local = { ...(local ?? {}), ...patch };
      version += 1;
      onState();
      clearTimer();
      if (delayMs <= 0) flush();
      else timer = clock.setTimeout(flush, delayMs);
    },
    flush,
    sendClosing: () => {
      clearTimer();
      if (local !== null && version !== storedVersion && !blocked) void send(local, true);
    },
    discard: () => {
      clearTimer();
      local = null;
      storedVersion = version;
      error = null;
      blocked = false;
      onState();
    },
    retry: () => {
      blocked = false;
      error = null;
      onState();
      flush();
    },
    state: () => ({ local, saving, error, blocked }),
  };
}
