// The item's status and the workflow's next steps from it: exactly the changes the service allows
// (shared/domain/item-workflow.ts), so a handled item offers no way to reopen its proposal. Steps
// that cannot be undone (checking the minutes, publishing) ask for confirmation first. An approved
// item goes onto a meeting ("Lisää kokoukseen…"), and an item on a meeting has no steps here: the
// meeting moves it on (item-steps.ts says why, and what stays for items from before meetings).
// The review round's steps (issue 9) open their dialogs (a message to send with, a reason to return
// for) and are offered only to whom they belong: approving and returning to the item's presenter or a
// deputy presenter; anyone else reads who can.
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
import { canAddToMeeting, offeredSteps, stepRoute } from './item-steps';
import { ReturnDialog, SendDialog } from './review-dialogs';
import { useItemMeetingState } from './use-item-meeting';

interface Props {
  status: ItemStatus;
  /** The form's draft: what the next steps still need is shown before anyone clicks. */
  draft: ItemDraft;
  busy: boolean;
  /** Whether the current user may approve or return this item (review:state, or the rule for a new item). */
  canReview: boolean;
  onSetStatus: (status: ItemStatus) => void;
  /** The review round: null when done (or the bar says why not), else the refusal for the dialog. */
  onSend: (message: string) => Promise<AppError | null>;
  onApprove: () => void;
  onReturn: (reason: string) => Promise<AppError | null>;
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

export function StatusActions({ status, draft, busy, canReview, onSetStatus, onSend, onApprove, onReturn, onAddToMeeting }: Props) {
  const { t } = useTranslation();
  const bodyId = useId();
  const { meeting, known } = useItemMeetingState({ status, meetingDate: draft.meetingDate, meetingNumber: draft.meetingNumber, bodyName: draft.bodyName });
  const onMeeting = meeting !== null;
  // Until it is known whether the item is on a meeting, no step: one offered might be refused.
  const { steps: transitions, reviewerOnly } = known ? offeredSteps(status, onMeeting, canReview) : { steps: [], reviewerOnly: false };
  const [confirming, setConfirming] = useState<(StatusTransition & { action: ConfirmedAction }) | null>(null);
  const [writing, setWriting] = useState<'send' | 'return' | null>(null);
  const choose = (transition: StatusTransition) => {
    const route = stepRoute(transition.action);
    switch (route) {
      case 'send':
      case 'return':
        setWriting(route);
        return;
      case 'approve':
        onApprove();
        return;
      case 'status':
        if (isConfirmed(transition.action)) setConfirming({ ...transition, action: transition.action });
        else onSetStatus(transition.to);
    }
  };
  const presenter = draft.presenterName.trim();
  return (
    <div className="status-actions">
      <span className={`status-badge status-badge--${status}`}>{t('editor.status.label', { status: t(`items.status.${status}`) })}</span>
      {known && canAddToMeeting(status, onMeeting) ? <AddToMeeting busy={busy} onAdd={onAddToMeeting} /> : null}
      {transitions.map((transition) => (
        <button key={transition.to} type="button" className="button button--small" disabled={busy} onClick={() => { choose(transition); }}>
          {t(`items.statusAction.${transition.action}`)}
        </button>
      ))}
      {reviewerOnly ? (
        <p className="status-actions__missing" data-testid="review-only-presenter">
          {presenter === '' ? t('review.round.onlyPresenterAny') : t('review.round.onlyPresenter', { presenter })}
        </p>
      ) : null}
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
      {writing === 'send' ? <SendDialog presenterName={draft.presenterName} onSubmit={onSend} onClose={() => { setWriting(null); }} /> : null}
      {writing === 'return' ? <ReturnDialog onSubmit={onReturn} onClose={() => { setWriting(null); }} /> : null}
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
