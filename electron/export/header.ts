// The page header of SFS 2487: organisation and body at the left, the document type in bold at
// 9.2 cm with its number (the meeting's, "PÖYTÄKIRJA 1/2024"), the item's Asianro or § at 13.8 cm,
// the date below the type, and "1 (3)" from PAGE and NUMPAGES at the right.
// Everything here is repeated in the body too: a screen reader may skip headers.
import { Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { IRunOptions } from 'docx';
import { documentNumberTab, documentTypeTab } from './layout';
import { xmlSafe } from './sanitize';

export interface HeaderInfo {
  organisation: string;
  /** The body or unit, second line at the left. */
  issuer: string;
  documentType: string;
  /** The document's own number after its type, the meeting's "1/2024"; empty when none. */
  documentNumber?: string;
  /** "Asianro 5", "§ 5" or empty. */
  number: string;
  /** d.m.yyyy */
  date: string;
}

/** Typed first: TextRun also takes a string, whose deprecated String#bold would shadow the option. */
function boldRun(text: string): IRunOptions {
  return { text: xmlSafe(text), bold: true };
}

export function pageHeader(info: HeaderInfo, textWidth: number): Header {
  const tabStops = [
    { type: TabStopType.LEFT, position: documentTypeTab },
    { type: TabStopType.LEFT, position: documentNumberTab },
    { type: TabStopType.RIGHT, position: textWidth },
  ];
  const spacing = { after: 0, line: 240 };
  return new Header({
    children: [
      new Paragraph({
        tabStops,
        spacing,
        children: [
          new TextRun({ text: xmlSafe(info.organisation) }),
          new TextRun({ children: [new Tab()] }),
          new TextRun(boldRun(info.documentType)),
          ...(info.documentNumber?.trim() ? [new TextRun({ text: ` ${xmlSafe(info.documentNumber.trim())}` })] : []),
          new TextRun({ children: [new Tab(), xmlSafe(info.number), new Tab()] }),
          new TextRun({ children: [PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'] }),
        ],
      }),
      new Paragraph({
        tabStops,
        spacing,
        children: [new TextRun({ text: xmlSafe(info.issuer) }), new TextRun({ children: [new Tab(), xmlSafe(info.date)] })],
      }),
    ],
  });
}
