// Counting a vote at a § (issue 8): jaa / ei / tyhjä among those entitled to vote, and the result.
// KuntaL 104 §: the opinion with the most votes wins; on a tie the chair's vote decides. If the
// chair voted tyhjä or did not vote, the tie stays unresolved and the minutes must say so.
import type { SectionVote, VoteChoice } from './meeting';

/** jaa (the side the chair put as jaa) or ei. */
export type VoteSide = 'jaa' | 'ei';

export type VoteResult =
  /** One side had more votes. */
  | { kind: 'majority'; winner: VoteSide }
  /** A tie decided by the chair's vote (KuntaL 104 §). */
  | { kind: 'chair'; winner: VoteSide }
  /** A tie where the chair voted tyhjä or did not vote (or no chair is named). */
  | { kind: 'unresolved'; reason: 'chairBlank' | 'chairDidNotVote' | 'noChair' };

export interface VoteCount {
  jaa: number;
  ei: number;
  tyhja: number;
  /** Voter ids by choice, in the voters' order (the order the minutes list them in). */
  ids: Record<VoteChoice, string[]>;
  /** Entitled voters who cast no vote (left it unmarked). */
  notVoted: string[];
  /** Votes recorded for someone not entitled at this § (absent, disqualified, not a member): not counted. */
  ignored: string[];
  result: VoteResult;
}

/** The side that won, or null when the tie is unresolved. */
export function winnerOf(result: VoteResult): VoteSide | null {
  return result.kind === 'unresolved' ? null : result.winner;
}

/**
 * Counts the vote among `voters` (ids of those entitled at the §, e.g. votersAt(...) mapped to ids).
 * Votes by anyone else are not counted but returned in `ignored` for validation to name.
 */
export function countVote(vote: Pick<SectionVote, 'votes'>, voters: readonly string[], chairId: string | null): VoteCount {
  const ids: Record<VoteChoice, string[]> = { jaa: [], ei: [], tyhja: [] };
  const notVoted: string[] = [];
  for (const voter of voters) {
    const choice = vote.votes[voter];
    if (choice === undefined) notVoted.push(voter);
    else ids[choice].push(voter);
  }
  const entitled = new Set(voters);
  const ignored = Object.keys(vote.votes).filter((id) => !entitled.has(id));
  const jaa = ids.jaa.length;
  const ei = ids.ei.length;
  return { jaa, ei, tyhja: ids.tyhja.length, ids, notVoted, ignored, result: resultOf(jaa, ei, vote, entitled, chairId) };
}

function resultOf(jaa: number, ei: number, vote: Pick<SectionVote, 'votes'>, entitled: ReadonlySet<string>, chairId: string | null): VoteResult {
  if (jaa > ei) return { kind: 'majority', winner: 'jaa' };
  if (ei > jaa) return { kind: 'majority', winner: 'ei' };
  if (chairId === null) return { kind: 'unresolved', reason: 'noChair' };
  const chairVote = entitled.has(chairId) ? vote.votes[chairId] : undefined;
  if (chairVote === 'jaa' || chairVote === 'ei') return { kind: 'chair', winner: chairVote };
  return { kind: 'unresolved', reason: chairVote === 'tyhja' ? 'chairBlank' : 'chairDidNotVote' };
}
