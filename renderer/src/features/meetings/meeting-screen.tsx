// One meeting: its steps and exports on top; then either the agenda (with the meeting's data and
// the items that can be added) or, from the start of the meeting on, the session screen (the
// ui-session helper's MeetingSessionScreen), the choice kept in the address. Every agenda change
// is saved at once and said in a polite live region, so a screen-reader user hears where a moved
// item went and what its Asianro (and §) is now.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { MeetingStatus, StandardItemKind } from '../../../../shared/domain/meeting';
import type { MeetingDetail } from '../../../../shared/ipc/channels/meetings';
import type { AppError, Envelope } from '../../../../shared/ipc/define';
import { formatFinnishDate } from '../../../../shared/format/date';
import { isStaleWrite } from '../../ui/conflict-choice';
import { ErrorAlert } from '../../ui/error-alert';
import type { IssueDetail } from '../../ui/field-issues';
import { AgendaTable, sectionTitle } from './agenda-table';
import type { FocusTarget } from './agenda-table';
import type { CheckedMinutes } from './check-minutes-dialog';
import { DeleteMeeting } from './delete-meeting';
import { canRemoveSections, isInSessionOrLater, isMeetingLocked } from './meeting-format';
import { MeetingDataForm } from './meeting-data-form';
import { MeetingExports } from './meeting-exports';
import { closeMeeting, showView } from './meetings-location';
import type { MeetingsLocation } from './meetings-location';
import { PoolPanel } from './pool-panel';
import { MeetingSessionScreen } from './session/meeting-session-screen';
import { StandardItemsDialog } from './standard-items-dialog';
import { StatusSteps } from './status-steps';
import { useMeeting } from './use-meeting';

/** The service's own reasons (field messages) are said, not only the code's general text. */
function reasonsOf(error: AppError | null): IssueDetail[] {
  return (error?.fields ?? []).filter((field) => field.path !== 'expectedUpdatedAt');
}

