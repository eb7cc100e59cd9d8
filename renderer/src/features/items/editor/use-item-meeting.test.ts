import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../../../shared/ipc/channels/meetings';
import { meetingOfItem } from './use-item-meeting';

const meeting = (over: Partial<MeetingSummary>): MeetingSummary => ({
  id: 'm1', bodyId: 'b1', bodyName: 'Sivistyslautakunta', year: 2024, number: 1, date: '2024-01-23', startTime: '17.00', place: '', status: 'suunniteltu', sectionCount: 3, firstSection: null, lastSection: null, isSample: false, ...over,
});

describe('the meeting an item is on', () => {
  const meetings = [meeting({}), meeting({ id: 'm2', bodyName: 'Kaupunginhallitus' }), meeting({ id: 'm3', number: 2, date: '2024-02-20' })];
  const item = { status: 'esityslistalla' as const, meetingDate: '2024-01-23', meetingNumber: '1/2024', bodyName: 'Sivistyslautakunta' };

  it('is the one with its number, date and body', () => {
    expect(meetingOfItem(item, meetings)?.id).toBe('m1');
    expect(meetingOfItem({ ...item, bodyName: 'Kaupunginhallitus' }, meetings)?.id).toBe('m2');
  });

  it('is none before the agenda, or for numbers typed by hand that match no meeting', () => {
    expect(meetingOfItem({ ...item, status: 'hyvaksytty' }, meetings)).toBeNull();
    expect(meetingOfItem({ ...item, meetingNumber: '5/2024' }, meetings)).toBeNull();
    expect(meetingOfItem({ ...item, meetingDate: null }, meetings)).toBeNull();
  });
});
