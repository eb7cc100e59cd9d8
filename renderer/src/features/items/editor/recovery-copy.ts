// The recovery copy (Word's AutoRecover): when the page goes away with changes not known saved,
// the draft is written to localStorage, synchronously, in pagehide/beforeunload. The save sent
// at that moment usually lands, and then the copy is simply dropped on the next opening; it is
// what keeps the text when that save cannot land: a draft over the browser's 64 KiB keepalive
// limit, a save racing one already on its way (the later is refused as a CONFLICT), a refused
// save (an empty title), a renderer that died. The next opening of the item decides (decide()).
import { isSameDraft } from '../../../../../shared/domain/draft-changes';
import { itemDraftSchema, itemIssue } from '../../../../../shared/domain/item-schema';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';

export interface RecoveryCopy {
  itemId: string;
  /** The stored item's updatedAt the draft was edited on; null for a new item never stored. */
  baseUpdatedAt: string | null;
  /** A save that was on its way as the page closed: it may have landed. */
  sending: ItemDraft | null;
  draft: ItemDraft;
}

export interface RecoveryStorage {
  read: (itemId: string) => RecoveryCopy | null;
  write: (copy: RecoveryCopy) => void;
  remove: (itemId: string) => void;
}

/**
 * restore: the stored item is the one the copy was edited on (or the copy's own save that was on
 * its way): the copy's text goes back into the form and is saved. discard: the stored item says
 * what the copy says. conflict: someone saved another text since; the person chooses.
 */
export type RecoveryDecision = 'none' | 'restore' | 'discard' | 'conflict';

export function decideRecovery(copy: RecoveryCopy | null, stored: { updatedAt: string; draft: ItemDraft } | null): RecoveryDecision {
  if (!copy) return 'none';
  // The item is gone (deleted elsewhere): nothing to put the text into; the copy stays.
  if (!stored) return copy.baseUpdatedAt === null ? 'restore' : 'none';
  if (isSameDraft(stored.draft, copy.draft)) return 'discard';
  if (stored.updatedAt === copy.baseUpdatedAt) return 'restore';
  if (copy.sending && isSameDraft(stored.draft, copy.sending)) return 'restore';
  return 'conflict';
}

const keyPrefix = 'pykala.recovery.';
const contentRules: ReadonlySet<string> = new Set(Object.values(itemIssue));

/**
 * A copy from an older version of the app (whose draft had another shape) must not reach the
 * form: the draft passes the schema, except for the rules a person's unsaved text may break
 * (an empty title is exactly what a refused save leaves behind).
 */
function isDraft(value: unknown): value is ItemDraft {
  const parsed = itemDraftSchema.safeParse(value);
  return parsed.success || parsed.error.issues.every((issue) => contentRules.has(issue.message));
}

function parse(text: string | null, itemId: string): RecoveryCopy | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<RecoveryCopy> | null;
    if (value?.itemId !== itemId || !isDraft(value.draft)) return null;
    const sending = value.sending && isDraft(value.sending) ? value.sending : null;
    return { itemId, baseUpdatedAt: typeof value.baseUpdatedAt === 'string' ? value.baseUpdatedAt : null, sending, draft: value.draft };
  } catch {
    return null;
  }
}

/** localStorage: synchronous, so it can be written while the page unloads, and it survives it. */
export function localRecoveryStorage(storage: Storage = window.localStorage): RecoveryStorage {
  return {
    read: (itemId) => parse(storage.getItem(keyPrefix + itemId), itemId),
    write: (copy) => {
      try {
        storage.setItem(keyPrefix + copy.itemId, JSON.stringify(copy));
      } catch {
        // Over the quota: nothing more can be done while the page closes; the save was sent.
      }
    },
    remove: (itemId) => { storage.removeItem(keyPrefix + itemId); },
  };
}
