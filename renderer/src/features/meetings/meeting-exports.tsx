// The whole agenda and the whole minutes as Word files: made by the service (meetings:exportAgenda,
// meetings:exportMinutes) and saved as the item's exports are (a native dialog in the desktop
// app, a download in the browser host). The meeting with its items also goes into an exchange file
// (issue 10) for the meeting laptop, the same way.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, saveFile } from '../../api';
import type { AppError, Envelope, ExportFile } from '../../../../shared/ipc/define';
import { useToast } from '../../ui/toast';

interface Props {
  meetingId: string;
  /** The minutes exist once the meeting has started. */
  hasMinutes: boolean;
  onStart: () => void;
  onError: (error: AppError) => void;
}

export function MeetingExports({ meetingId, hasMinutes, onStart, onError }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const run = async (produce: () => Promise<Envelope<ExportFile>>) => {
    setBusy(true);
    onStart();
    try {
      const envelope = await produce();
      if (!envelope.ok) {
        onError(envelope.error);
        return;
      }
      const result = await saveFile(envelope.value);
      if (result.saved) toast.show({ text: t('meetings.exports.done', { fileName: envelope.value.fileName }) });
      else if (result.error) onError(result.error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="button-row export-buttons" role="group" aria-label={t('meetings.exports.heading')}>
      <button type="button" className="button button--small" disabled={busy} onClick={() => { void run(() => call('meetings:exportAgenda', { id: meetingId })); }}>
        {t('meetings.exports.agenda')}
      </button>
      {hasMinutes ? (
        <button type="button" className="button button--small" disabled={busy} onClick={() => { void run(() => call('meetings:exportMinutes', { id: meetingId })); }}>
          {t('meetings.exports.minutes')}
        </button>
      ) : null}
      <button type="button" className="button button--small" disabled={busy} onClick={() => { void run(() => call('exchange:export', { scope: { kind: 'meeting', id: meetingId } })); }}>
        {t('exchangeUi.exportMeeting')}
      </button>
    </div>
  );
}
