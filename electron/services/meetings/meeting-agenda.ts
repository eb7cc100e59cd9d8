// The agenda's order and § numbers (issue 8). Positions stay dense 0…n-1 (Asianro = position + 1).
// Once the meeting is open the §§ are the meeting's first § + position: the first continues the
// body's sequence for the year, and every reorder renumbers until the minutes are checked. The
// numbers are cleared and given again in one transaction, so the unique index (body, year, §)
// never sees two at once; a clash with another meeting's § is refused before anything is written.
import type { Body } from '../../../shared/domain/body';
import type { Meeting, MeetingSection, MeetingStatus } from '../../../shared/domain/meeting';
import { ServiceError } from '../../../shared/errors';
import * as meetingsRepo from '../../../db/repositories/meetings-repository';
import type { ServiceDeps } from '../service-deps';
import { nextSectionNumber } from '../../../shared/domain/meeting-rules';

type Trx = ServiceDeps['db'];

/** The statuses whose agenda has § numbers that still follow the order. */
export const numberedStatuses: readonly MeetingStatus[] = ['kokouksessa', 'paattynyt'];

export function isNumbered(status: MeetingStatus): boolean {
  return numberedStatuses.includes(status) || status === 'tarkastettu' || status === 'julkaistu';
}

/** The meeting's first §: the lowest it has, or the next of the body's year. */
async function firstNumber(trx: Trx, meeting: Meeting, body: Body, sections: readonly MeetingSection[]): Promise<number> {
  const own = sections.map((section) => section.sectionNumber).filter((n): n is number => n !== null);
  if (own.length > 0) return Math.min(...own);
  return nextSectionNumber(await meetingsRepo.sectionNumbersBefore(trx, meeting.bodyId, meeting.year, meeting.number), body.sectionStarts, meeting.year);
}

/**
 * Writes `ordered` as the agenda: positions 0…n-1, and §§ when the meeting is open (null before).
 * Returns the sections as written. CONFLICT when a § would be another meeting's of the same body and year.
 */
export async function writeAgenda(trx: Trx, meeting: Meeting, body: Body, ordered: readonly MeetingSection[], numbered: boolean): Promise<MeetingSection[]> {
  const start = numbered ? await firstNumber(trx, meeting, body, ordered) : null;
  const next = ordered.map((section, position) => ({ ...section, position, sectionNumber: start === null ? null : start + position }));
  const numbers = next.map((section) => section.sectionNumber).filter((n): n is number => n !== null);
  const clash = await meetingsRepo.meetingHoldingNumber(trx, meeting.bodyId, meeting.year, numbers, meeting.id);
  if (clash) {
    throw new ServiceError('CONFLICT', `§ ${String(clash.sectionNumber)} of ${meeting.bodyId}/${String(meeting.year)} is on meeting ${String(clash.meetingNumber)}`, [
      { path: 'sectionNumber', message: 'meetingService.error.sectionNumberClash', params: { section: String(clash.sectionNumber), meeting: `${String(clash.meetingNumber)}/${String(meeting.year)}` } },
    ]);
  }
  await meetingsRepo.writeOrder(trx, meeting, next);
  return next;
}
