// Eriävät mielipiteet (who, with or without a written statement) and the experts heard.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dissent, ExpertHeard } from '../../../../../shared/domain/meeting';
import { AttendeeSelect, PartFrame, SessionTextField, useFocusTarget } from './part-frame';
import { replaceRow, typingDelayMs } from './part-props';
import type { PartProps } from './part-props';
import { attendeeName, presentAt } from './session-rules';

export function DissentsPart({ detail, section, locked, issues, setHandling, flush, announce }: PartProps) {
  const { t } = useTranslation();
  const { focusTarget, setFocusTarget, focused } = useFocusTarget();
  const { handling } = section;
  const rows = handling.dissents;
  const options = presentAt(detail.meeting, detail.sections, section.id).filter((attendee) => attendee.kind === 'member').map((attendee) => ({ id: attendee.id, name: attendeeName(attendee) }));
  const set = (next: Dissent[], delayMs = 0) => { setHandling({ ...handling, dissents: next }, delayMs); };
  const what = t('meetingSession.dissents.heading');
  return (
    <PartFrame
      heading={what}
      issues={issues}
      addLabel={t('meetingSession.dissents.add')}
      disabled={locked || options.length === 0}
      focusTarget={focusTarget}
      onFocused={focused}
      testId="part-dissents"
      onAdd={() => {
        const id = crypto.randomUUID();
        set([...rows, { id, attendeeId: options[0]?.id ?? '', written: false, statement: '' }]);
        setFocusTarget(id);
        announce(t('meetingSession.announce.added', { what }));
      }}
    >
      {rows.map((row, index) => (
        <fieldset key={row.id} data-row={row.id} className="session-row" disabled={locked}>
          <legend className="visually-hidden">{t('meetingSession.dissents.row', { n: index + 1 })}</legend>
          <AttendeeSelect label={t('meetingSession.dissents.who')} value={row.attendeeId} options={options} disabled={locked} onChange={(attendeeId) => { set(replaceRow(rows, row.id, { attendeeId })); }} />
          <label className="checkbox session-row__check">
            <input type="checkbox" checked={row.written} onChange={(event) => { set(replaceRow(rows, row.id, { written: event.target.checked })); }} />
            {t('meetingSession.dissents.written')}
          </label>
          {row.written ? (
            <SessionTextField multiline className="session-row__wide" label={t('meetingSession.dissents.statement')} value={row.statement} disabled={locked} onChange={(statement) => { set(replaceRow(rows, row.id, { statement }), typingDelayMs); }} onCommit={flush} />
          ) : null}
          <button
            type="button"
            className="button button--quiet button--small session-row__remove session-remove"
            aria-label={t('meetingSession.dissents.remove')}
            onClick={() => {
              set(rows.filter((candidate) => candidate.id !== row.id));
              setFocusTarget('add');
              announce(t('meetingSession.announce.removed', { what }));
            }}
          >
            ×
          </button>
        </fieldset>
      ))}
    </PartFrame>
  );
}

/** An expert needs a name to be stored: the new one is written here first and added with its name. */
export function ExpertsPart({ section, locked, issues, setHandling, flush, announce }: PartProps) {
  const { t } = useTranslation();
  const { focusTarget, setFocusTarget, focused } = useFocusTarget();
  const [draft, setDraft] = useState({ name: '', title: '' });
  const { handling } = section;
  const rows = handling.experts;
  const set = (next: ExpertHeard[], delayMs = 0) => { setHandling({ ...handling, experts: next }, delayMs); };
  const what = t('meetingSession.experts.heading');
  const add = () => {
    if (draft.name.trim() === '') return;
    set([...rows, { id: crypto.randomUUID(), name: draft.name.trim(), title: draft.title.trim() }]);
    setDraft({ name: '', title: '' });
    setFocusTarget('new');
    announce(t('meetingSession.announce.added', { what }));
  };
  return (
    <PartFrame heading={what} issues={issues} disabled={locked} focusTarget={focusTarget} onFocused={focused} testId="part-experts">
      {rows.map((row, index) => (
        <fieldset key={row.id} data-row={row.id} className="session-row" disabled={locked}>
          <legend className="visually-hidden">{t('meetingSession.experts.row', { n: index + 1 })}</legend>
          <SessionTextField label={t('meetingSession.experts.name')} value={row.name} disabled={locked} onChange={(name) => { set(replaceRow(rows, row.id, { name }), typingDelayMs); }} onCommit={flush} />
          <SessionTextField className="session-row__wide" label={t('meetingSession.experts.title')} value={row.title} disabled={locked} onChange={(title) => { set(replaceRow(rows, row.id, { title }), typingDelayMs); }} onCommit={flush} />
          <button
            type="button"
            className="button button--quiet button--small session-row__remove session-remove"
            aria-label={`${t('meetingSession.experts.remove')}: ${row.name}`}
            onClick={() => {
              set(rows.filter((candidate) => candidate.id !== row.id));
              setFocusTarget('new');
              announce(t('meetingSession.announce.removed', { what }));
            }}
          >
            ×
          </button>
        </fieldset>
      ))}
      {locked ? null : (
        <div data-row="new" className="session-row">
          <SessionTextField label={t('meetingSession.experts.newName')} value={draft.name} disabled={locked} onChange={(name) => { setDraft({ ...draft, name }); }} onCommit={() => undefined} />
          <SessionTextField className="session-row__wide" label={t('meetingSession.experts.newTitle')} value={draft.title} disabled={locked} onChange={(title) => { setDraft({ ...draft, title }); }} onCommit={() => undefined} />
          <button type="button" className="button button--small session-row__add" disabled={draft.name.trim() === ''} onClick={add}>{t('meetingSession.experts.add')}</button>
        </div>
      )}
    </PartFrame>
  );
}
