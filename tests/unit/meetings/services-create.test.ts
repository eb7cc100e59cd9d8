// Bodies and meetings through the services on a real database: the roster copied into the
// attendance list, the default place and next number, a taken number refused, stale saves refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BodyService } from '../../../electron/services/meetings/body-service';
import { MeetingService } from '../../../electron/services/meetings/meeting-service';
import { translate } from '../../../shared/i18n/translate';
import { openTestDb, rejection } from '../items/helpers';
import type { TestDb } from '../items/helpers';
import { allRows, memberNames, rosterBody } from './meeting-fixtures';

describe('bodies and meetings', () => {
  let t: TestDb;
  let meetings: MeetingService;
  beforeEach(() => {
    t = openTestDb();
    meetings = new MeetingService(t.deps);
  });
  afterEach(() => { t.cleanup(); });

  it('copies the body roster into a new meeting: members with deputies and others, all present; chair and secretary from their roles', async () => {
    const body = await rosterBody(t.deps);
    const meeting = await meetings.create({ bodyId: body.id, number: null, date: '2024-01-23', startTime: '18:00', place: null });
    expect(meeting).toMatchObject({ bodyName: 'Sivistyslautakunta', year: 2024, number: 1, place: 'Kaupungintalo, kokoushuone 1', startTime: '18.00', status: 'suunniteltu' });
    expect(meeting.attendees.map((a) => [a.kind, a.sourceId, a.name, a.deputyName, a.presence])).toEqual([
      ...memberNames.map((name, index) => ['member', `m${String(index + 1)}`, name, `Varajäsen ${String(index + 1)}`, 'present']),
      ['other', 'o1', 'Mikko Saari', '', 'present'],
      ['other', 'o2', 'Pekka Esimerkki', '', 'present'],
    ]);
    expect(meeting.attendees.find((a) => a.id === meeting.chairId)?.name).toBe('Aino Aalto');
    expect(meeting.attendees.find((a) => a.id === meeting.secretaryId)?.name).toBe('Pekka Esimerkki');
    // A later change of the body does not rewrite the meeting's list.
    await new BodyService(t.deps).save({ ...body, members: [], others: [], expectedUpdatedAt: body.updatedAt });
    expect((await meetings.get(meeting.id)).meeting.attendees).toHaveLength(7);
  });

  it('numbers meetings 1, 2 … per body and year, takes a given place, and refuses a number taken in that year', async () => {
    const body = await rosterBody(t.deps);
    const first = await meetings.create({ bodyId: body.id, number: null, date: '2024-01-23', startTime: '', place: 'Lukion auditorio' });
    const second = await meetings.create({ bodyId: body.id, number: null, date: '2024-02-20', startTime: '', place: null });
    const nextYear = await meetings.create({ bodyId: body.id, number: null, date: '2025-01-21', startTime: '', place: null });
    expect([first.number, second.number, nextYear.number, first.place]).toEqual([1, 2, 1, 'Lukion auditorio']);
    const before = allRows(t);
    const error = await rejection(meetings.create({ bodyId: body.id, number: 2, date: '2024-03-19', startTime: '', place: null }));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual([{ path: 'number', message: 'meetingService.error.numberTaken' }]);
    expect(translate(error.fields?.[0]?.message ?? '')).toBe('Toimielimellä on jo kokous tällä numerolla samana vuonna. Valitse toinen numero.');
    const moved = await rejection(meetings.update(second.id, second.updatedAt, { number: 1 }));
    expect(moved.code).toBe('VALIDATION');
    expect(allRows(t)).toEqual(before);
    expect((await meetings.list(2024)).map((m) => m.number)).toEqual([2, 1]);
    expect((await meetings.list(null)).map((m) => `${String(m.number)}/${String(m.year)}`)).toEqual(['1/2025', '2/2024', '1/2024']);
  });

  it('saves attendance and refuses a stale save (CONFLICT) or an unknown attendee, writing nothing', async () => {
    const body = await rosterBody(t.deps);
    const meeting = await meetings.create({ bodyId: body.id, number: null, date: '2024-01-23', startTime: '18.00', place: null });
    const [first, second] = meeting.attendees;
    if (!first || !second) throw new Error('roster');
    t.advance(1000);
    const saved = await meetings.update(meeting.id, meeting.updatedAt, { attendees: meeting.attendees.map((a) => (a.id === second.id ? { ...a, presence: 'deputy' } : a)), checkerIds: [first.id, second.id], endTime: '20:15' });
    expect(saved.attendees[1]?.presence).toBe('deputy');
    expect(saved.endTime).toBe('20.15');
    expect(saved.updatedAt > meeting.updatedAt).toBe(true);
    const before = allRows(t);
    const stale = await rejection(meetings.update(meeting.id, meeting.updatedAt, { place: 'Muualla' }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.fields).toEqual([{ path: 'expectedUpdatedAt', message: 'meetingService.error.meetingConflict' }]);
    const unknown = await rejection(meetings.update(meeting.id, saved.updatedAt, { chairId: 'nobody' }));
    expect(unknown.code).toBe('VALIDATION');
    expect(unknown.fields).toEqual([{ path: 'patch.chairId', message: 'meetingService.error.attendeeUnknown' }]);
    expect(allRows(t)).toEqual(before);
  });

  it('refuses to delete a body with meetings and a stale body save', async () => {
    const bodies = new BodyService(t.deps);
    const body = await rosterBody(t.deps);
    await meetings.create({ bodyId: body.id, number: null, date: '2024-01-23', startTime: '', place: null });
    const error = await rejection(bodies.delete(body.id, body.updatedAt));
    expect(error.code).toBe('CONFLICT');
    expect(error.fields?.[0]?.message).toBe('meetingService.error.bodyHasMeetings');
    t.advance(10);
    const renamed = await bodies.save({ ...body, name: 'Kasvatuslautakunta', expectedUpdatedAt: body.updatedAt });
    expect((await rejection(bodies.save({ ...body, name: 'Toinen', expectedUpdatedAt: body.updatedAt }))).code).toBe('CONFLICT');
    const added = await bodies.save({ ...body, id: null, name: 'Tekninen lautakunta', expectedUpdatedAt: null });
    expect((await bodies.list()).map((b) => b.name)).toEqual(['Kasvatuslautakunta', 'Tekninen lautakunta']);
    await bodies.delete(added.id, added.updatedAt);
    expect((await bodies.list()).map((b) => b.id)).toEqual([renamed.id]);
  });
});
