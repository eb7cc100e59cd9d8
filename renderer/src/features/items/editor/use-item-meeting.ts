// The meeting an item is on, found from the meeting data the service keeps in sync on the item
// (date, "1/2024", body): while it is on one, those fields are the agenda's and read-only here.
// An item handled before meetings were kept (its numbers typed by hand) has no such meeting and
// keeps its fields editable.
import { useEffect, useState } from 'react';
import { call } from '../../../api';
import type { ItemStatus } from '../../../../../shared/domain/item';
import type { MeetingSummary } from '../../../../../shared/ipc/channels/meetings';
import { meetingNumberText } from '../../../../../shared/domain/meeting';

const onMeetingStatuses: readonly ItemStatus[] = ['esityslistalla', 'kasitelty', 'tarkastettu', 'julkaistu'];

interface ItemMeetingFacts {
  status: ItemStatus;
  meetingDate: string | null;
  meetingNumber: string;
  bodyName: string;
}

/** The meeting whose number, date and body the item carries, among a year's meetings. */
export function meetingOfItem(item: ItemMeetingFacts, meetings: readonly MeetingSummary[]): MeetingSummary | null {
  if (!onMeetingStatuses.includes(item.status) || item.meetingDate === null) return null;
  return meetings.find((meeting) => meeting.date === item.meetingDate && meetingNumberText(meeting) === item.meetingNumber.trim() && meeting.bodyName === item.bodyName) ?? null;
}

/**
 * The item's meeting, and whether that is known yet: until the year's meetings are read, an item
 * that may be on one shows no status steps (they would be refused, and flash away).
 */
export function useItemMeetingState(item: ItemMeetingFacts): { meeting: MeetingSummary | null; known: boolean } {
  const { status, meetingDate, meetingNumber, bodyName } = item;
  const key = `${status}|${meetingDate ?? ''}|${meetingNumber}|${bodyName}`;
  const [found, setFound] = useState<{ key: string; meeting: MeetingSummary | null } | null>(null);
  const mayBeOnMeeting = onMeetingStatuses.includes(status) && meetingDate !== null;
  useEffect(() => {
    if (!mayBeOnMeeting) return undefined;
    let live = true;
    void call('meetings:list', { year: Number(meetingDate.slice(0, 4)) }).then((envelope) => {
      if (!live) return;
      setFound({ key, meeting: envelope.ok ? meetingOfItem({ status, meetingDate, meetingNumber, bodyName }, envelope.value) : null });
    });
    return () => { live = false; };
  }, [key, mayBeOnMeeting, status, meetingDate, meetingNumber, bodyName]);
  if (!mayBeOnMeeting) return { meeting: null, known: true };
  return found?.key === key ? { meeting: found.meeting, known: true } : { meeting: null, known: false };
}

export function useItemMeeting(item: ItemMeetingFacts): MeetingSummary | null {
  return useItemMeetingState(item).meeting;
}
