// A refused save of the meeting or of a §, part by part: each field issue the service named is
// said beside the part of the screen it concerns (a vote by a disqualified member beside the vote
// grid), and what no part shows goes to the screen's alert.
import type { AppError } from '../../../../../shared/ipc/define';
import { isStaleWrite } from '../../../ui/conflict-choice';

export const sectionParts = ['disqualifications', 'counterProposals', 'votes', 'dissents', 'experts', 'checkedAtMeeting', 'outcome', 'handlingText', 'outcomeDecision'] as const;
export type SectionPart = (typeof sectionParts)[number];

export const meetingParts = ['attendees', 'events', 'officers'] as const;
export type MeetingPart = (typeof meetingParts)[number];

/** A message key with the values it names (a handling problem names the person). */
export interface PartIssue {
  message: string;
  params?: Record<string, string | number>;
}

export interface PartIssues<P extends string> {
  /** Part → the issues, in the service's order. */
  byPart: Partial<Record<P, PartIssue[]>>;
  /** Message keys no part shows; the whole error when it names no field. */
  unplaced: string[];
  /** The error no part explains (e.g. FROZEN), for the screen's alert; null when every issue is placed. */
  general: AppError | null;
}

function place<P extends string>(error: AppError | null, partOf: (segments: string[]) => P | null): PartIssues<P> {
  const issues: PartIssues<P> = { byPart: {}, unplaced: [], general: null };
  // A stale write has its own choice on screen (ConflictChoice), not a mark on a part.
  if (error === null || isStaleWrite(error)) return issues;
  const fields = error.fields ?? [];
  if (fields.length === 0) return { ...issues, general: error };
  for (const field of fields) {
    const part = partOf(field.path.split('.').filter((segment) => segment !== 'patch'));
    if (part === null) {
      if (!issues.unplaced.includes(field.message)) issues.unplaced.push(field.message);
      continue;
    }
    const list = issues.byPart[part] ?? [];
    list.push(field.params ? { message: field.message, params: field.params } : { message: field.message });
    issues.byPart[part] = list;
  }
  if (issues.unplaced.length > 0) issues.general = error;
  return issues;
}

const isSectionPart = (value: string | undefined): value is SectionPart => sectionParts.some((part) => part === value);

/** "handling.votes.0.votes.m3" → votes; "outcome" → outcome. */
export function sectionIssues(error: AppError | null): PartIssues<SectionPart> {
  return place(error, ([first, second]) => {
    const part = first === 'handling' ? second : first;
    return isSectionPart(part) ? part : null;
  });
}

/** "attendees.2.presence" → attendees; "chairId", "secretaryId", "checkerIds.0" → officers. */
export function meetingIssues(error: AppError | null): PartIssues<MeetingPart> {
  return place(error, ([first]) => {
    switch (first) {
      case 'attendees':
      case 'events':
        return first;
      case 'chairId':
      case 'secretaryId':
      case 'checkerIds':
        return 'officers';
      default:
        return null;
    }
  });
}
