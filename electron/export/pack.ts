// Document assembly shared by the exports: styles, numbering, properties, and packing to bytes.
import { Document, Packer } from 'docx';
import type { ICommentsOptions, ISectionOptions } from 'docx';
import { xmlSafe } from './sanitize';
import { documentNumbering, documentStyles } from './styles';

export interface DocumentProperties {
  title: string;
  subject: string;
  author: string;
  /** The review copy's Word comments (issue 9). */
  comments?: ICommentsOptions;
  /** Custom document properties (the review copy's PykalaItemId, PykalaVersion, PykalaOrganisation). */
  custom?: { name: string; value: string }[];
}

export async function packDocument(props: DocumentProperties, pointsIndent: number, sections: ISectionOptions[]): Promise<Uint8Array> {
  const author = xmlSafe(props.author);
  const doc = new Document({
    title: xmlSafe(props.title),
    subject: xmlSafe(props.subject),
    creator: author,
    lastModifiedBy: author,
    styles: documentStyles(),
    numbering: documentNumbering(pointsIndent),
    sections,
    ...(props.comments ? { comments: props.comments } : {}),
    ...(props.custom ? { customProperties: props.custom.map(({ name, value }) => ({ name, value: xmlSafe(value) })) } : {}),
  });
  return Packer.pack(doc, 'uint8array');
}

/** A counter of numbering instances for one document: each list restarts its numbers at 1. */
export function instanceCounter(): () => number {
  let next = 0;
  return () => {
    next += 1;
    return next;
  };
}
