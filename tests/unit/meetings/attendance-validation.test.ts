import { describe, expect, it } from 'vitest';
import { chairAt, countVoteAt, handlingProblemMessage, problemsToFieldIssues, refusalMessage, sectionOrderOf, validateAttendance, validateHandling } from '../../../shared/domain/meeting-rules';
import { generateHandlingText } from '../../../shared/format/handling-text';
import { event, handling, makeMeeting, makeSections, member, votesOf, withAttendees } from './fixture';

const sections = makeSections();
const order = sectionOrderOf(sections);
const disqualify = (attendeeId: string) => ({ id: `d-${attendeeId}`, attendeeId, ground: '', leftAt: '', returnedAt: '' });

describe('chairAt', () => {
  it('is the meeting’s chair, or the vice-chair where the chair is disqualified or away', () => {
    const meeting = { ...makeMeeting(), events: [event('m1', 'left', 's5', '20.00')] };
    expect(chairAt(meeting, order, 's2', null)).toBe('m1');
    expect(chairAt(meeting, order, 's2', handling({ disqualifications: [disqualify('m1')] }))).toBe('m2');
    expect(chairAt(meeting, order, 's6', null)).toBe('m2');
    expect(chairAt(meeting, order, 's2', handling({ disqualifications: [disqualify('m1'), disqualify('m2')] }))).toBeNull();
    const viceByDeputy = withAttendees(meeting, member(1, 'deputy', 'Ville Varamies'));
    expect(chairAt(viceByDeputy, order, 's6', null)).toBeNull();
  });

  it('gives the casting vote of a tie to the vice-chair chairing a § where the chair is disqualified', () => {
    const record = handling({
      disqualifications: [disqualify('m1')],
      votes: [{ id: 'v1', yesMeans: 'päätösehdotus', noMeans: 'vastaehdotus', counterProposalId: null, votes: votesOf('-ejjjjeee') }],
    });
    const text = generateHandlingText(makeMeeting(), sections, 's3', record);
    expect(JSON.stringify(text)).toContain('Äänet menivät tasan, joten puheenjohtajan ääni ratkaisi (kuntalaki 104 §). Puheenjohtaja totesi, että lautakunta oli päättänyt vastaehdotuksen mukaisesti.');
    expect(validateHandling(makeMeeting(), sections, 's3', record)).toEqual([]);
  });
});

describe('quorum warnings', () => {
  it('warns, without refusing, of a § where too few members may take part', () => {
    const meeting = withAttendees(makeMeeting(), ...[0, 1, 2, 3].map((index) => member(index, 'absent')));
    expect(validateHandling(meeting, sections, 's3', handling())).toEqual([]);
    const problems = validateHandling(meeting, sections, 's3', handling({ disqualifications: [disqualify('m5')] }));
    expect(problems.map((entry) => [entry.code, entry.severity])).toEqual([['noQuorum', 'warning']]);
    expect(handlingProblemMessage(problems[0]!)).toBe('Kokous ei ole päätösvaltainen: paikalla on 4 jäsentä 9:stä; päätösvaltaisuuteen tarvitaan 5.');
  });

  it('warns of a meeting without a quorum at the opening', () => {
    const meeting = withAttendees(makeMeeting(), ...[0, 1, 2, 3, 4].map((index) => member(index, 'absent')));
    const problems = validateAttendance(meeting, sections);
    expect(problems.map((entry) => [entry.code, entry.severity])).toEqual([['noQuorumAtOpening', 'warning']]);
    expect(handlingProblemMessage(problems[0]!)).toContain('paikalla on 4 jäsentä 9:stä');
  });
});

describe('validateAttendance', () => {
  it('accepts a sound list with a late arrival and an early departure', () => {
    expect(validateAttendance({ ...makeMeeting(), events: [event('m2', 'arrived', 's3', '18.20'), event('m5', 'left', 's6', '20.00')] }, sections)).toEqual([]);
  });

  it('refuses events pointing at nobody or a § not on the meeting, and times not hh.mm', () => {
    const meeting = { ...makeMeeting(), events: [event('x', 'arrived', 's3', '18.20'), event('m3', 'left', 'elsewhere', '18.20'), event('m4', 'left', 's4', '7pm')] };
    expect(validateAttendance(meeting, sections).map((entry) => [entry.code, entry.path, entry.severity])).toEqual([
      ['eventUnknownAttendee', 'events.0.attendeeId', 'error'],
      ['eventUnknownSection', 'events.1.sectionId', 'error'],
      ['eventTimeInvalid', 'events.2.time', 'error'],
    ]);
  });

  it('warns of a departure of someone not there and an arrival of someone already there', () => {
    const absent = withAttendees(makeMeeting(), member(3, 'absent'));
    const meeting = { ...absent, events: [event('m4', 'left', 's2', '18.40'), event('m5', 'left', 's2', '18.40'), event('m5', 'arrived', 's4', '19.00'), event('m5', 'arrived', 's5', '19.30')] };
    const problems = validateAttendance(meeting, sections);
    expect(problems.map((entry) => [entry.code, entry.path, entry.severity])).toEqual([
      ['eventNotPresent', 'events.0', 'warning'],
      ['eventAlreadyPresent', 'events.3', 'warning'],
    ]);
    expect(handlingProblemMessage(problems[1]!)).toBe('Matti Niemi on merkitty saapuneeksi klo 19.30, vaikka hän oli jo paikalla. Tarkista läsnäolomerkinnät.');
  });

  it('refuses a chair who is not a member and roles pointing at nobody', () => {
    const meeting = { ...makeMeeting(), chairId: 'o1', secretaryId: 'nobody', checkerIds: ['m2', 'gone'] };
    expect(validateAttendance(meeting, sections).map((entry) => [entry.code, entry.path])).toEqual([
      ['chairNotMember', 'chairId'],
      ['secretaryUnknown', 'secretaryId'],
      ['checkerUnknown', 'checkerIds.1'],
    ]);
  });
});

describe('countVoteAt', () => {
  it('counts among those entitled at the § with the casting vote of whoever chairs it', () => {
    const record = handling({ disqualifications: [disqualify('m1')] });
    const count = countVoteAt(makeMeeting(), sections, 's3', record, { votes: votesOf('jejjjjeee') });
    expect(count).toMatchObject({ jaa: 4, ei: 4, ignored: ['m1'], result: { kind: 'chair', winner: 'ei' } });
  });
});

describe('refusals', () => {
  it('turns the errors, not the warnings, into field issues and one Finnish message', () => {
    const meeting = withAttendees(makeMeeting(), ...[0, 1, 2, 3].map((index) => member(index, 'absent')));
    const problems = validateHandling(meeting, sections, 's3', handling({ disqualifications: [disqualify('m5')], votes: [{ id: 'v1', yesMeans: '', noMeans: '', counterProposalId: null, votes: { m5: 'jaa', m1: 'ei' } }] }));
    expect(problems.map((entry) => entry.code)).toEqual(['voteByDisqualified', 'voteByAbsent', 'noQuorum']);
    expect(problemsToFieldIssues(problems, 'handling.')).toEqual([
      { path: 'handling.votes.0.votes.m5', message: 'meetingMinutes.problem.voteByDisqualified' },
      { path: 'handling.votes.0.votes.m1', message: 'meetingMinutes.problem.voteByAbsent' },
    ]);
    expect(refusalMessage(problems)).toBe('Matti Niemi on esteellinen tässä pykälässä, joten hän ei voi äänestää. Aino Walls ei ole läsnä tässä pykälässä, joten hän ei voi äänestää.');
  });
});
