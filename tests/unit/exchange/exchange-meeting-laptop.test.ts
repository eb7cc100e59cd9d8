// Issue 10, the meeting laptop: the office exports the next meeting, the laptop (an empty data
// folder) imports it, the secretary records the meeting there through the meeting services, the
// laptop exports it and the office imports it: updated, not a conflict, each changed item with a
// new version noting the file; the same file a second time is skipped whole.
import { afterEach, describe, expect, it } from 'vitest';
import { call, closeMachines, demoMachine, emptyMachine, exportFrom, importInto, query } from './helpers';
import type { Machine } from './helpers';

afterEach(closeMachines);

async function nextMeetingId(office: Machine): Promise<string> {
  const meetings = await call(office, 'meetings:list', { year: 2024 });
  const planned = meetings.find((meeting) => meeting.status === 'suunniteltu');
  if (!planned) throw new Error('the demo has a planned meeting');
  return planned.id;
}

/** The secretary at the table: the agenda sent, the meeting opened, every § approved, the meeting closed. */
async function holdMeeting(laptop: Machine, meetingId: string): Promise<void> {
  let detail = await call(laptop, 'meetings:get', { id: meetingId });
  detail = await call(laptop, 'meetings:setStatus', { id: meetingId, expectedUpdatedAt: detail.meeting.updatedAt, status: 'esityslista_lahetetty', minutesChecked: null });
  detail = await call(laptop, 'meetings:setStatus', { id: meetingId, expectedUpdatedAt: detail.meeting.updatedAt, status: 'kokouksessa', minutesChecked: null });
  for (const section of detail.sections) {
    await call(laptop, 'meetings:updateSection', { sectionId: section.id, expectedUpdatedAt: section.updatedAt, outcome: 'hyvaksytty' });
  }
  detail = await call(laptop, 'meetings:get', { id: meetingId });
  await call(laptop, 'meetings:setStatus', { id: meetingId, expectedUpdatedAt: detail.meeting.updatedAt, status: 'paattynyt', minutesChecked: null });
}

describe('the meeting laptop round trip', () => {
  it('brings the recorded meeting back to the office as updates, and the same file again changes nothing', async () => {
    const office = await demoMachine();
    const meetingId = await nextMeetingId(office);
    const outgoing = await exportFrom(office, { kind: 'meeting', id: meetingId });
    expect(outgoing.fileName).toMatch(/Sivistyslautakunta 2-2024 - siirtotiedosto\.pykala$/u);

    const laptop = emptyMachine();
    const received = await importInto(laptop, outgoing);
    expect(received.conflicts).toBe(0);
    expect(received.entries.filter((entry) => entry.kind === 'meeting').map((entry) => entry.action)).toEqual(['added', 'added']);

    await holdMeeting(laptop, meetingId);
    // The laptop continued the body's § numbers from the earlier meeting it received with the file.
    const numbers = query<{ section_number: number }>(laptop, 'SELECT section_number FROM meeting_sections WHERE meeting_id = ? ORDER BY position', meetingId).map((row) => row.section_number);
    expect(numbers[0]).toBe(9);

    const returning = await exportFrom(laptop, { kind: 'meeting', id: meetingId });
    const itemsOnMeeting = query<{ item_id: string }>(laptop, 'SELECT item_id FROM meeting_sections WHERE meeting_id = ?', meetingId).map((row) => row.item_id);
    const versionsBefore = query<{ item_id: string; version: number }>(office, 'SELECT item_id, max(version) AS version FROM item_versions GROUP BY item_id');

    const back = await importInto(office, returning);

    expect(back.conflicts).toBe(0);
    expect(back.adoptedOrganisation).toBe(false);
    const meetingEntry = back.entries.find((entry) => entry.kind === 'meeting' && entry.id === meetingId);
    expect(meetingEntry?.action).toBe('updated');
    expect(back.entries.filter((entry) => entry.kind === 'item' && itemsOnMeeting.includes(entry.id)).map((entry) => entry.action)).toEqual(itemsOnMeeting.map(() => 'updated'));
    // The earlier meeting and the body did not change on the laptop: skipped, unchanged.
    for (const entry of back.entries.filter((candidate) => candidate.action === 'skipped')) expect(entry.reason).toBe('ei muutoksia');

    const officeMeeting = query<{ status: string }>(office, 'SELECT status FROM meetings WHERE id = ?', meetingId)[0];
    expect(officeMeeting?.status).toBe('paattynyt');
    const officeSections = query<{ section_number: number; outcome: string }>(office, 'SELECT section_number, outcome FROM meeting_sections WHERE meeting_id = ? ORDER BY position', meetingId);
    expect(officeSections.map((section) => section.section_number)).toEqual(numbers);
    expect(officeSections.every((section) => section.outcome === 'hyvaksytty')).toBe(true);
    const laptopItems = query<{ id: string; status: string; decision: string | null }>(laptop, `SELECT id, status, decision FROM agenda_items WHERE id IN (${itemsOnMeeting.map(() => '?').join(',')}) ORDER BY id`, ...itemsOnMeeting);
    const officeItems = query<{ id: string; status: string; decision: string | null }>(office, `SELECT id, status, decision FROM agenda_items WHERE id IN (${itemsOnMeeting.map(() => '?').join(',')}) ORDER BY id`, ...itemsOnMeeting);
    expect(officeItems).toEqual(laptopItems);
    expect(officeItems.every((item) => item.status === 'kasitelty')).toBe(true);
    // Each updated item has a new version, reason 'update', noting the file.
    for (const itemId of itemsOnMeeting) {
      const newest = query<{ version: number; reason: string; note: string }>(office, 'SELECT version, reason, note FROM item_versions WHERE item_id = ? ORDER BY version DESC LIMIT 1', itemId)[0];
      const before = versionsBefore.find((row) => row.item_id === itemId)?.version ?? 0;
      expect(newest).toEqual({ version: before + 1, reason: 'update', note: `Tuotu siirtotiedostosta ${returning.fileName}` });
      expect(query<{ version: number }>(office, 'SELECT version FROM agenda_items WHERE id = ?', itemId)[0]?.version).toBe(before + 1);
    }

    const rowsAfter = query(office, 'SELECT * FROM agenda_items ORDER BY id');
    const again = await importInto(office, returning);
    expect(again.entries.length).toBe(back.entries.length);
    expect(again.entries.every((entry) => entry.action === 'skipped' && entry.reason === 'ei muutoksia')).toBe(true);
    expect(query(office, 'SELECT * FROM agenda_items ORDER BY id')).toEqual(rowsAfter);
  });
});
