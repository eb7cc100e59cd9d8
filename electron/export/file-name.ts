// Meaningful default file names: "2024-01-23 Kehittämishankkeiden ajankohtaiskatsaus 2024 - päätösehdotus.docx".
// ISO date first so a folder sorts by date; only characters every OS and e-mail client accepts.
import type { AgendaItem } from '../../shared/domain/item';
import { items as itemWords } from '../../shared/i18n/fi/items';
import { xmlSafe } from './sanitize';
import type { AgendaExportKind } from './types';

const maxTitleChars = 120;

/** Letters (Finnish and Swedish included), digits, spaces and a few harmless marks; everything else is dropped. */
function safePart(text: string): string {
  return xmlSafe(text)
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ,.()&+'§-]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/gu, '');
}

/** "<ISO date> <title> - <kind>.docx" in safe characters; shared with the meeting documents' names. */
export function withDate(date: string | null, title: string, kindWord: string): string {
  const safeTitle = safePart(title).slice(0, maxTitleChars).trim();
  const parts = [date && /^\d{4}-\d{2}-\d{2}$/u.test(date) ? date : '', safeTitle].filter(Boolean).join(' ');
  return `${parts ? `${parts} - ` : ''}${kindWord}.docx`;
}

/** Default file name of an item's export; the date is the meeting date, else the last change. */
export function suggestedFileName(item: AgendaItem, kind: AgendaExportKind): string {
  return withDate(item.meetingDate ?? item.updatedAt.slice(0, 10), item.title, itemWords.exportKind[kind]);
}

/** Default file name of the project summary: "2024-01-01 Yhteenveto hankkeista - hankeyhteenveto.docx". */
export function suggestedSummaryFileName(activeOn: string, title: string = itemWords.defaults.summaryTitle): string {
  return withDate(activeOn, title, itemWords.exportKind.summary);
}
