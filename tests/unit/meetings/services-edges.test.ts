// Edge probes of the meeting services (issue 8 review): the attendance list changed under a
// recorded §, the items of checked minutes through the item editor, bodies and meetings deleted,
// two bodies' § sequences in one year.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../shared/ipc/channels/meetings';
import { emptyHandling } from '../../../shared/domain/meeting';
import type { SectionHandling } from '../../../shared/domain/meeting';
import { draftOf } from '../../../shared/domain/item-schema';
import { richToPlainText } from '../../../shared/domain/rich-text';
import { translate } from '../../../shared/i18n/translate';
import { BodyService } from '../../../electron/services/meetings/body-service';
import { MeetingExportService } from '../../../electron/services/meetings/meeting-export';
import { openingWithPoints } from '../../../shared/domain/rich-text-build';
import type { ExportFile } from '../../../shared/ipc/define';
import { bodyParagraphs, readDocx, textOf } from '../export/docx-xml';
import { openTestDb, rejection } from '../items/helpers';
import type { TestDb } from '../items/helpers';
import { allRows, approvedItem, setup } from './meeting-fixtures';
import type { MeetingSetup } from './meeting-fixtures';

async function paragraphs(file: ExportFile): Promise<string[]> {
  const docx = await readDocx(Buffer.from(file.dataBase64, 'base64'));
  return bodyParagraphs(docx.part('word/document.xml')).map(textOf);
}

