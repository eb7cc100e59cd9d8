// The item's status and the workflow's next steps from it: exactly the changes the service allows
// (shared/domain/item-workflow.ts), so a handled item offers no way to reopen its proposal. Steps
// that cannot be undone (checking the minutes, publishing) ask for confirmation first.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusTransitions } from '../../../../../shared/domain/item-workflow';
import type { StatusTransition } from '../../../../../shared/domain/item-workflow';
import type { ItemStatus } from '../../../../../shared/domain/item';
import { Dialog } from '../../../ui/dialog';

interface Props {
  status: ItemStatus;
  busy: boolean;
  onSetStatus: (status: ItemStatus) => void;
}

const confirmedActions = ['markChecked', 'publish'] as const;
type ConfirmedAction = (typeof confirmedActions)[number];

function isConfirmed(action: StatusTransition['action']): action is ConfirmedAction {
  return (confirmedActions as readonly string[]).includes(action);
}

export function StatusActions({ status, busy, onSetStatus }: Props) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [confirming, setConfirming] = useState<(StatusTransition & { action: ConfirmedAction }) | null>(null);
  const choose = (transition: StatusTransition) => {
    if (isConfirmed(transition.action)) setConfirming({ ...transition, action: transition.action });
    else onSetStatus(transition.to);
  };
  return (
    <div className="status-actions">
      <span className={`status-badge status-badge--${status}`}>{t('editor.status.label', { status: t(`items.status.${status}`) })}</span>
      {statusTransitions[status].map((transition) => (
        <button key={transition.to} type="button" className="button button--small" disabled={busy} onClick={() => { choose(transition); }}>
          {t(`items.statusAction.${transition.action}`)}
        </button>
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
