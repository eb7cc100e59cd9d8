// The agenda in order: Asianro (position + 1), § once the meeting has given them, the title (a
// confidential item shows its descriptive title, marked), the item's status, a link to the item,
// and taking an item off. Reordering three ways, each saved at once by the caller: dragging a row,
// Alt+ArrowUp/Down (Alt+Home/End) on a focused row, or its move buttons. Focus stays with the
// row (or the button) that moved, so a keyboard user can go on moving it.
import { useEffect, useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/ipc/channels/meetings';
import { dropTarget, keyboardMoveTarget } from './meeting-format';
import { itemHref, openItemFromMeeting } from './meetings-location';

type Section = MeetingDetail['sections'][number];
export type FocusTarget = { sectionId: string; on: 'row' | 'up' | 'down' };

interface Props {
  sections: Section[];
  /** Checked minutes: no reordering. */
  locked: boolean;
  canRemove: boolean;
  busy: boolean;
  onMove: (section: Section, toPosition: number, focus: FocusTarget) => void;
  onRemove: (section: Section) => void;
  /** Where focus goes after the next answer (set by the caller with the move). */
  focus: FocusTarget | null;
}

export function sectionTitle(section: Section, untitled: string): string {
  return section.item.title.trim() === '' ? untitled : section.item.title;
}

export function AgendaTable({ sections, locked, canRemove, busy, onMove, onRemove, focus }: Props) {
  const { t } = useTranslation();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const dragged = useRef<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const untitled = t('meetings.pool.untitled');

  useEffect(() => {
    if (focus === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(focus.sectionId)}"]`);
    const button = focus.on === 'row' ? null : row?.querySelector<HTMLButtonElement>(`[data-move="${focus.on}"]:not(:disabled)`);
    (button ?? row)?.focus();
  }, [focus, sections]);

  const move = (section: Section, target: number | null, on: FocusTarget['on']) => {
    if (target === null || locked || busy) return;
    onMove(section, target, { sectionId: section.id, on });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, section: Section, index: number) => {
    const target = keyboardMoveTarget(event.key, event.altKey, index, sections.length);
    if (target === null) return;
    event.preventDefault();
    move(section, target, 'row');
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    setOver(null);
    const from = dragged.current;
    dragged.current = null;
    const section = from === null ? undefined : sections[from];
    if (from === null || !section) return;
    move(section, dropTarget(from, index, sections.length), 'row');
  };

  return (
    <table className="items-table agenda-table">
      <caption className="visually-hidden">{t('meetings.agenda.tableLabel')}</caption>
      <thead>
        <tr>
          {locked ? null : <th scope="col" className="agenda-table__move">{t('meetings.agenda.columns.move')}</th>}
          <th scope="col" className="agenda-table__number">{t('meetings.agenda.columns.agendaNumber')}</th>
          <th scope="col" className="agenda-table__number">{t('meetings.agenda.columns.section')}</th>
          <th scope="col">{t('meetings.agenda.columns.title')}</th>
          <th scope="col">{t('meetings.agenda.columns.status')}</th>
          <th scope="col">{t('meetings.agenda.columns.actions')}</th>
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {sections.length === 0 ? (
          <tr>
            <td colSpan={locked ? 5 : 6} className="table__empty">{t('meetings.agenda.empty')}</td>
          </tr>
        ) : null}
        {sections.map((section, index) => {
          const title = sectionTitle(section, untitled);
          const agendaNumber = section.position + 1;
          return (
            <tr
              key={section.id}
              data-section-id={section.id}
              data-testid="agenda-row"
              className={`agenda-row${over === index ? ' agenda-row--over' : ''}`}
              tabIndex={locked ? undefined : 0}
              aria-label={t('meetings.agenda.rowLabel', { agendaNumber, title })}
              aria-keyshortcuts={locked ? undefined : 'Alt+ArrowUp Alt+ArrowDown'}
              draggable={!locked && !busy}
              onKeyDown={(event) => { onKeyDown(event, section, index); }}
              onDragStart={(event) => {
                dragged.current = index;
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', section.id);
              }}
              onDragOver={(event) => {
                if (dragged.current === null) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setOver(index);
              }}
              onDragLeave={() => { setOver((current) => (current === index ? null : current)); }}
              onDragEnd={() => { dragged.current = null; setOver(null); }}
              onDrop={(event) => { onDrop(event, index); }}
            >
              {locked ? null : (
                <td className="agenda-table__move">
                  <span className="agenda-row__handle" aria-hidden="true" title={t('meetings.agenda.dragHandle')}>⠿</span>
                  <button type="button" className="button button--small button--icon" data-move="up" aria-label={t('meetings.agenda.moveUp', { title })} disabled={busy || index === 0} onClick={() => { move(section, index - 1, 'up'); }}>↑</button>
                  <button type="button" className="button button--small button--icon" data-move="down" aria-label={t('meetings.agenda.moveDown', { title })} disabled={busy || index === sections.length - 1} onClick={() => { move(section, index + 1, 'down'); }}>↓</button>
                </td>
              )}
              <td className="agenda-table__number" data-testid="agenda-number">{agendaNumber}</td>
              <td className="agenda-table__number" data-testid="section-number">{section.sectionNumber === null ? '' : `§ ${String(section.sectionNumber)}`}</td>
              <th scope="row" className="agenda-table__title">
                <span data-testid="agenda-title">{title}</span>
                {section.item.publicity.kind === 'confidential' ? <span className="tag tag--confidential">{t('meetings.agenda.confidential')}</span> : null}
                {section.standardKind === null ? null : <span className="tag">{t('meetings.agenda.standard')}</span>}
                {section.item.caseNumber ? <span className="agenda-table__case">{section.item.caseNumber}</span> : null}
              </th>
              <td>{t(`items.status.${section.item.status}`)}</td>
              <td className="items-table__actions">
                <a
                  href={itemHref(section.item.id)}
                  className="button button--small"
                  aria-label={t('meetings.agenda.openItem', { title })}
                  onClick={(event) => { event.preventDefault(); openItemFromMeeting(section.item.id); }}
                >
                  {t('meetings.agenda.open')}
                </a>
                {canRemove ? (
                  <button type="button" className="button button--small button--danger" disabled={busy} aria-label={t('meetings.agenda.removeNamed', { title })} onClick={() => { onRemove(section); }}>
                    {t('meetings.agenda.remove')}
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
