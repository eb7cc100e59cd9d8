import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../../../shared/ipc/channels/meetings';
import { canAddToMeeting, manualTransitions, meetingsTakingItems, offeredSteps, stepRoute } from './item-steps';

const meeting = (over: Partial<MeetingSummary>): MeetingSummary => ({
  id: 'm1', bodyId: 'b1', bodyName: 'Sivistyslautakunta', year: 2024, number: 1, date: '2024-01-23', startTime: '17.00', place: '', status: 'suunniteltu', sectionCount: 0, firstSection: null, lastSection: null, isSample: false, ...over,
});

describe('the steps the item editor offers', () => {
  it('never puts an approved item on an agenda by hand: it goes to a meeting', () => {
    expect(manualTransitions('hyvaksytty', false).map((step) => step.action)).toEqual(['reopen']);
    expect(canAddToMeeting('hyvaksytty', false)).toBe(true);
    expect(canAddToMeeting('luonnos', false)).toBe(false);
  });

  it('offers no status step at all while the item is on a meeting', () => {
    for (const status of ['esityslistalla', 'kasitelty', 'tarkastettu', 'julkaistu'] as const) expect(manualTransitions(status, true)).toEqual([]);
    expect(canAddToMeeting('hyvaksytty', true)).toBe(false);
  });

  it('keeps the ways out of the old manual agenda for items from before meetings', () => {
    expect(manualTransitions('esityslistalla', false).map((step) => step.action)).toEqual(['markHandled', 'removeFromAgenda', 'reopen']);
    expect(manualTransitions('kasitelty', false).map((step) => step.action)).toEqual(['markChecked', 'undoHandled']);
    expect(manualTransitions('luonnos', false).map((step) => step.action)).toEqual(['sendToReview', 'approve']);
  });

  it('offers approving and returning only to a user who may review the item, and says one was held back', () => {
    const actions = (status: 'luonnos' | 'tarkastettavana' | 'palautettu', canReview: boolean) => offeredSteps(status, false, canReview);
    expect(actions('tarkastettavana', true)).toEqual({ steps: manualTransitions('tarkastettavana', false), reviewerOnly: false });
    expect(actions('tarkastettavana', false)).toEqual({ steps: [], reviewerOnly: true });
    // The secretary sends her draft; she cannot approve it herself.
    expect(actions('luonnos', false).steps.map((step) => step.action)).toEqual(['sendToReview']);
    expect(actions('luonnos', false).reviewerOnly).toBe(true);
    expect(actions('palautettu', false).steps.map((step) => step.action)).toEqual(['sendToReview']);
    // Steps outside the round are anyone's.
    expect(offeredSteps('hyvaksytty', false, false)).toEqual({ steps: manualTransitions('hyvaksytty', false), reviewerOnly: false });
  });

  it('takes the review round through its own channels and the rest as status changes', () => {
    expect(stepRoute('sendToReview')).toBe('send');
    expect(stepRoute('approve')).toBe('approve');
    expect(stepRoute('returnForChanges')).toBe('return');
    expect(stepRoute('reopen')).toBe('status');
    expect(stepRoute('markChecked')).toBe('status');
  });

  it('lists the meetings whose agenda still takes items, soonest first', () => {
    const list = [
      meeting({ id: 'later', number: 3, date: '2024-03-12' }),
      meeting({ id: 'closed', number: 2, date: '2024-02-13', status: 'paattynyt' }),
      meeting({ id: 'checked', number: 1, date: '2024-01-23', status: 'tarkastettu' }),
      meeting({ id: 'sent', bodyName: 'Kaupunginhallitus', number: 4, date: '2024-02-20', status: 'esityslista_lahetetty' }),
      meeting({ id: 'open', bodyName: 'Kaupunginhallitus', number: 3, date: '2024-02-06', status: 'kokouksessa' }),
    ];
    expect(meetingsTakingItems(list).map((entry) => entry.id)).toEqual(['open', 'sent', 'later']);
  });
});
