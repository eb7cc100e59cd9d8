// Two app instances on one data folder recording the same meeting, and storage that refuses a
// meeting action: a stale save is a CONFLICT (never a lost vote), two different §s saved at once
// are both kept, and a write the disk refuses leaves the meeting as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import { dispatch } from '../../../electron/services/dispatch';
import type { MeetingDetail, MeetingSummary } from '../../../shared/ipc/channels/meetings';
import { emptyHandling } from '../../../shared/domain/meeting';
import { clearImmutable, diskFolder, fillDisk, makeImmutable, smallDisk } from '../storage';

const fixedNow = () => new Date(2026, 10, 28, 15, 30);

async function call<T>(context: AppContext, channel: string, input: unknown): Promise<T> {
  const answer = await dispatch(context.handlers, channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

/** The demo's planned meeting 2/2024 opened (§§ given) in the first instance. */
async function openedPlanned(context: AppContext): Promise<MeetingDetail> {
  const list = await call<MeetingSummary[]>(context, 'meetings:list', { year: 2024 });
  const planned = list.find((meeting) => meeting.status === 'suunniteltu');
  if (!planned) throw new Error('demo meeting 2/2024');
  let detail = await call<MeetingDetail>(context, 'meetings:get', { id: planned.id });
  detail = await call<MeetingDetail>(context, 'meetings:addStandardItems', { meetingId: planned.id, kinds: ['avaus', 'laillisuus'] });
  return call<MeetingDetail>(context, 'meetings:setStatus', { id: planned.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'kokouksessa', minutesChecked: null });
}

describe('two app instances on one data folder', () => {
  it('a stale save of a § is a CONFLICT, never a lost vote; two different §s saved at once are both kept', async () => {
    const dir = diskFolder();
    const first = openAppContext({ dataDir: dir, seedDemoIfNew: true, now: fixedNow });
    const second = openAppContext({ dataDir: dir, seedDemoIfNew: true, now: fixedNow });
    try {
      const opened = await openedPlanned(first);
      const seen = await call<MeetingDetail>(second, 'meetings:get', { id: opened.meeting.id });
      const [opening, legality, tabled] = seen.sections;
      if (!opening || !legality || !tabled) throw new Error('agenda');
      const voters = seen.meeting.attendees.filter((a) => a.kind === 'member').slice(0, 3).map((a) => a.id);
      const vote = { id: 'v1', yesMeans: 'päätösehdotus', noMeans: 'vastaehdotus', counterProposalId: 'c1', votes: Object.fromEntries(voters.map((id, i) => [id, i === 0 ? 'ei' : 'jaa'])) };
      const handling = { ...emptyHandling(), counterProposals: [{ id: 'c1', moverId: voters[0], seconderIds: [voters[1]], text: 'Toisin.' }], votes: [vote] };
      await call(first, 'meetings:updateSection', { sectionId: tabled.id, expectedUpdatedAt: tabled.updatedAt, handling });
      // The second instance read the § before the vote: its save must not overwrite the vote.
      const stale = await dispatch(second.handlers, 'meetings:updateSection', { sectionId: tabled.id, expectedUpdatedAt: tabled.updatedAt, handling: { ...emptyHandling(), checkedAtMeeting: true } });
      expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: [{ message: 'meetingService.error.sectionConflict' }] } });
      // Another § with the stamp it read is saved by the second instance, the first's § kept.
      await call(second, 'meetings:updateSection', { sectionId: opening.id, expectedUpdatedAt: opening.updatedAt, outcome: 'hyvaksytty' });
      await call(first, 'meetings:updateSection', { sectionId: legality.id, expectedUpdatedAt: legality.updatedAt, outcome: 'hyvaksytty' });
      // The meeting's own stamp: the first instance records a late arrival, so the second's change on its older read is refused.
      const arrival = { id: 'e1', attendeeId: voters[2], kind: 'arrived', time: '18.20', sectionId: tabled.id };
      const moved = await call<{ updatedAt: string }>(first, 'meetings:update', { id: seen.meeting.id, expectedUpdatedAt: seen.meeting.updatedAt, patch: { events: [arrival] } });
      expect(moved.updatedAt).not.toBe(seen.meeting.updatedAt);
      const staleMeeting = await dispatch(second.handlers, 'meetings:update', { id: seen.meeting.id, expectedUpdatedAt: seen.meeting.updatedAt, patch: { place: 'Muualla' } });
      expect(staleMeeting).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      for (const context of [first, second]) {
        const now = await call<MeetingDetail>(context, 'meetings:get', { id: opened.meeting.id });
        const byId = new Map(now.sections.map((section) => [section.id, section]));
        expect([byId.get(opening.id)?.outcome, byId.get(legality.id)?.outcome, byId.get(tabled.id)?.outcome]).toEqual(['hyvaksytty', 'hyvaksytty', null]);
        expect(byId.get(tabled.id)?.handling.votes[0]?.votes).toEqual(vote.votes);
        expect(now.meeting).toMatchObject({ place: opened.meeting.place, events: [arrival] });
      }
    } finally {
      first.close();
      second.close();
    }
  });
});

describe('storage that refuses a meeting action', () => {
  it('a read-only database during the session: DB_READ_ONLY, the § as it was, and the same save works once writable', async () => {
    const dir = diskFolder();
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: true, now: fixedNow });
    const opened = await openedPlanned(context);
    const section = opened.sections[0];
    if (!section) throw new Error('agenda');
    const file = path.join(dir, 'pykala.sqlite3');
    for (const name of [file, `${file}-wal`]) makeImmutable(name);
    try {
      const refused = await dispatch(context.handlers, 'meetings:updateSection', { sectionId: section.id, expectedUpdatedAt: section.updatedAt, outcome: 'hyvaksytty' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'DB_READ_ONLY' } });
      const after = await call<MeetingDetail>(context, 'meetings:get', { id: opened.meeting.id });
      expect(after.sections[0]).toMatchObject({ outcome: null, updatedAt: section.updatedAt, item: { status: 'esityslistalla' } });
    } finally {
      for (const name of [file, `${file}-wal`]) clearImmutable(name);
    }
    const again = await call<MeetingDetail>(context, 'meetings:updateSection', { sectionId: section.id, expectedUpdatedAt: section.updatedAt, outcome: 'hyvaksytty' });
    expect(again.sections[0]?.item.status).toBe('kasitelty');
    context.close();
  });

  it('a full disk while standard items are added: DISK_FULL, no item or § half-added, and the same action works once there is room', async () => {
    const dir = smallDisk('16m');
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: true, now: fixedNow });
    const list = await call<MeetingSummary[]>(context, 'meetings:list', { year: 2024 });
    const planned = list.find((meeting) => meeting.status === 'suunniteltu');
    if (!planned) throw new Error('demo meeting 2/2024');
    const before = await call<MeetingDetail>(context, 'meetings:get', { id: planned.id });
    const filler = fillDisk(dir);
    const kinds = ['avaus', 'laillisuus', 'tarkastajat', 'tyojarjestys', 'ilmoitusasiat', 'viranhaltijapaatokset', 'muut_asiat'];
    const refused = await dispatch(context.handlers, 'meetings:addStandardItems', { meetingId: planned.id, kinds });
    fs.rmSync(filler);
    expect(refused).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(await call<MeetingDetail>(context, 'meetings:get', { id: planned.id })).toEqual(before);
    const added = await call<MeetingDetail>(context, 'meetings:addStandardItems', { meetingId: planned.id, kinds });
    expect(added.sections.map((section) => section.standardKind).filter((kind) => kind !== null).sort()).toEqual([...kinds].sort());
    context.close();
  });
});
