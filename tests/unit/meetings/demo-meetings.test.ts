// The demo's meetings (issue 8), made through the services when a new demo folder opens, read
// back through the real handler table: Sivistyslautakunta with nine members and deputies, meeting
// 1/2024 held and checked with §§ 1–8 (the seed item as § 5 checked at the meeting, a seconded
// counter-proposal voted 6–3, a disqualification, an item tabled) and 2/2024 planned with it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import { dispatch } from '../../../electron/services/dispatch';
import type { Body } from '../../../shared/domain/body';
import type { AgendaItem } from '../../../shared/domain/item';
import { countVote, sectionOrderOf, votersAt } from '../../../shared/domain/meeting-rules';
import { richToPlainText } from '../../../shared/domain/rich-text';
import type { MeetingDetail, MeetingSummary } from '../../../shared/ipc/channels/meetings';
import { seedAgendaItem, seedItemId } from '../../../shared/demo/seed-item';

let dir: string;
let context: AppContext;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-demo-meetings-'));
  context = openAppContext({ dataDir: dir, seedDemoIfNew: true });
});
afterAll(() => {
  context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const envelope = await dispatch(context.handlers, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

describe('the demo meetings', () => {
  it('has Sivistyslautakunta with nine members, each with a personal deputy, and four who attend by right, as sample data', async () => {
    const [body, ...others] = await ok<Body[]>('bodies:list', {});
    expect(others).toEqual([]);
    expect(body).toMatchObject({ name: 'Sivistyslautakunta', isSample: true });
    expect(body?.members).toHaveLength(9);
    expect(body?.members.every((member) => member.deputyName !== '')).toBe(true);
    expect(body?.members.map((member) => member.role).filter((role) => role !== 'jasen')).toEqual(['puheenjohtaja', 'varapuheenjohtaja']);
    expect(body?.others.map((other) => other.role)).toEqual(['kaupunginhallituksen_edustaja', 'esittelija', 'poytakirjanpitaja', 'nuorisovaltuuston_edustaja']);
    expect(body?.others.find((other) => other.role === 'esittelija')?.title).toBe('sivistysjohtaja');
  });

  it('lists 1/2024 checked with §§ 1–8 and 2/2024 planned', async () => {
    const list = await ok<MeetingSummary[]>('meetings:list', { year: 2024 });
    expect(list.map((m) => [m.number, m.date, m.status, m.firstSection, m.lastSection, m.sectionCount, m.isSample])).toEqual([
      [2, '2024-02-20', 'suunniteltu', null, null, 5, true],
      [1, '2024-01-23', 'tarkastettu', 1, 8, 8, true],
    ]);
  });

  it('held 1/2024 with the standard items, the seed as § 5 checked at the meeting, a 6–3 vote, a disqualification and a tabled item', async () => {
    const list = await ok<MeetingSummary[]>('meetings:list', { year: 2024 });
    const first = await ok<MeetingDetail>('meetings:get', { id: list.find((m) => m.number === 1)?.id });
    const { meeting, sections } = first;
    expect(meeting.minutesChecked).toEqual({ date: '2024-01-25', place: 'Kokkola' });
    expect(sections.map((s) => s.sectionNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(sections.slice(0, 4).map((s) => s.standardKind)).toEqual(['avaus', 'laillisuus', 'tarkastajat', 'tyojarjestys']);
    expect(sections.map((s) => s.outcome)).toEqual(['hyvaksytty', 'hyvaksytty', 'hyvaksytty', 'hyvaksytty', 'hyvaksytty', 'hyvaksytty', 'hyvaksytty', 'pantiin_poydalle']);

    const seedSection = sections[4];
    expect(seedSection).toMatchObject({ itemId: seedItemId, handling: { checkedAtMeeting: true } });
    const seed = await ok<AgendaItem>('items:get', { id: seedItemId });
    expect(seed).toMatchObject({ status: 'tarkastettu', meetingDate: '2024-01-23', meetingNumber: '1/2024', agendaNumber: 5, sectionNumber: 5 });
    expect(richToPlainText(seed.decision ?? { type: 'doc', content: [] })).toBe(richToPlainText(seedAgendaItem().decision ?? { type: 'doc', content: [] }));

    // Nine seats, one member replaced by the deputy: nine voters, 6 jaa and 3 ei on a seconded counter-proposal.
    const voteSection = sections[5];
    if (!voteSection) throw new Error('§ 6');
    expect(meeting.attendees.filter((a) => a.kind === 'member').map((a) => a.presence).filter((p) => p !== 'present')).toEqual(['deputy']);
    const [counter] = voteSection.handling.counterProposals;
    expect(counter?.seconderIds).toHaveLength(1);
    const [vote] = voteSection.handling.votes;
    if (!vote) throw new Error('vote');
    const voters = votersAt(meeting, sectionOrderOf(sections), voteSection.id, voteSection.handling).map((a) => a.id);
    expect(voters).toHaveLength(9);
    const count = countVote(vote, voters, meeting.chairId);
    expect([count.jaa, count.ei]).toEqual([6, 3]);

    const disqualified = sections[6]?.handling.disqualifications ?? [];
    expect(disqualified).toHaveLength(1);
    expect(meeting.attendees.find((a) => a.id === disqualified[0]?.attendeeId)?.name).toBe('Heidi Björklund');

    expect(sections.every((s) => s.outcome === 'pantiin_poydalle' || s.item.status === 'tarkastettu')).toBe(true);
    const opening = await ok<AgendaItem>('items:get', { id: sections[0]?.itemId });
    expect(richToPlainText(opening.decision ?? { type: 'doc', content: [] })).toContain('18.00');
  });

  it('put the tabled item on 2/2024 with the earlier-handling line, after the standard items', async () => {
    const list = await ok<MeetingSummary[]>('meetings:list', { year: 2024 });
    const second = await ok<MeetingDetail>('meetings:get', { id: list.find((m) => m.number === 2)?.id });
    const last = second.sections.at(-1);
    expect(second.sections.map((s) => s.standardKind)).toEqual(['avaus', 'laillisuus', 'tarkastajat', 'tyojarjestys', null]);
    expect(last?.item).toMatchObject({ title: 'Koulukuljetusten periaatteet lukuvuodelle 2024–2025', status: 'esityslistalla', earlierHandling: 'Sivistyslautakunta 23.1.2024 § 8' });
    const item = await ok<AgendaItem>('items:get', { id: last?.itemId });
    expect(item).toMatchObject({ meetingDate: '2024-02-20', meetingNumber: '2/2024', agendaNumber: 5, isSample: true });
  });
});
