// PLACEHOLDER owned by the ui-session helper (branch wt-ui-session), who builds the real screen:
// attendance and the handling of each § at the table. The lead takes their version at merge; this
// file only lets the meeting page show where that screen goes.
import { useTranslation } from 'react-i18next';

export function MeetingSessionScreen({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  return (
    <section className="editor-section" aria-label={t('meetingSession.heading')} data-meeting-id={meetingId} data-testid="meeting-session-screen">
      <h2 className="editor-section__title">{t('meetingSession.heading')}</h2>
    </section>
  );
}
