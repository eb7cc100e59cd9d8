// The agenda item's workflow (domain.md, "Workflow") as the one table of allowed status changes:
// the service refuses any other change, and the editor offers exactly these actions.
// draft → in review → returned or approved → on the agenda → handled → minutes checked → published.
// The proposal can be reopened only before the meeting has handled the item: from then on the
// meeting changes only the decision, and once the minutes are checked nothing changes.
import { proposalFrozenStatuses, recordLockedStatuses } from './item';
import type { ItemStatus } from './item';

export const statusActions = [
  'sendToReview',
  'returnForChanges',
  'approve',
  'reopen',
  'putOnAgenda',
  'removeFromAgenda',
  'markHandled',
  'undoHandled',
  'markChecked',
  'publish',
] as const;
export type StatusAction = (typeof statusActions)[number];

export interface StatusTransition {
  to: ItemStatus;
  action: StatusAction;
}

/** From each status, the changes allowed, in the order the editor shows them (the usual next step first). */
export const statusTransitions: Record<ItemStatus, readonly StatusTransition[]> = {
  // The presenter may also approve their own draft directly.
  luonnos: [
    { to: 'tarkastettavana', action: 'sendToReview' },
    { to: 'hyvaksytty', action: 'approve' },
  ],
  tarkastettavana: [
    { to: 'hyvaksytty', action: 'approve' },
    { to: 'palautettu', action: 'returnForChanges' },
  ],
  palautettu: [
    { to: 'tarkastettavana', action: 'sendToReview' },
    { to: 'hyvaksytty', action: 'approve' },
  ],
  hyvaksytty: [
    { to: 'esityslistalla', action: 'putOnAgenda' },
    { to: 'luonnos', action: 'reopen' },
  ],
  esityslistalla: [
    { to: 'kasitelty', action: 'markHandled' },
    { to: 'hyvaksytty', action: 'removeFromAgenda' },
    { to: 'luonnos', action: 'reopen' },
  ],
  // Until the minutes are checked, a handled mark set by mistake can be taken back.
  kasitelty: [
    { to: 'tarkastettu', action: 'markChecked' },
    { to: 'esityslistalla', action: 'undoHandled' },
  ],
  tarkastettu: [{ to: 'julkaistu', action: 'publish' }],
  julkaistu: [],
};

export function isStatusChangeAllowed(from: ItemStatus, to: ItemStatus): boolean {
  return statusTransitions[from].some((transition) => transition.to === to);
}

/**
 * What the status locks: nothing; the approved proposal (the meeting's data and the decision stay
 * editable); or, once the minutes are checked, the whole item, which is then the record.
 */
export type ItemLock = 'none' | 'proposal' | 'record';

export function itemLock(status: ItemStatus): ItemLock {
  if (recordLockedStatuses.includes(status)) return 'record';
  return proposalFrozenStatuses.includes(status) ? 'proposal' : 'none';
}
