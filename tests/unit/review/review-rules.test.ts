// Who may approve or return an item, and what the item shows of its review round.
import { describe, expect, it } from 'vitest';
import { canReviewItem, reviewStateFromEvents, sameName } from '../../../shared/domain/review-rules';
import type { ReviewEvent } from '../../../shared/domain/review';

const director = { name: 'Mikko Saari', role: 'esittelija', deputyPresenter: false } as const;
const secretary = { name: 'Sari Ahola', role: 'valmistelija', deputyPresenter: false } as const;
const deputy = { name: 'Anna Virtanen', role: 'valmistelija', deputyPresenter: true } as const;
const otherDirector = { name: 'Åsa Öhman', role: 'esittelija', deputyPresenter: false } as const;

describe('canReviewItem', () => {
  it('lets the item\'s presenter and a deputy presenter review, not the secretary or another presenter', () => {
    expect(canReviewItem(director, 'Mikko Saari', true)).toBe(true);
    expect(canReviewItem(deputy, 'Mikko Saari', true)).toBe(true);
    expect(canReviewItem(secretary, 'Mikko Saari', true)).toBe(false);
    expect(canReviewItem(otherDirector, 'Mikko Saari', true)).toBe(false);
    expect(canReviewItem(null, 'Mikko Saari', true)).toBe(false);
  });

  it('matches names whatever their case, spacing and composition, Finnish letters included', () => {
    expect(canReviewItem(director, '  mikko   SAARI ', true)).toBe(true);
    expect(canReviewItem(otherDirector, 'ÅSA ÖHMAN', true)).toBe(true);
    expect(sameName('A\u030Asa Öhman', 'Åsa Öhman')).toBe(true);
    expect(sameName('Mikko Saari', 'Mikko Saarinen')).toBe(false);
  });

  it('lets any presenter review an item that names none, and everyone while nobody is a user', () => {
    expect(canReviewItem(otherDirector, '  ', true)).toBe(true);
    expect(canReviewItem(secretary, '', true)).toBe(false);
    expect(canReviewItem(null, 'Mikko Saari', false)).toBe(true);
    expect(canReviewItem(secretary, 'Mikko Saari', false)).toBe(true);
  });
});

describe('reviewStateFromEvents', () => {
  const actor = (name: string) => ({ personId: name.toLowerCase(), name });
  const event = (kind: ReviewEvent['kind'], at: string, version: number, message = ''): ReviewEvent => ({ id: `${kind}-${at}`, itemId: 'i1', kind, actor: actor(kind === 'sent' ? 'Sari Ahola' : 'Mikko Saari'), at, message, version });
  const events = [
    event('sent', '2024-01-10T09:00:00.000Z', 3, 'Tarkistatko luvut?'),
    event('returned', '2024-01-11T09:00:00.000Z', 3, 'Korjaa taulukon summat.'),
    event('sent', '2024-01-12T09:00:00.000Z', 5),
    event('approved', '2024-01-12T12:05:00.000Z', 5),
  ];

  it('shows the return\'s reason until the next send, and the send\'s message while in review', () => {
    expect(reviewStateFromEvents(events.slice(0, 2), 'palautettu').returnReason).toEqual({ actor: actor('Mikko Saari'), at: '2024-01-11T09:00:00.000Z', message: 'Korjaa taulukon summat.' });
    expect(reviewStateFromEvents(events.slice(0, 3), 'tarkastettavana')).toMatchObject({ returnReason: null, sentMessage: { message: '' }, approved: null, lastApprovedVersion: null });
    expect(reviewStateFromEvents(events.slice(0, 1), 'tarkastettavana').sentMessage?.message).toBe('Tarkistatko luvut?');
  });

  it('shows who approved while the item is approved or later, in any order of events', () => {
    const state = reviewStateFromEvents([...events].reverse(), 'esityslistalla');
    expect(state.approved).toEqual({ actor: actor('Mikko Saari'), at: '2024-01-12T12:05:00.000Z', version: 5 });
    expect(state.lastApprovedVersion).toBe(5);
    expect(reviewStateFromEvents([...events, event('reopened', '2024-01-13T08:00:00.000Z', 6)], 'luonnos')).toMatchObject({ approved: null, lastApprovedVersion: 5 });
  });
});
