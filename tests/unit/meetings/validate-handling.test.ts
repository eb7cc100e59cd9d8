import { describe, expect, it } from 'vitest';
import { handlingErrors, handlingProblemMessage, validateHandling } from '../../../shared/domain/meeting-rules';
import type { SectionHandling } from '../../../shared/domain/meeting';
import { event, handling, makeMeeting, makeSections, member, votesOf, withAttendees } from './fixture';

const sections = makeSections();
const codes = (record: SectionHandling, meeting = makeMeeting(), sectionId = 's3') => validateHandling(meeting, sections, sectionId, record).map((entry) => entry.code);
const vote = (votes: Record<string, 'jaa' | 'ei' | 'tyhja'>, counterProposalId: string | null = null) => ({ id: 'v1', yesMeans: 'päätösehdotus', noMeans: 'vastaehdotus', counterProposalId, votes });
const disqualify = (attendeeId: string, leftAt = '', returnedAt = '') => ({ id: `d-${attendeeId}`, attendeeId, ground: '', leftAt, returnedAt });

describe('validateHandling', () => {
  it('accepts a sound record', () => {
    const record = handling({
      disqualifications: [disqualify('m9', '18.30', '18.45')],
      counterProposals: [{ id: 'c1', moverId: 'm2', seconderIds: ['m3'], text: 'Hylätään.' }],
      votes: [vote(votesOf('jejjjjje'), 'c1')],
      dissents: [{ id: 'ds', attendeeId: 'o1', written: false, statement: '' }],
    });
    expect(validateHandling(makeMeeting(), sections, 's3', record)).toEqual([]);
  });

  it('refuses more votes than members entitled to vote, in Finnish', () => {
    const meeting = withAttendees(makeMeeting(), member(7, 'absent'), member(8, 'absent'));
    const problems = validateHandling(meeting, sections, 's3', handling({ votes: [vote(votesOf('jjjjjjjee'))] }));
    const more = problems.find((entry) => entry.code === 'moreVotesThanVoters');
    expect(more).toMatchObject({ severity: 'error', path: 'votes.0.votes', params: { votes: 9, voters: 7 } });
    expect(handlingProblemMessage(more!)).toBe('Ääniä on 9, mutta äänioikeutettuja jäseniä on tässä pykälässä vain 7.');
  });

  it('refuses a vote by an absent member, naming the deputy who attends instead when there is one', () => {
    const meeting = { ...withAttendees(makeMeeting(), member(8, 'absent'), member(3, 'deputy', 'Ville Varamies')), events: [event('m5', 'left', 's2', '18.40')] };
    const problems = validateHandling(meeting, sections, 's3', handling({ votes: [vote({ m9: 'jaa', m5: 'ei', m4: 'jaa' })] }));
    expect(problems.map((entry) => [entry.code, entry.path])).toEqual([
      ['voteByAbsent', 'votes.0.votes.m9'],
      ['voteByAbsent', 'votes.0.votes.m5'],
    ]);
    expect(handlingProblemMessage(problems[0]!)).toBe('Timo Salo ei ole läsnä tässä pykälässä, joten hän ei voi äänestää.');
  });

  it('refuses a vote by a disqualified member, a non-member and someone not on the list', () => {
    const record = handling({ disqualifications: [disqualify('m3')], votes: [vote({ m3: 'jaa', o1: 'jaa', x9: 'ei' })] });
    const problems = validateHandling(makeMeeting(), sections, 's3', record);
    expect(problems.map((entry) => entry.code)).toEqual(['voteByDisqualified', 'voteByNonMember', 'voteByUnknown']);
    expect(handlingProblemMessage(problems[0]!)).toBe('Pekka Saikkonen on esteellinen tässä pykälässä, joten hän ei voi äänestää.');
  });

  it('refuses a seconder who is the mover, or who seconds twice', () => {
    const record = handling({ counterProposals: [{ id: 'c1', moverId: 'm2', seconderIds: ['m2', 'm4', 'm4'], text: 'Hylätään.' }] });
    expect(codes(record)).toEqual(['seconderIsMover', 'seconderTwice']);
  });

  it('refuses a disqualified member moving or seconding, and an absent one or a non-member', () => {
    const meeting = withAttendees(makeMeeting(), member(8, 'absent'));
    const record = handling({
      disqualifications: [disqualify('m2'), disqualify('m3')],
      counterProposals: [
        { id: 'c1', moverId: 'm2', seconderIds: ['m3', 'm9', 'o1'], text: 'Hylätään.' },
        { id: 'c2', moverId: 'o1', seconderIds: [], text: 'Palautetaan.' },
      ],
    });
    expect(codes(record, meeting)).toEqual(['moverDisqualified', 'seconderDisqualified', 'seconderAbsent', 'seconderNotMember', 'moverNotMember']);
  });

  it('refuses a vote referring to a missing counter-proposal or to one that fell without a seconder', () => {
    expect(codes(handling({ votes: [vote(votesOf('jjjjjeeee'), 'nope')] }))).toEqual(['voteCounterMissing']);
    const fallen = handling({ counterProposals: [{ id: 'c1', moverId: 'm2', seconderIds: [], text: 'Hylätään.' }], votes: [vote(votesOf('jjjjjeeee'), 'c1')] });
    expect(codes(fallen)).toEqual(['voteCounterUnseconded']);
  });

  it('refuses times not written hh.mm, and a return before the departure', () => {
    const problems = validateHandling(makeMeeting(), sections, 's3', handling({ disqualifications: [disqualify('m2', '18:30', '25.00'), disqualify('m3', '19.10', '18.55')] }));
    expect(problems.map((entry) => [entry.code, entry.path])).toEqual([
      ['timeInvalid', 'disqualifications.0.returnedAt'],
      ['returnedBeforeLeft', 'disqualifications.1.returnedAt'],
    ]);
    expect(handlingProblemMessage(problems[0]!)).toBe('Anna kellonaika muodossa hh.mm, esim. 18.05: ”25.00”.');
    expect(handlingProblemMessage(problems[1]!)).toBe('Pekka Saikkonen ei voi palata (klo 18.55) ennen kuin poistui (klo 19.10).');
  });

  it('warns of a tie the chair did not settle, without refusing it', () => {
    const problems = validateHandling(makeMeeting(), sections, 's3', handling({ votes: [vote(votesOf('tjjjjeeee'))] }));
    expect(problems.map((entry) => [entry.code, entry.severity])).toEqual([['voteTie', 'warning']]);
    expect(handlingErrors(problems)).toEqual([]);
  });

  it('refuses a dissent by someone who is neither a member nor the presenter, and a § not on the meeting', () => {
    expect(codes(handling({ dissents: [{ id: 'ds', attendeeId: 'o2', written: false, statement: '' }] }))).toEqual(['dissentByNonMember']);
    expect(codes(handling(), makeMeeting(), 'elsewhere')).toEqual(['sectionMissing']);
  });

  it('checks against who is present at that §: a member arriving later may not vote before', () => {
    const meeting = { ...makeMeeting(), events: [event('m2', 'arrived', 's5', '19.00')] };
    expect(codes(handling({ votes: [vote({ m2: 'jaa' })] }), meeting, 's4')).toEqual(['voteByAbsent']);
    expect(codes(handling({ votes: [vote({ m2: 'jaa' })] }), meeting, 's5')).toEqual([]);
  });
});
