// The Word export's public API: pure functions from domain values to .docx bytes.
export { exportAgendaDocument, exportAgendaItem } from './agenda-document';
export { exportProjectSummary, summaryProjects } from './project-summary';
export { suggestedFileName, suggestedSummaryFileName } from './file-name';
export { xmlSafe } from './sanitize';
export type { AgendaDocumentExportInput, AgendaExportKind, AgendaItemExportInput, ProjectSummaryExportInput } from './types';

/** The MIME type of the files these functions produce. */
export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export { exportMeetingAgenda, exportMeetingExtract, exportMeetingMinutes, printedDecision } from './meeting-document';
export { appealGroups, sectionsText } from './meeting-appeals';
export type { ExtractCertifier, MeetingDocumentInput, MeetingDocumentSection, MeetingExtractInput } from './meeting-types';
export { extractFileName, meetingFileName } from './meeting-file-name';
export { exportReviewCopy, reviewProperties } from './review-copy';
export { ownRevisionIdBase } from './review-types';
export type { ReviewChangesInput, ReviewCopyExportInput, ReviewVersion } from './review-types';
