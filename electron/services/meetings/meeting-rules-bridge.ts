// The rules the meeting service takes from the pure domain (shared/domain/meeting-rules*,
// standard-items.ts, shared/format/meeting-decisions.ts), adapted to the service's needs: the
// same rules the screens use, so the service refuses exactly what the screen points at.
import type { Meeting, MeetingSection, SectionHandling, StandardItemKind } from '../../../shared/domain/meeting';
import { handlingErrors, quorum, sectionOrderOf, validateHandling } from '../../../shared/domain/meeting-rules';
import { standardDecision } from '../../../shared/domain/standard-items';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { attendeeNames } from '../../../shared/format/handling-text';
import type { FieldIssue } from '../../../shared/ipc/define';

/** The errors of a § 's handling record as field issues (path under "handling."), with their message's values. */
export function handlingIssues(meeting: Meeting, sections: readonly Pick<MeetingSection, 'id' | 'position'>[], sectionId: string, handling: SectionHandling): FieldIssue[] {
  return handlingErrors(validateHandling(meeting, sections, sectionId, handling)).map((problem) => ({
    path: problem.path === '' ? 'handling' : `handling.${problem.path}`,
    message: problem.key,
    params: problem.params,
  }));
}

/** The decision a standard item records when decided with none written (the opening time, the quorum, the checkers); null: the proposal's. */
export function standardItemDecision(meeting: Meeting, sections: readonly Pick<MeetingSection, 'id' | 'position'>[], kind: StandardItemKind): RichDoc | null {
  const names = attendeeNames(meeting);
  return standardDecision(kind, {
    bodyName: meeting.bodyName,
    startTime: meeting.startTime,
    quorum: quorum(meeting, sectionOrderOf(sections), null),
    checkerNames: meeting.checkerIds.map((id) => names.get(id) ?? '').filter((name) => name !== ''),
  });
}
