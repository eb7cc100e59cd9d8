// What every part of a §'s handling record gets from the section panel.
import type { SectionHandling } from '../../../../../shared/domain/meeting';
import type { MeetingDetail } from '../../../../../shared/ipc/channels/meetings';

export type SessionSection = MeetingDetail['sections'][number];

export interface PartProps {
  detail: MeetingDetail;
  section: SessionSection;
  locked: boolean;
  /** The service's refusals of this part, in Finnish. */
  issues: readonly string[];
  /** The whole record with this part changed; typing waits a moment (delayMs), a choice is sent at once. */
  setHandling: (handling: SectionHandling, delayMs?: number) => void;
  flush: () => void;
  announce: (text: string) => void;
}

/** Typing is sent after this pause (and when the field is left). */
export const typingDelayMs = 700;

/** Replace one row of a list by id. */
export function replaceRow<R extends { id: string }>(rows: readonly R[], id: string, changes: Partial<R>): R[] {
  return rows.map((row) => (row.id === id ? { ...row, ...changes } : row));
}