export function MeetingScreen({ location }: { location: MeetingsLocation & { meetingId: string } }) {
  const { t } = useTranslation();
  const state = useMeeting(location.meetingId);
  const { detail, busy } = state;
  const [alert, setAlert] = useState<AppError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const [addingStandard, setAddingStandard] = useState(false);
  const back = (
    <a href={`#/meetings?year=${String(location.year)}`} className="button button--quiet" onClick={(event) => { event.preventDefault(); closeMeeting(detail?.meeting.year ?? location.year); }}>
      ← {t('meetings.page.back')}
    </a>
  );

  if (!detail) {
    return state.loadError ? (
      <div className="items-list">
        {back}
        <ErrorAlert error={state.loadError} />
      </div>
    ) : <p aria-busy="true">{t('meetings.page.loading')}</p>;
  }

  const { meeting, sections } = detail;
  const locked = isMeetingLocked(meeting.status);
  const inSession = isInSessionOrLater(meeting.status);
  const view = inSession ? (location.view ?? 'session') : 'agenda';
  const untitled = t('meetings.pool.untitled');
  const title = t('meetings.page.title', { body: meeting.bodyName, number: meeting.number, year: meeting.year });

  /** Runs an action; its refusal goes to the alert, with the service's reason. */
  const act = async (action: () => Promise<Envelope<MeetingDetail>>, said: (next: MeetingDetail) => string): Promise<MeetingDetail | null> => {
    setAlert(null);
    const envelope = await state.run(action);
    if (!envelope.ok) {
      setAlert(envelope.error);
      // Someone changed the meeting meanwhile: show it as it is now; the step can be taken again.
      if (isStaleWrite(envelope.error)) await state.reload();
      return null;
    }
    setAnnouncement(said(envelope.value));
    return envelope.value;
  };

  const add = (item: { id: string; title: string }) => {
    void act(() => call('meetings:addItem', { meetingId: meeting.id, itemId: item.id, position: null }), (next) => {
      const added = next.sections.find((section) => section.itemId === item.id);
      return t('meetings.agenda.added', { title: item.title, agendaNumber: (added?.position ?? next.sections.length - 1) + 1 });
    });
  };
  const addStandard = (kinds: StandardItemKind[]) => {
    setAddingStandard(false);
    void act(() => call('meetings:addStandardItems', { meetingId: meeting.id, kinds }), () => t('meetings.agenda.standardAdded', { count: kinds.length }));
  };
  const move = (section: MeetingDetail['sections'][number], toPosition: number, target: FocusTarget) => {
    const name = sectionTitle(section, untitled);
    void act(() => call('meetings:moveSection', { sectionId: section.id, toPosition }), (next) => {
      const moved = next.sections.find((candidate) => candidate.id === section.id);
      const agendaNumber = (moved?.position ?? toPosition) + 1;
      return moved?.sectionNumber == null
        ? t('meetings.agenda.moved', { title: name, agendaNumber })
        : t('meetings.agenda.movedSection', { title: name, agendaNumber, section: moved.sectionNumber });
    }).then((next) => { if (next) setFocus({ ...target }); });
  };
  const remove = (section: MeetingDetail['sections'][number]) => {
    const index = sections.findIndex((candidate) => candidate.id === section.id);
    void act(() => call('meetings:removeSection', { sectionId: section.id }), () => t('meetings.agenda.removed', { title: sectionTitle(section, untitled) })).then((next) => {
      const neighbour = next?.sections[Math.min(index, next.sections.length - 1)];
      if (neighbour) setFocus({ sectionId: neighbour.id, on: 'row' });
    });
  };
  const step = (status: MeetingStatus) => {
    void act(() => call('meetings:setStatus', { id: meeting.id, expectedUpdatedAt: meeting.updatedAt, status, minutesChecked: null }), () => t('meetings.steps.changed', { status: t(`meetings.status.${status}`) }));
  };
  const check = async (checked: CheckedMinutes) => {
    setAlert(null);
    // The checkers are meeting data; the step then states the updatedAt that save gave.
    const updated = await call('meetings:update', { id: meeting.id, expectedUpdatedAt: meeting.updatedAt, patch: { checkerIds: checked.checkerIds } });
    if (!updated.ok) {
      setAlert(updated.error);
      if (isStaleWrite(updated.error)) await state.reload();
      return;
    }
    await act(
      () => call('meetings:setStatus', { id: meeting.id, expectedUpdatedAt: updated.value.updatedAt, status: 'tarkastettu', minutesChecked: { date: checked.date, place: checked.place } }),
      () => t('meetings.steps.changed', { status: t('meetings.status.tarkastettu') }),
    );
  };

  return (
    <div className="meeting-page">
      <div className="item-editor__bar meeting-page__bar">
        {back}
        <h1 className="meeting-page__title">
          {title}
          <span className="meeting-page__when">{formatFinnishDate(meeting.date)}{meeting.startTime ? ` ${meeting.startTime}` : ''}</span>
        </h1>
        <StatusSteps meeting={meeting} busy={busy} onStep={step} onCheck={(checked) => { void check(checked); }} />
        <MeetingExports meetingId={meeting.id} hasMinutes={inSession} onStart={() => { setAlert(null); }} onError={setAlert} />
      </div>
      <ErrorAlert error={alert} details={reasonsOf(alert)} onDismiss={() => { setAlert(null); }} />
      <p role="status" aria-live="polite" className="visually-hidden" data-testid="agenda-announcement">{announcement}</p>
      {inSession ? (
        <div className="button-row meeting-page__views" role="group" aria-label={t('meetings.page.views')}>
          <button type="button" className="button button--small" aria-pressed={view === 'session'} onClick={() => { showView(location, 'session'); }}>{t('meetings.page.sessionView')}</button>
          <button type="button" className="button button--small" aria-pressed={view === 'agenda'} onClick={() => { showView(location, 'agenda'); }}>{t('meetings.page.agendaView')}</button>
        </div>
      ) : null}
      {view === 'session' ? (
        <MeetingSessionScreen key={`${meeting.id}-${meeting.status}`} meetingId={meeting.id} onStored={state.adopt} />
      ) : (
        <div className="meeting-page__columns">
          <section className="editor-section meeting-agenda" aria-labelledby="agenda-heading">
            <div className="meeting-agenda__head">
              <h2 id="agenda-heading" className="editor-section__title">{t('meetings.agenda.heading')}</h2>
              {locked ? null : (
                <button type="button" className="button button--small" disabled={busy} onClick={() => { setAddingStandard(true); }}>{t('meetings.standard.open')}</button>
              )}
            </div>
            <p className="field__hint">{locked ? t('meetings.agenda.locked') : t('meetings.agenda.reorderHint')}</p>
            <AgendaTable sections={sections} locked={locked} canRemove={canRemoveSections(meeting.status)} busy={busy} onMove={move} onRemove={remove} focus={focus} />
          </section>
          <div className="meeting-page__side">
            {locked ? null : <PoolPanel pool={state.pool} others={state.others} busy={busy} onAdd={add} />}
            <MeetingDataForm
              key={meeting.id}
              meeting={meeting}
              locked={locked}
              onSaved={(saved) => { state.adopt({ ...detail, meeting: saved }); }}
              readStored={async () => (await state.reload())?.meeting ?? null}
            />
            {canRemoveSections(meeting.status) ? (
              <div>
                <DeleteMeeting meeting={meeting} name={title} onError={setAlert} />
              </div>
            ) : null}
          </div>
        </div>
      )}
      {addingStandard ? (
        <StandardItemsDialog
          onAgenda={sections.flatMap((section) => (section.standardKind === null ? [] : [section.standardKind]))}
          busy={busy}
          onClose={() => { setAddingStandard(false); }}
          onAdd={addStandard}
        />
      ) : null}
    </div>
  );
}
