import { describe, expect, it } from 'vitest';
import { countVote, winnerOf } from '../../../shared/domain/meeting-rules';
import { votesOf } from './fixture';

const nine = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9'];

describe('countVote', () => {
  it('counts jaa, ei and tyhjä and lists the voters by choice in the voters’ order', () => {
    const count = countVote({ votes: votesOf('jjejjjeje') }, nine, 'm1');
    expect(count).toMatchObject({ jaa: 6, ei: 3, tyhja: 0, notVoted: [], ignored: [] });
    expect(count.ids.ei).toEqual(['m3', 'm7', 'm9']);
    expect(count.result).toEqual({ kind: 'majority', winner: 'jaa' });
  });

  it('lets the ei side win with more votes, tyhjä not counting for either', () => {
    const count = countVote({ votes: votesOf('jeeettte-') }, nine, 'm1');
    expect(count).toMatchObject({ jaa: 1, ei: 4, tyhja: 3, notVoted: ['m9'] });
    expect(winnerOf(count.result)).toBe('ei');
  });

  it('decides a tie by the chair’s vote (KuntaL 104 §), whichever side the chair took', () => {
    expect(countVote({ votes: votesOf('jjjjeeeet') }, nine, 'm1').result).toEqual({ kind: 'chair', winner: 'jaa' });
    expect(countVote({ votes: votesOf('ejjjjeeet') }, nine, 'm1').result).toEqual({ kind: 'chair', winner: 'ei' });
  });

  it('leaves a tie unresolved when the chair voted tyhjä or did not vote', () => {
    expect(countVote({ votes: votesOf('tjjjjeeee') }, nine, 'm1').result).toEqual({ kind: 'unresolved', reason: 'chairBlank' });
    expect(countVote({ votes: votesOf('-jjjjeeee') }, nine, 'm1').result).toEqual({ kind: 'unresolved', reason: 'chairDidNotVote' });
    expect(winnerOf(countVote({ votes: votesOf('jjjjeeee') }, nine, null).result)).toBeNull();
  });

  it('does not count votes of those not entitled at the §, and names them', () => {
    const count = countVote({ votes: votesOf('jjjjjeeee') }, ['m1', 'm2', 'm3', 'm6', 'm7'], 'm1');
    expect(count).toMatchObject({ jaa: 3, ei: 2, ignored: ['m4', 'm5', 'm8', 'm9'] });
  });

  it('does not let a chair who is not entitled at the § (disqualified) decide a tie', () => {
    const count = countVote({ votes: votesOf('jjjeee') }, ['m2', 'm3', 'm4', 'm5'], 'm1');
    expect(count).toMatchObject({ jaa: 2, ei: 2 });
    expect(count.result).toEqual({ kind: 'unresolved', reason: 'chairDidNotVote' });
  });
});
