// How a § is named on the session screen: "§ 5 Otsikko", or "Asia 3: Otsikko" before numbering.
import type { TFunction } from 'i18next';
import type { MeetingDetail } from '../../../../../shared/ipc/channels/meetings';

export function sectionLabel(t: TFunction, section: MeetingDetail['sections'][number]): string {
  return section.sectionNumber === null
    ? t('meetingSession.agendaEntry', { number: section.position + 1, title: section.item.title })
    : t('meetingSession.sectionEntry', { number: section.sectionNumber, title: section.item.title });
}
