// The meeting on the laptop (issue 8): one screen for the secretary at the table. On the left the
// attendance and the §§ in order, on the right the chosen one. Every choice is saved at once and
// typing after a short pause (no save button); nothing here needs a network. Alt+PageDown and
// Alt+PageUp go to the next and previous § from anywhere on the screen (Alt+ArrowUp/Down already
// move a point in the rich texts); the keyboard lands on the § heading after each move.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../../shared/ipc/channels/meetings';
import { ConflictChoice } from '../../../ui/conflict-choice';
import { ErrorAlert } from '../../../ui/error-alert';
import { AttendancePanel } from './attendance-panel';
import { SectionPanel } from './section-panel';
import { sectionLabel } from './section-label';
import { meetingIssues, sectionIssues } from './session-issues';
import type { PartIssues } from './session-issues';
import { quorumAt } from './session-rules';
import { useMeetingSession } from './use-meeting-session';
import './session.css';

const attendanceEntry = 'attendance';

/**
 * The meeting page keeps its bar (steps, exports) stuck at the top of the scrolling area: the § list
 * sticks under it (--session-top) and is no taller than the room left below it (--session-nav-max),
 * since a sticky list taller than that is pushed up under the bar at the end of a short §. What takes
 * the keyboard scrolls into view below the bar.
 */
