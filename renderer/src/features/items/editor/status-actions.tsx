// The item's status and the presenter's actions on it. Approving freezes the proposal; reopening
// returns it to draft so it can change (and must be approved again).
import { useTranslation } from 'react-i18next';
import { proposalFrozenStatuses } from '../../../../../shared/domain/item';
import type { ItemStatus } from '../../../../../shared/domain/item';

interface Props {
  status: ItemStatus;
  busy: boolean;
  onSetStatus: (status: ItemStatus) => void;
}

export function StatusActions({ status, busy, onSetStatus }: Props) {
  const { t } = useTranslation();
  const frozen = proposalFrozenStatuses.includes(status);
  const actions: { to: ItemStatus; label: string }[] = frozen
    ? [{ to: 'luonnos', label: t('editor.status.reopen') }]
    : [
        ...(status === 'tarkastettavana' ? [] : [{ to: 'tarkastettavana' as const, label: t('editor.status.sendToReview') }]),
        { to: 'hyvaksytty', label: t('editor.status.approve') },
      ];
  return (
    <div className="status-actions">
      <span className={`status-badge status-badge--${status}`}>{t('editor.status.label', { status: t(`items.status.${status}`) })}</span>
      {actions.map((action) => (
        <button key={action.to} type="button" className="button button--small" disabled={busy} onClick={() => { onSetStatus(action.to); }}>
          {action.label}
        </button>
      ))}
    </div>
  );
}
