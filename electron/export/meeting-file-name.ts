// Default file names of a meeting's documents, sorting by date in a folder:
// "2024-01-23 Sivistyslautakunta 1-2024 - pöytäkirja.docx",
// "2024-01-23 Sivistyslautakunta 1-2024 § 6 Lukuvuoden työajat - pöytäkirjanote.docx".
import type { Meeting } from '../../shared/domain/meeting';
import { meetingDocuments as words } from '../../shared/i18n/fi/meeting-documents';
import { withDate } from './file-name';

/** "1-2024": a slash is not allowed in a file name. */
function numberPart(meeting: Pick<Meeting, 'number' | 'year'>): string {
  return `${String(meeting.number)}-${String(meeting.year)}`;
}

export function meetingFileName(meeting: Pick<Meeting, 'bodyName' | 'date' | 'number' | 'year'>, type: 'agenda' | 'minutes'): string {
  return withDate(meeting.date, `${meeting.bodyName} ${numberPart(meeting)}`, words.fileKind[type]);
}

export function extractFileName(meeting: Pick<Meeting, 'bodyName' | 'date' | 'number' | 'year'>, sectionNumber: number | null, title: string): string {
  const number = sectionNumber === null ? '' : ` § ${String(sectionNumber)}`;
  return withDate(meeting.date, `${meeting.bodyName} ${numberPart(meeting)}${number} ${title}`, words.fileKind.extract);
}
