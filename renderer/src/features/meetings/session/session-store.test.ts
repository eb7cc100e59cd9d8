import { describe, expect, it } from 'vitest';
import { emptyHandling } from '../../../../../shared/domain/meeting';
import type { Meeting } from '../../../../../shared/domain/meeting';
import type { Envelope } from '../../../../../shared/ipc/define';
import type { MeetingDetail } from '../../../../../shared/ipc/channels/meetings';
import { createSessionStore } from './session-store';
import type { SessionTransport } from './session-store';

const meeting = (updatedAt: string, chairId: string | null = null): Meeting => ({
  id: 'm', bodyId: 'b', bodyName: 'Sivistyslautakunta', year: 2024, number: 1, date: '2024-01-23', startTime: '18.00', endTime: '', place: '', status: 'kokouksessa',
  attendees: [], events: [], chairId, secretaryId: null, checkerIds: [], minutesChecked: null, publicDisplay: '', isSample: false, createdAt: 't0', updatedAt,
});
const detail = (meetingAt: string, sectionAt: string, checked = false): MeetingDetail => ({
  meeting: meeting(meetingAt),
  sections: [{
    id: 's1', meetingId: 'm', itemId: 'i1', position: 0, sectionNumber: 1, standardKind: null, handling: { ...emptyHandling(), checkedAtMeeting: checked }, outcome: null, handlingText: null, outcomeDecision: null, updatedAt: sectionAt,
    item: { id: 'i1', title: 'Asia', caseNumber: '', status: 'esityslistalla', publicity: { kind: 'public' }, presenterName: '', presenterTitle: '', earlierHandling: '', hasDecision: false, updatedAt: 'i' },
  }],
});

function harness() {
  const calls: { channel: string; input: unknown }[] = [];
  const answers: ((envelope: Envelope<never>) => void)[] = [];
  const pending = <T>(channel: string, input: unknown) => new Promise<Envelope<T>>((resolve) => { calls.push({ channel, input }); answers.push(resolve); });
  const transport: SessionTransport = {
    get: () => Promise.resolve({ ok: true, value: detail('2024-01-23T10:00:00.000Z', '2024-01-23T10:00:00.000Z') }),
    update: (input) => pending('meetings:update', input),
    updateSection: (input) => pending('meetings:updateSection', input),
  };
  const store = createSessionStore('m', transport, { setTimeout: () => 0, clearTimeout: () => undefined });
  const answer = (value: unknown) => { answers.shift()?.({ ok: true, value } as never); };
  return { store, calls, answer, settle: () => new Promise((resolve) => { setTimeout(resolve, 0); }) };
}

describe('session store', () => {
  it('shows a change at once, states the updatedAt it read, and the next save states the one the answer gave', async () => {
    const { store, calls, answer, settle } = harness();
    await store.load();
    store.changeSection('s1', { handling: { ...emptyHandling(), checkedAtMeeting: true } });
    expect(store.snapshot().detail?.sections[0]?.handling.checkedAtMeeting).toBe(true);
    expect(store.snapshot().saveStatus).toBe('saving');
    expect(calls[0]).toEqual({ channel: 'meetings:updateSection', input: { sectionId: 's1', expectedUpdatedAt: '2024-01-23T10:00:00.000Z', handling: { ...emptyHandling(), checkedAtMeeting: true } } });
    answer(detail('2024-01-23T10:00:00.000Z', '2024-01-23T10:05:00.000Z', true));
    await settle();
    expect(store.snapshot().saveStatus).toBe('saved');
    store.changeSection('s1', { outcome: 'hyvaksytty' });
    expect(calls[1]?.input).toMatchObject({ sectionId: 's1', expectedUpdatedAt: '2024-01-23T10:05:00.000Z', outcome: 'hyvaksytty' });
  });

  it('keeps the newer meeting when a § answer carries an older one', async () => {
    const { store, answer, settle } = harness();
    await store.load();
    store.changeMeeting({ chairId: 'a1' });
    answer({ ...meeting('2024-01-23T10:07:00.000Z', 'a1') });
    await settle();
    store.changeSection('s1', { outcome: 'hyvaksytty' });
    answer(detail('2024-01-23T10:00:00.000Z', '2024-01-23T10:08:00.000Z'));
    await settle();
    expect(store.snapshot().detail?.meeting).toMatchObject({ chairId: 'a1', updatedAt: '2024-01-23T10:07:00.000Z' });
  });
});
