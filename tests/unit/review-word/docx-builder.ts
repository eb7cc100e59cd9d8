// Small but complete WordprocessingML packages for read-back tests, written the way Word writes
// them (namespaces, relationships, content types), so each test states only the XML it is about.
import JSZip from 'jszip';

export const wNs =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface DocxParts {
  body: string;
  comments?: string;
  commentsExtended?: string;
  properties?: Record<string, string>;
}

function customXml(properties: Record<string, string>): string {
  const entries = Object.entries(properties)
    .map(([name, value], index) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${entries}</Properties>`;
}

export async function buildDocx(parts: DocxParts, level = 6): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    parts.comments ? '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' : '',
    parts.commentsExtended ? '<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>' : '',
    parts.properties ? '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' : '',
  ].join('');
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>${
      parts.properties ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>' : ''
    }</Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${
      parts.comments ? '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' : ''
    }${parts.commentsExtended ? '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>' : ''}</Relationships>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${wNs}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`);
  if (parts.comments) zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${wNs}>${parts.comments}</w:comments>`);
  if (parts.commentsExtended) zip.file('word/commentsExtended.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${wNs}>${parts.commentsExtended}</w15:commentsEx>`);
  if (parts.properties) zip.file('docProps/custom.xml', customXml(parts.properties));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level } });
}

/** A paragraph of plain runs. */
export function p(...runs: string[]): string {
  return `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">${runs.join('')}</w:p>`;
}

export function r(text: string, rsid = '00D4E5F6'): string {
  return `<w:r w:rsidRPr="${rsid}"><w:rPr><w:lang w:val="fi-FI"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export function ins(id: number, text: string, author = 'Mikko Saari'): string {
  return `<w:ins w:id="${id}" w:author="${author}" w:date="2024-01-12T14:05:00Z"><w:r w:rsidR="00112233"><w:t xml:space="preserve">${text}</w:t></w:r></w:ins>`;
}

export function del(id: number, text: string, author = 'Mikko Saari'): string {
  return `<w:del w:id="${id}" w:author="${author}" w:date="2024-01-12T14:05:00Z"><w:r w:rsidDel="00112233"><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
}

export function bookmark(id: number, field: string, content: string): string {
  return `<w:bookmarkStart w:id="${id}" w:name="pykala_${field}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
}

export function comment(id: number, author: string, body: string, paraId: string): string {
  return `<w:comment w:id="${id}" w:author="${author}" w:date="2024-01-12T14:05:00Z" w:initials="MS"><w:p w14:paraId="${paraId}" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t>${body}</w:t></w:r></w:p></w:comment>`;
}

export function commentRef(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;
}
