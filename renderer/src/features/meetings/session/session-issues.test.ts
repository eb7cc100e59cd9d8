import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../../../shared/ipc/define';
import { meetingIssues, sectionIssues } from './session-issues';

describe('refusals placed on the parts of the session screen', () => {
  it('puts each handling issue beside its part and the rest in the alert', () => {
    const error: AppError = {
      code: 'VALIDATION',
      message: 'x',
      fields: [
        { path: 'handling.votes.0.votes.m3', message: 'validation.meeting.voteByDisqualified', params: { name: 'Anna Laine' } },
        { path: 'handling.votes.0', message: 'validation.meeting.tooManyVotes' },
        { path: 'handling.disqualifications.1.leftAt', message: 'validation.meeting.timeInvalid' },
        { path: 'outcome', message: 'validation.invalid' },
        { path: 'somethingElse', message: 'validation.required' },
      ],
    };
    const placed = sectionIssues(error);
    expect(placed.byPart).toEqual({
      votes: [{ message: 'validation.meeting.voteByDisqualified', params: { name: 'Anna Laine' } }, { message: 'validation.meeting.tooManyVotes' }],
      disqualifications: [{ message: 'validation.meeting.timeInvalid' }],
      outcome: [{ message: 'validation.invalid' }],
    });
    expect(placed.unplaced).toEqual(['validation.required']);
    expect(placed.general).toBe(error);
  });

  it('maps the meeting patch paths, with or without "patch."', () => {
    const error: AppError = { code: 'VALIDATION', message: 'x', fields: [{ path: 'patch.events.0.time', message: 'validation.meeting.timeInvalid' }, { path: 'chairId', message: 'validation.invalid' }] };
    expect(meetingIssues(error)).toEqual({ byPart: { events: [{ message: 'validation.meeting.timeInvalid' }], officers: [{ message: 'validation.invalid' }] }, unplaced: [], general: null });
  });

  it('leaves a stale write to the conflict choice and shows a fieldless refusal (FROZEN) in the alert', () => {
    expect(sectionIssues({ code: 'CONFLICT', message: 'x', fields: [{ path: 'expectedUpdatedAt', message: 'validation.conflict' }] })).toEqual({ byPart: {}, unplaced: [], general: null });
    const frozen: AppError = { code: 'FROZEN', message: 'x' };
    expect(sectionIssues(frozen).general).toBe(frozen);
  });
});