describe('meeting services at the edges', () => {
  let t: TestDb;
  let s: MeetingSetup;
  beforeEach(async () => {
    t = openTestDb();
    s = await setup(t);
  });
  afterEach(() => { t.cleanup(); });

  async function openMeeting(titles: string[], date = '2024-01-23', bodyId = s.body.id): Promise<MeetingDetail> {
    const meeting = await s.meetings.create({ bodyId, number: null, date, startTime: '18.00', place: null });
    for (const title of titles) await s.meetings.addItem(meeting.id, (await approvedItem(t.deps, title)).id, null);
    const detail = await s.meetings.get(meeting.id);
    return s.meetings.setStatus({ id: meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'kokouksessa', minutesChecked: null });
  }

  /** §2 of A, B with a vote in which every member votes, Kaisa Eklund dissenting. */
  async function recorded(): Promise<{ detail: MeetingDetail; ids: string[] }> {
    const detail = await openMeeting(['A', 'B']);
    const ids = detail.meeting.attendees.filter((a) => a.kind === 'member').map((a) => a.id);
    const section = detail.sections[1];
    if (!section) throw new Error('agenda');
    const [m1, m2, m3, m4, m5] = ids;
    if (!m1 || !m2 || !m3 || !m4 || !m5) throw new Error('members');
    const handling: SectionHandling = {
      ...emptyHandling(),
      counterProposals: [{ id: 'c1', moverId: m2, seconderIds: [m3], text: 'Toisin.' }],
      votes: [{ id: 'v1', yesMeans: 'päätösehdotus', noMeans: 'vastaehdotus', counterProposalId: 'c1', votes: { [m1]: 'jaa', [m2]: 'ei', [m3]: 'ei', [m4]: 'jaa', [m5]: 'jaa' } }],
      dissents: [{ id: 'd1', attendeeId: m2, written: false, statement: '' }],
    };
    await s.meetings.updateSection({ sectionId: section.id, expectedUpdatedAt: section.updatedAt, handling, outcome: 'hyvaksytty' });
    return { detail: await s.meetings.get(detail.meeting.id), ids };
  }

  it('refuses to drop from the attendance list a member who voted at a §, naming the person and the §', async () => {
    const { detail, ids } = await recorded();
    const before = allRows(t);
    const error = await rejection(s.meetings.update(detail.meeting.id, detail.meeting.updatedAt, { attendees: detail.meeting.attendees.filter((a) => a.id !== ids[1]) }));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toContainEqual({ path: 'patch.attendees', message: 'meetingService.error.attendeeInHandling', params: { name: 'Eero Berg', section: '§ 2' } });
    const secretary = detail.meeting.attendees.find((a) => a.id === detail.meeting.secretaryId);
    const noSecretary = await rejection(s.meetings.update(detail.meeting.id, detail.meeting.updatedAt, { attendees: detail.meeting.attendees.filter((a) => a !== secretary) }));
    expect(noSecretary.fields).toEqual([{ path: 'patch.attendees', message: 'meetingService.error.attendeeInRole', params: { name: 'Pekka Esimerkki', role: 'pöytäkirjanpitäjäksi' } }]);
    expect(allRows(t)).toEqual(before);
  });

  it('refuses to make a voter a non-member, or absent, or to let them leave before the § they voted at', async () => {
    const { detail, ids } = await recorded();
    const before = allRows(t);
    const asOther = detail.meeting.attendees.map((a) => (a.id === ids[3] ? { ...a, kind: 'other' as const } : a));
    const kind = await rejection(s.meetings.update(detail.meeting.id, detail.meeting.updatedAt, { attendees: asOther }));
    expect(kind.code).toBe('VALIDATION');
    expect(kind.fields?.[0]).toMatchObject({ path: 'patch.attendees', message: 'meetingService.error.attendeeChangeBreaksSection', params: { section: '§ 2', problem: 'Juho Dahl ei ole toimielimen jäsen, joten hän ei voi äänestää.' } });
    const absent = detail.meeting.attendees.map((a) => (a.id === ids[3] ? { ...a, presence: 'absent' as const } : a));
    const away = await rejection(s.meetings.update(detail.meeting.id, detail.meeting.updatedAt, { attendees: absent }));
    expect(away.fields?.[0]?.params?.problem).toBe('Juho Dahl ei ole läsnä tässä pykälässä, joten hän ei voi äänestää.');
    const left = await rejection(s.meetings.update(detail.meeting.id, detail.meeting.updatedAt, { events: [{ id: 'e1', attendeeId: ids[3] ?? '', kind: 'left' as const, time: '18.10', sectionId: detail.sections[0]?.id ?? null }] }));
    expect(left.fields?.[0]?.params?.section).toBe('§ 2');
    expect(allRows(t)).toEqual(before);
    // The chair must be a member: the secretary (an attendee by right) cannot chair.
    const chair = await rejection(s.meetings.update(detail.meeting.id, detail.meeting.updatedAt, { chairId: detail.meeting.secretaryId }));
    expect(chair.fields).toEqual([{ path: 'patch.chairId', message: 'meetingMinutes.problem.chairNotMember', params: { name: 'Pekka Esimerkki' } }]);
    expect(allRows(t)).toEqual(before);
    // A change that does not touch the record is still saved.
    const placed = await s.meetings.update(detail.meeting.id, detail.meeting.updatedAt, { place: 'Valtuustosali' });
    expect(placed.place).toBe('Valtuustosali');
  });

  it('refuses a vote by a member who left before the §', async () => {
    const detail = await openMeeting(['A', 'B']);
    const ids = detail.meeting.attendees.filter((a) => a.kind === 'member').map((a) => a.id);
    const moved = await s.meetings.update(detail.meeting.id, detail.meeting.updatedAt, { events: [{ id: 'e1', attendeeId: ids[4] ?? '', kind: 'left' as const, time: '18.10', sectionId: detail.sections[0]?.id ?? null }] });
    expect(moved.events).toHaveLength(1);
    const section = detail.sections[1];
    if (!section) throw new Error('agenda');
    const error = await rejection(s.meetings.updateSection({ sectionId: section.id, expectedUpdatedAt: section.updatedAt, handling: { ...emptyHandling(), votes: [{ id: 'v', yesMeans: 'a', noMeans: 'b', counterProposalId: null, votes: { [ids[4] ?? '']: 'jaa' } }] } }));
    expect(error.fields?.[0]?.message).toBe('meetingMinutes.problem.voteByAbsent');
  });

  it('keeps a checked meeting’s items out of the item editor’s reach', async () => {
    let detail = await openMeeting(['A']);
    const section = detail.sections[0];
    if (!section) throw new Error('agenda');
    await s.meetings.updateSection({ sectionId: section.id, expectedUpdatedAt: section.updatedAt, outcome: 'hyvaksytty' });
    detail = await s.meetings.get(detail.meeting.id);
    detail = await s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'paattynyt', minutesChecked: null });
    detail = await s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'tarkastettu', minutesChecked: { date: '2024-01-25', place: 'Kokkola' } });
    const item = await s.items.get(section.itemId);
    const before = allRows(t);
    for (const attempt of [
      s.items.update(item.id, { ...draftOf(item), title: 'Muutettu' }, item.updatedAt),
      s.items.update(item.id, { ...draftOf(item), sectionNumber: 99 }, item.updatedAt),
      s.items.setStatus(item.id, 'hyvaksytty'),
      s.items.setStatus(item.id, 'kasitelty'),
      s.items.delete(item.id),
    ]) {
      const error = await rejection(attempt);
      expect(['FROZEN', 'STATUS_NOT_ALLOWED']).toContain(error.code);
    }
    expect(allRows(t)).toEqual(before);
  });

  it('refuses minutes that print the unamended proposal as the decision of a § approved as amended', async () => {
    let detail = await openMeeting(['Muutettava']);
    const section = detail.sections[0];
    if (!section) throw new Error('agenda');
    await s.meetings.updateSection({ sectionId: section.id, expectedUpdatedAt: section.updatedAt, outcome: 'hyvaksytty_muutettuna' });
    detail = await s.meetings.get(detail.meeting.id);
    detail = await s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'paattynyt', minutesChecked: null });
    const exports = new MeetingExportService(t.deps);
    const exportRefused = await rejection(exports.exportMinutes(detail.meeting.id));
    expect(exportRefused.fields).toEqual([{ path: 'sections', message: 'meetingDocuments.error.amendedDecisionUnchanged', params: { section: '§ 1' } }]);
    const before = allRows(t);
    const checked = { id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'tarkastettu' as const, minutesChecked: { date: '2024-01-25', place: 'Kokkola' } };
    const refused = await rejection(s.meetings.setStatus(checked));
    expect(refused.fields).toEqual([{ path: 'sections.0.decision', message: 'meetingService.error.amendedDecisionUnchanged', params: { section: '§ 1' } }]);
    expect(allRows(t)).toEqual(before);
    // The secretary writes the amended decision: the minutes are made and checked.
    const item = await s.items.get(section.itemId);
    await s.items.update(item.id, { ...draftOf(item), decision: openingWithPoints('Lautakunta päätti', ['hyväksyä asian muutettuna']) }, item.updatedAt);
    expect((await exports.exportMinutes(detail.meeting.id)).fileName).toMatch(/\.docx$/u);
    expect((await s.meetings.setStatus(checked)).meeting.status).toBe('tarkastettu');
  });

  it('keeps the opening, legality and checkers §§ decided early in step with the meeting, but not a decision the secretary edited', async () => {
    const planned = await s.meetings.create({ bodyId: s.body.id, number: null, date: '2024-01-23', startTime: '', place: null });
    await s.meetings.addStandardItems(planned.id, ['avaus', 'laillisuus', 'tarkastajat']);
    let detail = await s.meetings.get(planned.id);
    detail = await s.meetings.setStatus({ id: planned.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'kokouksessa', minutesChecked: null });
    for (const section of detail.sections) await s.meetings.updateSection({ sectionId: section.id, expectedUpdatedAt: section.updatedAt, outcome: 'hyvaksytty' });
    const decisionOf = async (index: number) => richToPlainText((await s.items.get(detail.sections[index]?.itemId ?? '')).decision ?? { type: 'doc', content: [] });
    expect(await decisionOf(2)).toContain('…');
    const [m1, m2, m3, m4, m5] = detail.meeting.attendees.filter((a) => a.kind === 'member').map((a) => a.id);
    const meeting = await s.meetings.update(planned.id, detail.meeting.updatedAt, {
      startTime: '18.05',
      checkerIds: [m1 ?? '', m2 ?? ''],
      attendees: detail.meeting.attendees.map((a) => ([m3, m4, m5].includes(a.id) ? { ...a, presence: 'absent' as const } : a)),
    });
    expect(await decisionOf(0)).toContain('18.05');
    expect(await decisionOf(1)).toBe('Kokous ei ollut päätösvaltainen: paikalla oli 2 jäsentä 5:stä.');
    expect(await decisionOf(2)).toBe('Pöytäkirjan tarkastajiksi valittiin Aalto ja Berg.');
    expect(await decisionOf(2)).not.toContain('…');
    // An edited decision stays as the secretary wrote it.
    const opening = await s.items.get(detail.sections[0]?.itemId ?? '');
    await s.items.update(opening.id, { ...draftOf(opening), decision: openingWithPoints('Puheenjohtaja avasi kokouksen klo 18.07 ja totesi läsnäolijat.', []) }, opening.updatedAt);
    await s.meetings.update(planned.id, meeting.updatedAt, { startTime: '18.10' });
    expect(await decisionOf(0)).toContain('18.07');
  });

  it('refuses to open an earlier meeting whose §§ a later meeting of the year already holds, naming the § and the meeting', async () => {
    const january = await s.meetings.create({ bodyId: s.body.id, number: 1, date: '2024-01-23', startTime: '18.00', place: null });
    await s.meetings.addItem(january.id, (await approvedItem(t.deps, 'Tammikuu')).id, null);
    await openMeeting(['Helmikuu'], '2024-02-20');
    const stored = await s.meetings.get(january.id);
    const before = allRows(t);
    const error = await rejection(s.meetings.setStatus({ id: january.id, expectedUpdatedAt: stored.meeting.updatedAt, status: 'kokouksessa', minutesChecked: null }));
    expect(error.code).toBe('CONFLICT');
    expect(error.fields).toEqual([{ path: 'sectionNumber', message: 'meetingService.error.sectionNumberClash', params: { section: '1', meeting: '2/2024' } }]);
    expect(translate(error.fields?.[0]?.message ?? '', error.fields?.[0]?.params)).toMatch(/^§ 1 on jo toimielimen kokouksen 2\/2024 pykälä\./u);
    expect(allRows(t)).toEqual(before);
  });

  it('keeps a tabled item’s earlier-handling line on the § the minutes give it when the agenda is reordered or the date moves', async () => {
    let detail = await openMeeting(['A', 'B', 'C']);
    const [, tabled, last] = detail.sections;
    if (!tabled || !last) throw new Error('agenda');
    await s.meetings.updateSection({ sectionId: tabled.id, expectedUpdatedAt: tabled.updatedAt, outcome: 'pantiin_poydalle' });
    expect((await s.items.get(tabled.itemId)).earlierHandling).toBe('Sivistyslautakunta 23.1.2024 § 2');
    detail = await s.meetings.moveSection(last.id, 0);
    expect(detail.sections.map((section) => [section.item.title, section.sectionNumber])).toEqual([['C', 1], ['A', 2], ['B', 3]]);
    expect((await s.items.get(tabled.itemId)).earlierHandling).toBe('Sivistyslautakunta 23.1.2024 § 3');
    detail = await s.meetings.addItem(detail.meeting.id, (await approvedItem(t.deps, 'Lisätty')).id, 0);
    expect((await s.items.get(tabled.itemId)).earlierHandling).toBe('Sivistyslautakunta 23.1.2024 § 4');
    const moved = await s.meetings.update(detail.meeting.id, detail.meeting.updatedAt, { date: '2024-01-24' });
    expect(moved.date).toBe('2024-01-24');
    expect((await s.items.get(tabled.itemId)).earlierHandling).toBe('Sivistyslautakunta 24.1.2024 § 4');
    // Taking the outcome back removes the line the item now carries.
    const now = (await s.meetings.get(detail.meeting.id)).sections.find((section) => section.id === tabled.id);
    await s.meetings.updateSection({ sectionId: tabled.id, expectedUpdatedAt: now?.updatedAt ?? '', outcome: 'hyvaksytty' });
    expect((await s.items.get(tabled.itemId)).earlierHandling).toBe('');
  });

  it('does not print a tabled §’s own line as its earlier handling, in the minutes or the extract; the next meeting’s agenda does', async () => {
    let detail = await openMeeting(['A', 'Pöydälle']);
    const [first, tabled] = detail.sections;
    if (!first || !tabled) throw new Error('agenda');
    await s.meetings.updateSection({ sectionId: first.id, expectedUpdatedAt: first.updatedAt, outcome: 'hyvaksytty' });
    await s.meetings.updateSection({ sectionId: tabled.id, expectedUpdatedAt: tabled.updatedAt, outcome: 'pantiin_poydalle' });
    detail = await s.meetings.get(detail.meeting.id);
    detail = await s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'paattynyt', minutesChecked: null });
    const exports = new MeetingExportService(t.deps);
    const line = 'Sivistyslautakunta 23.1.2024 § 2';
    const count = (texts: string[]) => texts.filter((text) => text === line).length;
    expect(count(await paragraphs(await exports.exportMinutes(detail.meeting.id)))).toBe(0);
    expect(count(await paragraphs(await exports.exportExtract(tabled.id)))).toBe(0);
    const next = await s.meetings.create({ bodyId: s.body.id, number: null, date: '2024-02-20', startTime: '18.00', place: null });
    await s.meetings.addItem(next.id, tabled.itemId, null);
    expect(count(await paragraphs(await exports.exportAgenda(next.id)))).toBe(1);
  });

  it('deletes a meeting with items back to the pool, refuses a body with meetings, and keeps two bodies’ § sequences apart', async () => {
    const planned = await s.meetings.create({ bodyId: s.body.id, number: null, date: '2024-01-23', startTime: '18.00', place: null });
    const item = await approvedItem(t.deps, 'Palaa');
    await s.meetings.addItem(planned.id, item.id, null);
    await s.meetings.addStandardItems(planned.id, ['avaus']);
    const withItems = await s.meetings.get(planned.id);
    await s.meetings.delete(planned.id, withItems.meeting.updatedAt);
    expect(await s.items.get(item.id)).toMatchObject({ status: 'hyvaksytty', meetingDate: null, meetingNumber: '', agendaNumber: null });
    const bodies = new BodyService(t.deps);
    const other = await bodies.save({ id: null, name: 'Tekninen lautakunta', nameSv: '', defaultPlace: 'Talo', termStart: '2021-08-01', termEnd: '2025-05-31', members: [{ id: 'x1', name: 'Xa Yy', role: 'puheenjohtaja', deputyName: '' }], others: [], sectionStarts: { '2024': 101 }, expectedUpdatedAt: null });
    const first = await openMeeting(['A', 'B']);
    const second = await openMeeting(['C'], '2024-01-24', other.id);
    expect(first.sections.map((x) => x.sectionNumber)).toEqual([1, 2]);
    expect(second.sections.map((x) => x.sectionNumber)).toEqual([101]);
    const third = await openMeeting(['D'], '2024-02-24', other.id);
    expect(third.sections.map((x) => x.sectionNumber)).toEqual([102]);
    const error = await rejection(bodies.delete(other.id, other.updatedAt));
    expect(error.fields?.[0]?.message).toBe('meetingService.error.bodyHasMeetings');
  });
});
