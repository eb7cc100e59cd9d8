// The item's status and the workflow's next steps from it: exactly the changes the service allows
// (shared/domain/item-workflow.ts), so a handled item offers no way to reopen its proposal.
import { useTranslation } from 'react-i18next';
import { statusTransitions } from '../../../../../shared/domain/item-workflow';
import type { ItemStatus } from '../../../../../shared/domain/item';

interface Props {
  status: ItemStatus;
  busy: boolean;
  onSetStatus: (status: ItemStatus) => void;
}

export function StatusActions({ status, busy, onSetStatus }: Props) {
  const { t } = useTranslation();
  return (
    <div className="status-actions">
      <span className={`status-badge status-badge--${status}`}>{t('editor.status.label', { status: t(`items.status.${status}`) })}</span>
      {statusTransitions[status].map(({ to, action }) => (
        <button key={to} type="button" className="button button--small" disabled={busy} onClick={() => { onSetStatus(to); }}>
          {t(`items.statusAction.${action}`)}
        </button>
      ))}
    </div>
  );
}
