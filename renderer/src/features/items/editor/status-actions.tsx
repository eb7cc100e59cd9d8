// The item's status and the workflow's next steps from it: exactly the changes the service allows
// (shared/domain/item-workflow.ts), so a handled item offers no way to reopen its proposal. Steps
// that cannot be undone (checking the minutes, publishing) ask for confirmation first. An approved
// item goes onto a meeting ("Lisää kokoukseen…"), and an item on a meeting has no steps here: the
// meeting moves it on (item-steps.ts says why, and what stays for items from before meetings).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusTransition } from '../../../../../shared/domain/item-workflow';
import type { ItemStatus } from '../../../../../shared/domain/item';
import { missingParts } from '../../../../../shared/domain/item-completeness';
import type { CompletenessPart } from '../../../../../shared/domain/item-completeness';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { AppError } from '../../../../../shared/ipc/define';
import { Dialog } from '../../../ui/dialog';
import { AddToMeeting } from './add-to-meeting';
import { canAddToMeeting, manualTransitions } from './item-steps';
import { useItemMeetingState } from './use-item-meeting';

interface Props {
  status: ItemStatus;
  /** The form's draft: what the next steps still need is shown before anyone clicks. */
  draft: ItemDraft;
  busy: boolean;
  onSetStatus: (status: ItemStatus) => void;
  onAddToMeeting: (meetingId: string) => Promise<AppError | null>;
}

const confirmedActions = ['markChecked', 'publish'] as const;
type ConfirmedAction = (typeof confirmedActions)[number];

function isConfirmed(action: StatusTransition['action']): action is ConfirmedAction {
  return (confirmedActions as readonly string[]).includes(action);
}

/** The next steps that lack something, those lacking the same parts said in one line. */
function missingGroups(draft: ItemDraft, transitions: readonly StatusTransition[]): { actions: StatusTransition['action'][]; parts: CompletenessPart[] }[] {
  const groups = new Map<string, { actions: StatusTransition['action'][]; parts: CompletenessPart[] }>();
  for (const transition of transitions) {
    const parts = missingParts(draft, transition.to);
    if (parts.length === 0) continue;
    const key = parts.join();
    const group = groups.get(key) ?? { actions: [], parts };
    group.actions.push(transition.action);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function StatusActions({ status, draft, busy, onSetStatus, onAddToMeeting }: Props) {
  const { t } = useTranslation();
  const bodyId = useId();
  const { meeting, known } = useItemMeetingState({ status, meetingDate: draft.meetingDate, meetingNumber: draft.meetingNumber, bodyName: draft.bodyName });
  const onMeeting = meeting !== null;
  // Until it is known whether the item is on a meeting, no step: one offered might be refused.
  const transitions = known ? manualTransitions(status, onMeeting) : [];
  const [confirming, setConfirming] = useState<(StatusTransition & { action: ConfirmedAction }) | null>(null);
  const choose = (transition: StatusTransition) => {
    if (isConfirmed(transition.action)) setConfirming({ ...transition, action: transition.action });
    else onSetStatus(transition.to);
  };
  return (
    <div className="status-actions">
      <span className={`status-badge status-badge--${status}`}>{t('editor.status.label', { status: t(`items.status.${status}`) })}</span>
      {known && canAddToMeeting(status, onMeeting) ? <AddToMeeting busy={busy} onAdd={onAddToMeeting} /> : null}
      {transitions.map((transition) => (
        <button key={transition.to} type="button" className="button button--small" disabled={busy} onClick={() => { choose(transition); }}>
          {t(`items.statusAction.${transition.action}`)}
        </button>
      ))}
      {meeting ? (
        <p className="status-actions__missing" data-testid="item-handled-at">
          {t('editor.meeting.handledAt', { number: t('meetings.numberText', { number: meeting.number, year: meeting.year }) })}
        </p>
      ) : null}
      {missingGroups(draft, transitions).map((group) => (
        <p key={group.parts.join()} className="status-actions__missing" data-testid="missing-steps">
          {t('editor.status.missing', {
            count: group.actions.length,
            actions: group.actions.map((action) => `”${t(`items.statusAction.${action}`)}”`).join(` ${t('editor.status.and')} `),
            parts: group.parts.map((part) => t(`items.incomplete.${part}`)).join(', '),
          })}
        </p>
      ))}
      {confirming ? (
        <Dialog title={t(`editor.status.confirmTitle.${confirming.action}`)} role="alertdialog" describedBy={bodyId} onClose={() => { setConfirming(null); }}>
          <p id={bodyId}>{t(`editor.status.confirmBody.${confirming.action}`)}</p>
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" autoFocus onClick={() => { setConfirming(null); }}>{t('ui.actions.cancel')}</button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setConfirming(null);
                onSetStatus(confirming.to);
              }}
            >
              {t(`items.statusAction.${confirming.action}`)}
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