function useStickyOffset(root: RefObject<HTMLDivElement | null>, shown: boolean): void {
  useEffect(() => {
    const element = root.current;
    const main = element?.closest('.app__main');
    const bar = main?.querySelector('.item-editor__bar');
    if (!element || !main || !bar) return undefined;
    const measure = () => {
      const barHeight = Math.round(bar.getBoundingClientRect().height);
      element.style.setProperty('--session-top', `${String(barHeight)}px`);
      // The main area's padding (1rem) and the list's own gap under the bar.
      element.style.setProperty('--session-nav-max', `${String(Math.max(160, Math.floor(main.getBoundingClientRect().height - barHeight - 40)))}px`);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    observer.observe(main);
    return () => { observer.disconnect(); };
  }, [root, shown]);
}

/** The entry shown last for this meeting, so a reload returns to the same §. */
function rememberedEntry(meetingId: string): string {
  return window.sessionStorage.getItem(`pykala:session:${meetingId}`) ?? attendanceEntry;
}

interface Props {
  meetingId: string;
  /**
   * Each time a save is stored: the meeting page can adopt the new updatedAt, so that its next
   * step (closing the meeting) does not meet a conflict with this screen's own saves.
   */
  onStored?: (detail: MeetingDetail) => void;
}

export function MeetingSessionScreen({ meetingId, onStored }: Props) {
  // One store per meeting: another meeting starts afresh.
  return <SessionScreen key={meetingId} meetingId={meetingId} onStored={onStored} />;
}

function SessionScreen({ meetingId, onStored }: Props) {
  const { t } = useTranslation();
  const { store, snapshot } = useMeetingSession(meetingId);
  const stored = snapshot.stored;
  useEffect(() => { if (stored && onStored) onStored(stored); }, [stored, onStored]);
  const { detail } = snapshot;
  const flush = store.flush;
  const [currentId, setCurrentId] = useState(() => rememberedEntry(meetingId));
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useStickyOffset(root, detail !== null);
  const moved = useRef(false);
  const announce = useCallback((text: string) => { setAnnouncement(text); }, []);

  const sections = detail?.sections;
  const entries = useMemo(() => [attendanceEntry, ...(sections ?? []).map((section) => section.id)], [sections]);
  const current = sections?.find((section) => section.id === currentId) ?? null;
  const currentEntry = current ? current.id : attendanceEntry;

  const go = useCallback(
    (id: string) => {
      flush();
      moved.current = true;
      setCurrentId(id);
      window.sessionStorage.setItem(`pykala:session:${meetingId}`, id);
      const section = sections?.find((candidate) => candidate.id === id);
      announce(t('meetingSession.selected', { name: section ? sectionLabel(t, section) : t('meetingSession.attendanceEntry') }));
    },
    [flush, meetingId, sections, announce, t],
  );

  // After a move the keyboard is on the new heading, so Tab continues into what was chosen.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [currentId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'PageDown' && event.key !== 'PageUp')) return;
      event.preventDefault();
      const at = entries.indexOf(currentEntry);
      const next = entries[Math.min(entries.length - 1, Math.max(0, at + (event.key === 'PageDown' ? 1 : -1)))];
      if (next !== undefined && next !== currentEntry) go(next);
    };
    window.addEventListener('keydown', onKey);
    return () => { window.removeEventListener('keydown', onKey); };
  }, [entries, currentEntry, go]);

  if (snapshot.loadError) return <ErrorAlert error={snapshot.loadError} />;
  if (!detail) return <p aria-busy="true">{t('meetingSession.loading')}</p>;

  const { meeting } = detail;
  const allSections = detail.sections;
  const locked = meeting.status === 'tarkastettu' || meeting.status === 'julkaistu';
  const opening = quorumAt(meeting, allSections, null);
  const quorum = current ? quorumAt(meeting, allSections, current.id) : opening;
  const meetingProblems = meetingIssues(snapshot.meetingState.error);
  const sectionState = current ? snapshot.sectionStates.get(current.id) : null;
  const sectionProblems = sectionIssues(sectionState?.error ?? null);
  const general = [meetingProblems, sectionProblems].filter((problems): problems is PartIssues<string> => problems.general !== null);
  const saveText = snapshot.saveStatus === 'saving' ? t('meetingSession.save.saving') : snapshot.saveStatus === 'error' ? t('meetingSession.save.notSaved') : t('meetingSession.save.saved');

  return (
    <div className={locked ? 'session session--locked' : 'session'} ref={root}>
      {opening.hasQuorum ? null : <p className="session-warning" role="note" data-testid="quorum-warning">{t('meetingSession.quorum.warning')}</p>}
      {locked ? <p className="info-note">{t('meetingSession.frozen')}</p> : null}
      {snapshot.conflict ? (
        <ConflictChoice
          error={snapshot.conflict.error}
          busy={busy}
          onReload={() => { setBusy(true); void store.resolveConflict('reload').finally(() => { setBusy(false); }); }}
          onOverwrite={() => { setBusy(true); void store.resolveConflict('overwrite').finally(() => { setBusy(false); }); }}
        />
      ) : null}
      {general.map((problems, index) => <ErrorAlert key={index} error={problems.general} details={problems.unplaced} fieldsMarked={Object.keys(problems.byPart).length > 0} />)}
      <div className="session__body">
        <nav className="session__nav" aria-label={t('meetingSession.navLabel')}>
          {/* Always in view beside the §: the quorum where the meeting is, and whether all is saved. */}
          <p className={quorum.hasQuorum ? 'session-quorum' : 'session-quorum session-quorum--warning'} data-testid="quorum">
            <span className="session-quorum__where">{current?.sectionNumber ? t('meetingSession.quorum.atSection', { number: current.sectionNumber }) : t('meetingSession.quorum.atOpening')}: </span>
            {t(quorum.hasQuorum ? 'meetingSession.quorum.yes' : 'meetingSession.quorum.no', { present: quorum.present, seats: quorum.seats })}
          </p>
          <p className={snapshot.saveStatus === 'error' ? 'session__save session__save--error' : 'session__save'} role="status" data-testid="session-save-status">{saveText}</p>
          <p className="field__hint" id="session-nav-hint">{t('meetingSession.navHint')}</p>
          <ol className="session__nav-list">
            {entries.map((id) => {
              const section = allSections.find((candidate) => candidate.id === id);
              const selected = currentEntry === id;
              return (
                <li key={id}>
                  <button
                    type="button"
                    className={selected ? 'session__nav-item session__nav-item--current' : 'session__nav-item'}
                    aria-current={selected ? 'true' : undefined}
                    aria-keyshortcuts="Alt+PageDown Alt+PageUp"
                    onClick={() => { go(id); }}
                  >
                    {section ? sectionLabel(t, section) : t('meetingSession.attendanceEntry')}
                    {section?.outcome ? <span className="session__nav-outcome">{t(`meetingSession.outcome.${section.outcome}`)}</span> : null}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <div className="session__main">
          {current ? (
            <SectionPanel
              key={current.id}
              ref={headingRef}
              detail={detail}
              section={current}
              locked={locked}
              issues={sectionProblems}
              change={(patch, delayMs) => { store.changeSection(current.id, patch, delayMs); }}
              flush={flush}
              announce={announce}
            />
          ) : (
            <section aria-labelledby="session-attendance-heading">
              <h2 id="session-attendance-heading" ref={headingRef} tabIndex={-1} className="session-section__title">{t('meetingSession.attendanceEntry')}</h2>
              <AttendancePanel detail={detail} locked={locked} issues={meetingProblems} change={store.changeMeeting} flush={flush} />
            </section>
          )}
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="session-announcement">{announcement}</p>
    </div>
  );
}
