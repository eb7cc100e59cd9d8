// "Poista kokous": only a meeting with nothing handled (the service refuses others, with its
// reason); its items go back to the pool. Asked first, and the list of the year is shown after.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { AppError } from '../../../../shared/ipc/define';
import { Dialog } from '../../ui/dialog';
import { useToast } from '../../ui/toast';
import { closeMeeting } from './meetings-location';

export function DeleteMeeting({ meeting, name, onError }: { meeting: Meeting; name: string; onError: (error: AppError) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [asking, setAsking] = useState(false);
  const remove = async () => {
    setAsking(false);
    const envelope = await call('meetings:delete', { id: meeting.id, expectedUpdatedAt: meeting.updatedAt });
    if (!envelope.ok) {
      onError(envelope.error);
      return;
    }
    toast.show({ text: t('meetings.data.deleted', { name }) });
    closeMeeting(meeting.year);
  };
  return (
    <>
      <button type="button" className="button button--small button--danger" onClick={() => { setAsking(true); }}>{t('meetings.data.delete')}</button>
      {asking ? (
        <Dialog title={t('meetings.data.delete')} role="alertdialog" describedBy="meeting-delete-body" onClose={() => { setAsking(false); }}>
          <p id="meeting-delete-body">{t('meetings.data.confirmDelete', { name })}</p>
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" autoFocus onClick={() => { setAsking(false); }}>{t('ui.actions.cancel')}</button>
            <button type="button" className="button button--danger-solid" onClick={() => { void remove(); }}>{t('ui.actions.delete')}</button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
