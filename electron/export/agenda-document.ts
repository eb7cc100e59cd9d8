// Export of agenda items: one item (the decision proposal or its minutes section) or several
// items in one document (a meeting's agenda), each item in its own section with its own header.
import { PageOrientation } from 'docx';
import type { ISectionOptions } from 'docx';
import { formatFinnishDate } from '../../shared/format/date';
import { documentTypeText, issuerName, itemNumberText } from '../../shared/format/item-document';
import { agendaItemBody } from './agenda-item-body';
import type { ItemReview } from './agenda-item-body';
import { pageHeader } from './header';
import { layoutMetrics, margins, pagePortrait, textWidthPortrait } from './layout';
import { instanceCounter, packDocument } from './pack';
import type { AgendaDocumentExportInput, AgendaItemExportInput } from './types';

function capitalised(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** The header's date: none before the meeting has one (never the day of export). */
function headerDate(input: Pick<AgendaDocumentExportInput, 'documentDate'>): string {
  return input.documentDate === null ? '' : formatFinnishDate(input.documentDate);
}

/** One item's section: its own page, header and body (the review copy adds its fields' review). */
export function itemSection(
  input: Omit<AgendaDocumentExportInput, 'items'>,
  { item, preparers }: AgendaDocumentExportInput['items'][number],
  nextInstance: () => number,
  review?: ItemReview,
): ISectionOptions {
  const layout = layoutMetrics(input.settings.layout);
  const date = headerDate(input);
  return {
    properties: {
      page: {
        size: { width: pagePortrait.width, height: pagePortrait.height, orientation: PageOrientation.PORTRAIT },
        margin: margins,
      },
    },
    headers: {
      default: pageHeader(
        {
          organisation: input.settings.organisation,
          issuer: issuerName(item, input.settings.bodyName),
          documentType: documentTypeText(input.kind),
          documentNumber: item.meetingNumber,
          number: itemNumberText(item, input.kind),
          date,
        },
        textWidthPortrait,
      ),
    },
    children: agendaItemBody(item, preparers, input.kind, {
      layout,
      textWidth: textWidthPortrait,
      presenterTitle: input.settings.presenterTitle,
      proposalLabel: input.settings.proposalLabel,
      bodyName: input.settings.bodyName,
      nextInstance,
      ...(review ? { review } : {}),
    }),
  };
}

/** Several items in one .docx, each starting on a new page with its own number in the header. */
export async function exportAgendaDocument(input: AgendaDocumentExportInput): Promise<Uint8Array> {
  const layout = layoutMetrics(input.settings.layout);
  const nextInstance = instanceCounter();
  const date = headerDate(input);
  const sections: ISectionOptions[] = input.items.map((entry) => itemSection(input, entry, nextInstance));
  const only = input.items.length === 1 ? input.items[0] : undefined;
  const title = input.title ?? only?.item.title ?? `${capitalised(documentTypeText(input.kind))} ${date}`.trim();
  const subject = input.items.map(({ item }) => item.caseNumber.trim()).filter(Boolean).join('; ');
  return packDocument({ title, subject, author: input.author }, layout.textIndent, sections);
}

/** One agenda item as a .docx: the decision proposal ('proposal') or the minutes section ('minutes'). */
export async function exportAgendaItem(input: AgendaItemExportInput): Promise<Uint8Array> {
  const { item, preparers, ...rest } = input;
  return exportAgendaDocument({ ...rest, items: [{ item, preparers }] });
}
