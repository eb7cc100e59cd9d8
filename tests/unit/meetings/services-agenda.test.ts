// The agenda through the services: only approved items, each on one unfinished meeting; standard
// items in their places; reorder keeps positions dense and the items' Asianro in step; an item
// taken off goes back to the pool; the item editor cannot overwrite the meeting's data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftOf } from '../../../shared/domain/item-schema';
import { translate } from '../../../shared/i18n/translate';
import { openTestDb, rejection } from '../items/helpers';
import type { TestDb } from '../items/helpers';
import { allRows, approvedItem, setup } from './meeting-fixtures';
import type { MeetingSetup } from './meeting-fixtures';

describe('the agenda', () => {
  let t: TestDb;
  let s: MeetingSetup;
  beforeEach(async () => {
    t = openTestDb();
    s = await setup(t);
  });
  afterEach(() => { t.cleanup(); });

  const newMeeting = (date = '2024-01-23', number: number | null = null) => s.meetings.create({ bodyId: s.body.id, number, date, startTime: '18.00', place: null });

  it('puts an approved item on the agenda with the meeting data and refuses a draft with its reason, writing nothing', async () => {
    const meeting = await newMeeting();
    const item = await approvedItem(t.deps, 'Koulujen lukuvuosi');
    expect((await s.meetings.pool(meeting.id)).map((p) => p.id)).toEqual([item.id]);
    const detail = await s.meetings.addItem(meeting.id, item.id, null);
    expect(detail.sections.map((section) => [section.position, section.sectionNumber, section.item.title, section.item.status])).toEqual([[0, null, 'Koulujen lukuvuosi', 'esityslistalla']]);
    const stored = await s.items.get(item.id);
    expect(stored).toMatchObject({ status: 'esityslistalla', meetingDate: '2024-01-23', meetingNumber: '1/2024', bodyName: 'Sivistyslautakunta', agendaNumber: 1, sectionNumber: null });
    expect((await s.items.versions(item.id)).at(-1)).toMatchObject({ reason: 'status', status: 'esityslistalla' });
    expect(await s.meetings.pool(meeting.id)).toEqual([]);

    const draft = await s.items.create('empty');
    const before = allRows(t);
    const error = await rejection(s.meetings.addItem(meeting.id, draft.id, null));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual([{ path: 'itemId', message: 'meetingService.error.itemNotApproved.luonnos' }]);
    expect(translate(error.fields?.[0]?.message ?? '')).toBe('Asia on luonnos: vain esitykseksi hyväksytyn asian voi lisätä esityslistalle.');
    expect(allRows(t)).toEqual(before);
  });

  it('refuses an item that is already on another unfinished meeting', async () => {
    const first = await newMeeting();
    const second = await newMeeting('2024-02-20');
    const item = await approvedItem(t.deps, 'Esiopetuksen järjestäminen');
    await s.meetings.addItem(first.id, item.id, null);
    const before = allRows(t);
    const error = await rejection(s.meetings.addItem(second.id, item.id, null));
    expect(error.fields).toEqual([{ path: 'itemId', message: 'meetingService.error.itemOnOtherMeeting' }]);
    expect((await rejection(s.meetings.addItem(first.id, item.id, null))).fields?.[0]?.message).toBe('meetingService.error.itemOnThisMeeting');
    expect(allRows(t)).toEqual(before);
  });

  it('adds standard items in their places around the other items, not twice, in status esityslistalla', async () => {
    const meeting = await newMeeting();
    const a = await approvedItem(t.deps, 'A');
    const b = await approvedItem(t.deps, 'B');
    await s.meetings.addItem(meeting.id, a.id, null);
    await s.meetings.addItem(meeting.id, b.id, null);
    await s.meetings.addStandardItems(meeting.id, ['muut_asiat', 'laillisuus', 'avaus']);
    const detail = await s.meetings.addStandardItems(meeting.id, ['tarkastajat', 'ilmoitusasiat', 'avaus', 'tyojarjestys']);
    expect(detail.sections.map((section) => section.standardKind ?? section.item.title)).toEqual(['avaus', 'laillisuus', 'tarkastajat', 'tyojarjestys', 'ilmoitusasiat', 'A', 'B', 'muut_asiat']);
    expect(detail.sections.map((section) => section.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(detail.sections[0]?.item).toMatchObject({ title: 'Kokouksen avaus', status: 'esityslistalla' });
    expect((await s.items.get(a.id)).agendaNumber).toBe(6);
    // A standard item is a real agenda item: its text from the template, no appeal (KuntaL 136 §).
    const opening = await s.items.get(detail.sections[0]?.itemId ?? '');
    expect(opening).toMatchObject({ status: 'esityslistalla', meetingNumber: '1/2024', agendaNumber: 1 });
    expect(opening.appeal.textId).toBe('appeal-ei-136');
    // An ordinary item added later goes before "Muut asiat".
    const c = await approvedItem(t.deps, 'C');
    const withC = await s.meetings.addItem(meeting.id, c.id, null);
    expect(withC.sections.map((section) => section.standardKind ?? section.item.title).slice(-3)).toEqual(['B', 'C', 'muut_asiat']);
  });

  it('reorders with dense positions, the items’ Asianro following, and removes an item back to the pool', async () => {
    const meeting = await newMeeting();
    const made = [];
    for (const title of ['A', 'B', 'C', 'D']) made.push(await approvedItem(t.deps, title));
    for (const item of made) await s.meetings.addItem(meeting.id, item.id, null);
    let detail = await s.meetings.get(meeting.id);
    const [sectionA, sectionB, , sectionD] = detail.sections;
    if (!sectionA || !sectionB || !sectionD) throw new Error('agenda');
    detail = await s.meetings.moveSection(sectionD.id, 0);
    expect(detail.sections.map((section) => [section.position, section.item.title])).toEqual([[0, 'D'], [1, 'A'], [2, 'B'], [3, 'C']]);
    detail = await s.meetings.moveSection(sectionD.id, 99);
    expect(detail.sections.map((section) => section.item.title)).toEqual(['A', 'B', 'C', 'D']);
    detail = await s.meetings.moveSection(sectionA.id, 2);
    expect(detail.sections.map((section) => section.item.title)).toEqual(['B', 'C', 'A', 'D']);
    const agendaNumbers = await Promise.all(made.map(async (item) => (await s.items.get(item.id)).agendaNumber));
    expect(agendaNumbers).toEqual([3, 1, 2, 4]);

    detail = await s.meetings.removeSection(sectionB.id);
    expect(detail.sections.map((section) => [section.position, section.item.title])).toEqual([[0, 'C'], [1, 'A'], [2, 'D']]);
    expect(await s.items.get(sectionB.itemId)).toMatchObject({ status: 'hyvaksytty', meetingDate: null, meetingNumber: '', agendaNumber: null });
    expect((await s.meetings.pool(meeting.id)).map((p) => p.title)).toEqual(['B']);
    // Positions stay 0…n-1 in the table itself.
    expect(t.handle.sqlite.prepare('SELECT position FROM meeting_sections WHERE meeting_id = ? ORDER BY position').pluck().all(meeting.id)).toEqual([0, 1, 2]);
  });

  it('keeps the meeting data of an item on a meeting when the item editor saves other values', async () => {
    const meeting = await newMeeting();
    const item = await approvedItem(t.deps, 'Koulukuljetus');
    await s.meetings.addItem(meeting.id, item.id, null);
    const onAgenda = await s.items.get(item.id);
    const saved = await s.items.update(item.id, { ...draftOf(onAgenda), meetingDate: '2030-01-01', meetingNumber: '9/2030', agendaNumber: 12, sectionNumber: 40, bodyName: 'Muu' }, onAgenda.updatedAt);
    expect(saved).toMatchObject({ meetingDate: '2024-01-23', meetingNumber: '1/2024', agendaNumber: 1, sectionNumber: null, bodyName: 'Sivistyslautakunta' });
    // And its status follows the meeting, not the editor's buttons.
    const error = await rejection(s.items.setStatus(item.id, 'hyvaksytty'));
    expect(error.fields?.[0]?.message).toBe('meetingService.error.itemManagedByMeeting');
  });

  it('deletes a meeting with nothing handled: its items back to the pool, its standard items gone', async () => {
    const meeting = await newMeeting();
    const item = await approvedItem(t.deps, 'Koulukuljetus');
    await s.meetings.addItem(meeting.id, item.id, null);
    const detail = await s.meetings.addStandardItems(meeting.id, ['avaus']);
    const standardId = detail.sections[0]?.itemId ?? '';
    await s.meetings.delete(meeting.id, meeting.updatedAt);
    expect((await s.meetings.list(null))).toEqual([]);
    expect((await s.items.get(item.id)).status).toBe('hyvaksytty');
    expect((await rejection(s.items.get(standardId))).code).toBe('NOT_FOUND');
    // Its number is free again.
    expect((await newMeeting('2024-01-30', 1)).number).toBe(1);
  });
});
