// The meeting from opening to published minutes through the services: § numbers given at the
// opening, continuing the body's year and unique in it; renumbering on reorder; the outcomes'
// effects on the items; checked minutes frozen; stale and refused actions writing nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../shared/ipc/channels/meetings';
import { emptyHandling } from '../../../shared/domain/meeting';
import { richToPlainText } from '../../../shared/domain/rich-text';
import { openTestDb, rejection } from '../items/helpers';
import type { TestDb } from '../items/helpers';
import { allRows, approvedItem, rosterBody, setup } from './meeting-fixtures';
import type { MeetingSetup } from './meeting-fixtures';

describe('the meeting in session', () => {
  let t: TestDb;
  let s: MeetingSetup;
  beforeEach(async () => {
    t = openTestDb();
    s = await setup(t);
  });
  afterEach(() => { t.cleanup(); });

  /** A meeting with the given items on its agenda, in that order. */
  async function meetingWith(titles: string[], date = '2024-01-23'): Promise<MeetingDetail> {
    const meeting = await s.meetings.create({ bodyId: s.body.id, number: null, date, startTime: '18.00', place: null });
    for (const title of titles) await s.meetings.addItem(meeting.id, (await approvedItem(t.deps, title)).id, null);
    return s.meetings.get(meeting.id);
  }

  async function open(detail: MeetingDetail): Promise<MeetingDetail> {
    return s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'kokouksessa', minutesChecked: null });
  }

  const numbers = (detail: MeetingDetail) => detail.sections.map((section) => [section.item.title, section.sectionNumber]);

  it('gives §§ at the opening, continuing the body’s year across meetings, and keeps them unique per body and year', async () => {
    const first = await open(await meetingWith(['A', 'B', 'C']));
    expect(numbers(first)).toEqual([['A', 1], ['B', 2], ['C', 3]]);
    expect((await s.items.get(first.sections[1]?.itemId ?? '')).sectionNumber).toBe(2);
    const second = await open(await meetingWith(['D', 'E'], '2024-02-20'));
    expect(numbers(second)).toEqual([['D', 4], ['E', 5]]);
    const summary = await s.meetings.list(2024);
    expect(summary.map((m) => [m.number, m.firstSection, m.lastSection])).toEqual([[2, 4, 5], [1, 1, 3]]);

    // § 4 is meeting 2's: a § added to meeting 1 would take it, so it is refused and nothing is written.
    const late = await approvedItem(t.deps, 'Myöhäinen');
    const before = allRows(t);
    const clash = await rejection(s.meetings.addItem(first.meeting.id, late.id, null));
    expect(clash.code).toBe('CONFLICT');
    expect(clash.fields).toEqual([{ path: 'sectionNumber', message: 'meetingService.error.sectionNumberClash', params: { section: '4', meeting: '2/2024' } }]);
    expect(allRows(t)).toEqual(before);
    // The database itself refuses a second § 4 in the body's year.
    expect(() => t.handle.sqlite.prepare('UPDATE meeting_sections SET section_number = 4 WHERE id = ?').run(first.sections[0]?.id)).toThrow(/UNIQUE/u);
  });

  it('starts the year where the body says and renumbers on reorder and on a § added in session', async () => {
    await rosterBody(t.deps, { sectionStarts: { '2024': 101 } });
    const detail = await open(await meetingWith(['A', 'B', 'C'], '2024-03-19'));
    expect(numbers(detail)).toEqual([['A', 101], ['B', 102], ['C', 103]]);
    const [a, , c] = detail.sections;
    if (!a || !c) throw new Error('agenda');
    let moved = await s.meetings.moveSection(c.id, 0);
    expect(numbers(moved)).toEqual([['C', 101], ['A', 102], ['B', 103]]);
    expect((await s.items.get(c.itemId))).toMatchObject({ agendaNumber: 1, sectionNumber: 101 });
    expect((await s.items.get(a.itemId))).toMatchObject({ agendaNumber: 2, sectionNumber: 102 });
    moved = await s.meetings.addItem(detail.meeting.id, (await approvedItem(t.deps, 'Uusi')).id, 1);
    expect(numbers(moved)).toEqual([['C', 101], ['Uusi', 102], ['A', 103], ['B', 104]]);
  });

  it('handles outcomes: approved copies the proposal as decision, tabled goes back to the pool with its line, returned reopens the draft', async () => {
    const detail = await open(await meetingWith(['Hyväksytään', 'Pöydälle', 'Valmisteluun']));
    const [approve, table, back] = detail.sections;
    if (!approve || !table || !back) throw new Error('agenda');
    let after = await s.meetings.updateSection({ sectionId: approve.id, expectedUpdatedAt: approve.updatedAt, outcome: 'hyvaksytty' });
    const decided = await s.items.get(approve.itemId);
    expect(decided.status).toBe('kasitelty');
    expect(richToPlainText(decided.decision ?? { type: 'doc', content: [] })).toContain('Lautakunta päätti');
    expect(after.sections[0]?.item.hasDecision).toBe(true);

    after = await s.meetings.updateSection({ sectionId: table.id, expectedUpdatedAt: table.updatedAt, outcome: 'pantiin_poydalle' });
    const tabled = await s.items.get(table.itemId);
    expect(tabled).toMatchObject({ status: 'hyvaksytty', earlierHandling: 'Sivistyslautakunta 23.1.2024 § 2', meetingDate: null, sectionNumber: null });
    expect(richToPlainText(after.sections[1]?.outcomeDecision ?? { type: 'doc', content: [] })).toBe('Lautakunta päätti panna asian pöydälle.');
    expect(after.sections[1]?.sectionNumber).toBe(2);
    const next = await s.meetings.create({ bodyId: s.body.id, number: null, date: '2024-02-20', startTime: '', place: null });
    expect((await s.meetings.pool(next.id)).map((p) => [p.title, p.earlierHandling])).toEqual([['Pöydälle', 'Sivistyslautakunta 23.1.2024 § 2']]);
    await s.meetings.addItem(next.id, table.itemId, null);
    expect((await s.items.get(table.itemId)).meetingNumber).toBe('2/2024');

    await s.meetings.updateSection({ sectionId: back.id, expectedUpdatedAt: back.updatedAt, outcome: 'palautettiin_valmisteluun' });
    expect(await s.items.get(back.itemId)).toMatchObject({ status: 'luonnos', earlierHandling: 'Sivistyslautakunta 23.1.2024 § 3' });
    // The tabled item is on meeting 2 now: meeting 1 cannot take it back.
    const tabledNow = (await s.meetings.get(detail.meeting.id)).sections[1];
    const elsewhere = await rejection(s.meetings.updateSection({ sectionId: table.id, expectedUpdatedAt: tabledNow?.updatedAt ?? '', outcome: 'hyvaksytty' }));
    expect(elsewhere.fields?.[0]?.message).toBe('meetingService.error.outcomeItemElsewhere');
  });

  it('refuses a stale section save (CONFLICT) and an unknown voter (VALIDATION), writing nothing', async () => {
    const detail = await open(await meetingWith(['A']));
    const section = detail.sections[0];
    if (!section) throw new Error('agenda');
    const saved = await s.meetings.updateSection({ sectionId: section.id, expectedUpdatedAt: section.updatedAt, handling: { ...emptyHandling(), checkedAtMeeting: true } });
    expect(saved.sections[0]?.handling.checkedAtMeeting).toBe(true);
    const before = allRows(t);
    const stale = await rejection(s.meetings.updateSection({ sectionId: section.id, expectedUpdatedAt: section.updatedAt, outcome: 'hyvaksytty' }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.fields).toEqual([{ path: 'expectedUpdatedAt', message: 'meetingService.error.sectionConflict' }]);
    const badVote = { ...emptyHandling(), votes: [{ id: 'v1', yesMeans: 'päätösehdotus', noMeans: 'vastaehdotus', counterProposalId: null, votes: { nobody: 'jaa' as const } }] };
    const invalid = await rejection(s.meetings.updateSection({ sectionId: section.id, expectedUpdatedAt: saved.sections[0]?.updatedAt ?? '', handling: badVote, outcome: 'hyvaksytty' }));
    expect(invalid.code).toBe('VALIDATION');
    expect(allRows(t)).toEqual(before);
  });

  it('refuses a vote by a disqualified member with the person named, accepts a valid vote, and writes a standard item’s decision from the meeting', async () => {
    const planned = await meetingWith(['Kiistanalainen']);
    let detail = await s.meetings.addStandardItems(planned.meeting.id, ['avaus']);
    detail = await open(detail);
    const [opening, disputed] = detail.sections;
    if (!opening || !disputed) throw new Error('agenda');
    const members = detail.meeting.attendees.filter((a) => a.kind === 'member');
    const [m1, m2, m3, m4, m5] = members.map((a) => a.id);
    if (!m1 || !m2 || !m3 || !m4 || !m5) throw new Error('members');
    const disqualification = { id: 'd1', attendeeId: m5, ground: 'hallintolaki 28.1 § 2 k', leftAt: '18.30', returnedAt: '18.45' };
    const counter = { id: 'c1', moverId: m2, seconderIds: [m3], text: 'Asia palautetaan valmisteluun.' };
    const vote = (votes: Record<string, 'jaa' | 'ei' | 'tyhja'>) => ({ id: 'v1', yesMeans: 'päätösehdotus', noMeans: 'vastaehdotus', counterProposalId: 'c1', votes });
    const before = allRows(t);
    const refused = await rejection(s.meetings.updateSection({
      sectionId: disputed.id,
      expectedUpdatedAt: disputed.updatedAt,
      handling: { ...emptyHandling(), disqualifications: [disqualification], counterProposals: [counter], votes: [vote({ [m1]: 'jaa', [m2]: 'ei', [m3]: 'ei', [m4]: 'jaa', [m5]: 'jaa' })] },
    }));
    expect(refused.code).toBe('VALIDATION');
    expect(refused.fields).toContainEqual({ path: `handling.votes.0.votes.${m5}`, message: 'meetingMinutes.problem.voteByDisqualified', params: { name: 'Kaisa Eklund' } });
    expect(allRows(t)).toEqual(before);
    const saved = await s.meetings.updateSection({
      sectionId: disputed.id,
      expectedUpdatedAt: disputed.updatedAt,
      handling: { ...emptyHandling(), disqualifications: [disqualification], counterProposals: [counter], votes: [vote({ [m1]: 'jaa', [m2]: 'ei', [m3]: 'ei', [m4]: 'jaa' })] },
      outcome: 'hyvaksytty',
    });
    expect(saved.sections[1]?.handling.votes[0]?.votes).toEqual({ [m1]: 'jaa', [m2]: 'ei', [m3]: 'ei', [m4]: 'jaa' });
    await s.meetings.updateSection({ sectionId: opening.id, expectedUpdatedAt: opening.updatedAt, outcome: 'hyvaksytty' });
    const openingItem = await s.items.get(opening.itemId);
    expect(richToPlainText(openingItem.decision ?? { type: 'doc', content: [] })).toContain('18.00');
  });

  it('checks the minutes: every § needs its outcome; then the items are checked and locked, and any change is FROZEN', async () => {
    let detail = await open(await meetingWith(['A', 'B']));
    const [a, b] = detail.sections;
    if (!a || !b) throw new Error('agenda');
    detail = await s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'paattynyt', minutesChecked: null });
    await s.meetings.updateSection({ sectionId: a.id, expectedUpdatedAt: a.updatedAt, outcome: 'hyvaksytty' });
    detail = await s.meetings.get(detail.meeting.id);
    const before = allRows(t);
    const missing = await rejection(s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'tarkastettu', minutesChecked: { date: '2024-01-25', place: 'Kokkola' } }));
    expect(missing.fields).toEqual([{ path: 'sections.1.outcome', message: 'meetingService.error.outcomeMissing' }]);
    const noDate = await rejection(s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'tarkastettu', minutesChecked: null }));
    expect(noDate.fields?.[0]?.message).toBe('meetingService.error.minutesCheckedRequired');
    expect(allRows(t)).toEqual(before);

    await s.meetings.updateSection({ sectionId: b.id, expectedUpdatedAt: b.updatedAt, outcome: 'merkittiin_tiedoksi' });
    detail = await s.meetings.get(detail.meeting.id);
    const checked = await s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'tarkastettu', minutesChecked: { date: '2024-01-25', place: 'Kokkola' } });
    expect(checked.meeting).toMatchObject({ status: 'tarkastettu', minutesChecked: { date: '2024-01-25', place: 'Kokkola' } });
    expect(checked.sections.map((section) => section.item.status)).toEqual(['tarkastettu', 'tarkastettu']);

    const frozen = allRows(t);
    const attempts = [
      s.meetings.updateSection({ sectionId: a.id, expectedUpdatedAt: checked.sections[0]?.updatedAt ?? '', outcome: 'pantiin_poydalle' }),
      s.meetings.moveSection(b.id, 0),
      s.meetings.update(checked.meeting.id, checked.meeting.updatedAt, { place: 'Muualla' }),
      s.meetings.setStatus({ id: checked.meeting.id, expectedUpdatedAt: checked.meeting.updatedAt, status: 'paattynyt', minutesChecked: null }),
      s.meetings.addStandardItems(checked.meeting.id, ['muut_asiat']),
      s.meetings.removeSection(a.id),
      s.meetings.delete(checked.meeting.id, checked.meeting.updatedAt),
    ];
    for (const attempt of attempts) {
      const error = await rejection(attempt);
      expect(error.code).toBe('FROZEN');
      expect(error.fields?.[0]?.message).toBe('meetingService.error.frozen');
    }
    expect(allRows(t)).toEqual(frozen);

    const published = await s.meetings.setStatus({ id: checked.meeting.id, expectedUpdatedAt: checked.meeting.updatedAt, status: 'julkaistu', minutesChecked: null });
    expect(published.sections.map((section) => section.item.status)).toEqual(['julkaistu', 'julkaistu']);
  });

  it('goes back before the session only while nothing is handled, taking the §§ off', async () => {
    let detail = await open(await meetingWith(['A']));
    detail = await s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'esityslista_lahetetty', minutesChecked: null });
    expect(numbers(detail)).toEqual([['A', null]]);
    detail = await open(detail);
    const section = detail.sections[0];
    if (!section) throw new Error('agenda');
    await s.meetings.updateSection({ sectionId: section.id, expectedUpdatedAt: section.updatedAt, outcome: 'hyvaksytty' });
    const error = await rejection(s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'suunniteltu', minutesChecked: null }));
    expect(error.fields?.[0]?.message).toBe('meetingService.error.handledCannotGoBack');
    const skip = await rejection(s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'tarkastettu', minutesChecked: { date: '2024-01-25', place: 'Kokkola' } }));
    expect(skip.code).toBe('STATUS_NOT_ALLOWED');
  });
});
