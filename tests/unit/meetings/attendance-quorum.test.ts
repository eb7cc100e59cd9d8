import { describe, expect, it } from 'vitest';
import { membersPresentAt, presentAt, quorum, quorumOf, sectionOrderOf, votersAt, attendingName } from '../../../shared/domain/meeting-rules';
import { event, handling, makeMeeting, makeSections, member, sectionIds, withAttendees } from './fixture';

const order = sectionOrderOf(makeSections());
const ids = (list: { id: string }[]) => list.map((entry) => entry.id);

describe('sectionOrderOf', () => {
  it('orders the §§ by position, not by the order they came in', () => {
    expect(order).toEqual(sectionIds);
  });
});

describe('presentAt', () => {
  it('has everyone marked present, members and others, at the opening and at every §', () => {
    const meeting = makeMeeting();
    expect(presentAt(meeting, order, null)).toHaveLength(11);
    expect(presentAt(meeting, order, 's8')).toHaveLength(11);
  });

  it('leaves out the absent and counts the deputy in the member’s place under the deputy’s name', () => {
    const meeting = withAttendees(makeMeeting(), member(1, 'absent'), member(2, 'deputy', 'Ville Varamies'));
    const present = presentAt(meeting, order, 's1');
    expect(ids(present)).not.toContain('m2');
    expect(ids(present)).toContain('m3');
    expect(attendingName(present.find((entry) => entry.id === 'm3')!)).toBe('Ville Varamies');
  });

  it('counts a late arrival from the § where they arrived, not before', () => {
    const meeting = makeMeeting({ events: [event('m2', 'arrived', 's3', '18.20')] });
    expect(ids(presentAt(meeting, order, null))).not.toContain('m2');
    expect(ids(presentAt(meeting, order, 's2'))).not.toContain('m2');
    expect(ids(presentAt(meeting, order, 's3'))).toContain('m2');
    expect(ids(presentAt(meeting, order, 's8'))).toContain('m2');
  });

  it('makes a member marked absent present from the § where an arrival is recorded', () => {
    const meeting = makeMeeting({ attendees: makeMeeting().attendees.map((a) => (a.id === 'm4' ? { ...a, presence: 'absent' as const } : a)), events: [event('m4', 'arrived', 's5', '19.00')] });
    expect(ids(presentAt(meeting, order, 's4'))).not.toContain('m4');
    expect(ids(presentAt(meeting, order, 's5'))).toContain('m4');
  });

  it('keeps someone who left during a § present at that § and absent from the next one on', () => {
    const meeting = makeMeeting({ events: [event('m5', 'left', 's4', '19.30')] });
    expect(ids(presentAt(meeting, order, 's4'))).toContain('m5');
    expect(ids(presentAt(meeting, order, 's5'))).not.toContain('m5');
    expect(ids(presentAt(meeting, order, 's8'))).not.toContain('m5');
  });

  it('follows someone who left and came back', () => {
    const meeting = makeMeeting({ events: [event('m5', 'arrived', 's6', '20.10'), event('m5', 'left', 's2', '18.40')] });
    expect(ids(presentAt(meeting, order, 's2'))).toContain('m5');
    expect(ids(presentAt(meeting, order, 's3'))).not.toContain('m5');
    expect(ids(presentAt(meeting, order, 's6'))).toContain('m5');
  });

  it('has nobody present at a § that is not on the meeting', () => {
    expect(presentAt(makeMeeting(), order, 'elsewhere')).toEqual([]);
  });
});

describe('votersAt', () => {
  it('is the members present minus the disqualified; others present never vote', () => {
    const meeting = withAttendees(makeMeeting(), member(8, 'absent'));
    const voters = votersAt(meeting, order, 's3', handling({ disqualifications: [{ id: 'd1', attendeeId: 'm3', ground: '', leftAt: '', returnedAt: '' }] }));
    expect(ids(voters)).toEqual(['m1', 'm2', 'm4', 'm5', 'm6', 'm7', 'm8']);
  });

  it('includes a deputy attending in a member’s place', () => {
    const meeting = withAttendees(makeMeeting(), member(6, 'deputy', 'Ville Varamies'));
    expect(ids(votersAt(meeting, order, 's1', null))).toContain('m7');
  });
});

describe('quorum', () => {
  it('needs more than half of the seats: 5 of 9 is a quorum, 4 of 9 is not', () => {
    expect(quorumOf(5, 9)).toEqual({ present: 5, seats: 9, required: 5, hasQuorum: true });
    expect(quorumOf(4, 9).hasQuorum).toBe(false);
  });

  it('is not reached with exactly half of the seats', () => {
    expect(quorumOf(4, 8)).toEqual({ present: 4, seats: 8, required: 5, hasQuorum: false });
    expect(quorumOf(5, 8).hasQuorum).toBe(true);
    expect(quorumOf(0, 0).hasQuorum).toBe(false);
  });

  it('counts deputies attending instead of members, and only members, never the others present', () => {
    const absent = [0, 1, 2, 3, 4].map((index) => member(index, 'absent'));
    const withoutDeputies = withAttendees(makeMeeting(), ...absent);
    expect(quorum(withoutDeputies, order, null)).toMatchObject({ present: 4, seats: 9, hasQuorum: false });
    const withDeputy = withAttendees(withoutDeputies, member(0, 'deputy', 'Ville Varamies'));
    expect(quorum(withDeputy, order, null)).toMatchObject({ present: 5, seats: 9, hasQuorum: true });
  });

  it('changes at the § where a late member arrives', () => {
    const absent = [0, 1, 2, 3].map((index) => member(index, 'absent'));
    const meeting = { ...withAttendees(makeMeeting(), ...absent), events: [event('m2', 'arrived', 's3', '18.20')] };
    expect(quorum(meeting, order, null).hasQuorum).toBe(true);
    const fewer = withAttendees(meeting, member(4, 'absent'));
    expect(quorum(fewer, order, null)).toMatchObject({ present: 4, hasQuorum: false });
    expect(quorum(fewer, order, 's2')).toMatchObject({ present: 4, hasQuorum: false });
    expect(quorum(fewer, order, 's3')).toMatchObject({ present: 5, hasQuorum: true });
    expect(membersPresentAt(fewer, order, 's3').map((entry) => entry.id)).toContain('m2');
  });

  it('at a §, does not count the members disqualified in it', () => {
    const absent = [0, 1, 2, 3].map((index) => member(index, 'absent'));
    const meeting = withAttendees(makeMeeting(), ...absent);
    const record = handling({ disqualifications: [{ id: 'd1', attendeeId: 'm5', ground: '', leftAt: '', returnedAt: '' }] });
    expect(quorum(meeting, order, 's2').hasQuorum).toBe(true);
    expect(quorum(meeting, order, 's2', record)).toMatchObject({ present: 4, hasQuorum: false });
  });
});
