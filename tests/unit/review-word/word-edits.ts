// What Word does to a file the director opens, reviews and saves, done to a .docx with JSZip and
// string edits of its XML: tracked insertions and deletions by the reviewer (ids from 0 up, as
// Word numbers them), a comment and a reply on given words, runs split at word boundaries with
// rsid attributes everywhere, proofErr markers around a "misspelt" word. Each edit finds its text
// in a single w:t and fails the test loudly when the text is not there exactly once.
import JSZip from 'jszip';

const reviewer = { author: 'Mikko Saari', date: '2024-01-15T09:30:00Z' };

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** The one run whose w:t holds the text: its whole XML, its rPr and the text split around the target. */
function findRun(xml: string, target: string): { start: number; end: number; rPr: string; before: string; after: string } {
  const escaped = escapeXml(target);
  const runPattern = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/gu;
  const hits: { start: number; end: number; rPr: string; before: string; after: string }[] = [];
  for (const match of xml.matchAll(runPattern)) {
    const text = match[2] ?? '';
    const at = text.indexOf(escaped);
    if (at < 0) continue;
    if (text.indexOf(escaped, at + 1) >= 0) throw new Error(`"${target}" occurs twice in one run`);
    hits.push({ start: match.index, end: match.index + match[0].length, rPr: match[1] ?? '', before: text.slice(0, at), after: text.slice(at + escaped.length) });
  }
  if (hits.length !== 1) throw new Error(`"${target}" is in ${hits.length} runs, not one`);
  return hits[0]!;
}

function run(rPr: string, text: string): string {
  return text === '' ? '' : `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export class WordSession {
  private nextRevision = 0;
  private nextComment = 0;
  private comments: { id: number; author: string; body: string; paraId: string; parentParaId: string | null }[] = [];
  private readonly exportedParaIds = new Map<number, string | null>();
  private readonly addedExportedParaIds: string[] = [];

  private constructor(
    private readonly zip: JSZip,
    public documentXml: string,
  ) {}

  static async open(bytes: Uint8Array): Promise<WordSession> {
    const zip = await JSZip.loadAsync(bytes);
    const session = new WordSession(zip, (await zip.file('word/document.xml')?.async('string')) ?? '');
    const existing = (await zip.file('word/comments.xml')?.async('string')) ?? '';
    // New comments continue after the export's own ids, as Word does; a reply finds its parent by
    // the w14:paraId of the parent's last paragraph.
    // Word gives every paragraph a w14:paraId when it saves; an exported comment without one gets it here.
    const patched = existing.replace(/(<w:comment [^>]*?w:id="(\d+)"[^>]*>)([\s\S]*?)(<\/w:comment>)/gu, (_whole, open: string, idText: string, inner: string, close: string) => {
      const id = Number(idText);
      session.nextComment = Math.max(session.nextComment, id + 1);
      const paraIds = [...inner.matchAll(/w14:paraId="([0-9A-Fa-f]+)"/gu)].map((hit) => hit[1] ?? '');
      let body = inner;
      let paraId = paraIds.at(-1);
      if (paraId === undefined) {
        paraId = (0x20000000 + id).toString(16).toUpperCase();
        const last = body.lastIndexOf('<w:p');
        body = `${body.slice(0, last)}<w:p w14:paraId="${paraId}"${body.slice(last + 4)}`;
        session.addedExportedParaIds.push(paraId);
      }
      session.exportedParaIds.set(id, paraId);
      return open + body + close;
    });
    if (patched !== existing) zip.file('word/comments.xml', /xmlns:w14=/u.test(patched) ? patched : patched.replace('<w:comments ', '<w:comments xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '));
    return session;
  }

  private replaceRun(target: string, make: (rPr: string, before: string, after: string) => string): void {
    const hit = findRun(this.documentXml, target);
    this.documentXml = this.documentXml.slice(0, hit.start) + make(hit.rPr, hit.before, hit.after) + this.documentXml.slice(hit.end);
  }

  private revision(kind: 'ins' | 'del', rPr: string, text: string, author = reviewer.author): string {
    const id = this.nextRevision++;
    const inner = kind === 'ins' ? `<w:t xml:space="preserve">${escapeXml(text)}</w:t>` : `<w:delText xml:space="preserve">${escapeXml(text)}</w:delText>`;
    return `<w:${kind} w:id="${id}" w:author="${author}" w:date="${reviewer.date}"><w:r w:rsidR="00C0FFEE">${rPr}${inner}</w:r></w:${kind}>`;
  }

  /** Types `inserted` right after `anchor` (tracked). */
  insertAfter(anchor: string, inserted: string): this {
    this.replaceRun(anchor, (rPr, before, after) => run(rPr, before + escapeXml(anchor)) + this.revision('ins', rPr, inserted) + run(rPr, after));
    return this;
  }

  /** Deletes `deleted` (tracked), optionally typing `inserted` in its place. */
  replace(deleted: string, inserted = ''): this {
    this.replaceRun(deleted, (rPr, before, after) => run(rPr, before) + this.revision('del', rPr, deleted) + (inserted ? this.revision('ins', rPr, inserted) : '') + run(rPr, after));
    return this;
  }

  /** A new comment on `quote`; returns its id for replies. */
  comment(quote: string, body: string, author = reviewer.author): number {
    const id = this.nextComment++;
    this.replaceRun(quote, (rPr, before, after) =>
      [run(rPr, before), `<w:commentRangeStart w:id="${id}"/>`, run(rPr, escapeXml(quote)), `<w:commentRangeEnd w:id="${id}"/>`, `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`, run(rPr, after)].join(''),
    );
    this.comments.push({ id, author, body, paraId: (0x10000000 + id).toString(16).toUpperCase(), parentParaId: null });
    return id;
  }

  /** A reply in the thread of comment `parentId` (Word puts its range where the parent's is). */
  reply(parentId: number, body: string, author = 'Maria Esimerkki'): number {
    const id = this.nextComment++;
    this.documentXml = this.documentXml
      .replace(`<w:commentRangeStart w:id="${parentId}"/>`, `<w:commentRangeStart w:id="${parentId}"/><w:commentRangeStart w:id="${id}"/>`)
      .replace(`<w:commentRangeEnd w:id="${parentId}"/>`, `<w:commentRangeEnd w:id="${parentId}"/><w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`);
    const parentParaId = this.comments.find((comment) => comment.id === parentId)?.paraId ?? this.exportedParaIds.get(parentId) ?? null;
    if (parentParaId === null) throw new Error(`comment ${String(parentId)} has no paragraph id to reply to`);
    this.comments.push({ id, author, body, paraId: (0x10000000 + id).toString(16).toUpperCase(), parentParaId });
    return id;
  }

  /** proofErr markers around a word, as Word's spelling checker leaves them. */
  proofErr(word: string): this {
    this.replaceRun(word, (rPr, before, after) => run(rPr, before) + '<w:proofErr w:type="spellStart"/>' + run(rPr, escapeXml(word)) + '<w:proofErr w:type="spellEnd"/>' + run(rPr, after));
    return this;
  }

  /** Every plain run split at its word boundaries into runs of their own, every paragraph and run given rsids. */
  splitRunsAndRsids(): this {
    let counter = 0;
    const rsid = () => (0x00a00000 + counter++).toString(16).toUpperCase().padStart(8, '0');
    this.documentXml = this.documentXml.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/gu, (_whole, rPr: string | undefined, text: string) => {
      const words = text.match(/\S+\s*|\s+/gu) ?? [text];
      return words.map((word) => `<w:r w:rsidR="${rsid()}" w:rsidRPr="${rsid()}">${rPr ?? ''}<w:t xml:space="preserve">${word}</w:t></w:r>`).join('');
    });
    this.documentXml = this.documentXml.replace(/<w:p>/gu, () => `<w:p w:rsidR="${rsid()}" w:rsidRDefault="${rsid()}" w:rsidP="${rsid()}">`).replace(/<w:p (?!w:rsid)/gu, () => `<w:p w:rsidR="${rsid()}" `);
    return this;
  }

  /** Saves as Word would: document.xml, and the comments parts with their relationships and content types. */
  async save(): Promise<Uint8Array> {
    this.zip.file('word/document.xml', this.documentXml);
    if (this.comments.length > 0) await this.writeComments();
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  private async writeComments(): Promise<void> {
    const ns =
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';
    let comments = (await this.zip.file('word/comments.xml')?.async('string')) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${ns}></w:comments>`;
    let extended = (await this.zip.file('word/commentsExtended.xml')?.async('string')) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${ns}></w15:commentsEx>`;
    for (const paraId of this.addedExportedParaIds) extended = extended.replace('</w15:commentsEx>', `<w15:commentEx w15:paraId="${paraId}" w15:done="0"/></w15:commentsEx>`);
    for (const comment of this.comments) {
      const xml = `<w:comment w:id="${comment.id}" w:author="${comment.author}" w:date="${reviewer.date}" w:initials="MS"><w:p w14:paraId="${comment.paraId}" w14:textId="77777777" w:rsidR="00C0FFEE"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t>${escapeXml(comment.body)}</w:t></w:r></w:p></w:comment>`;
      comments = comments.replace('</w:comments>', `${xml}</w:comments>`);
      const entry = `<w15:commentEx w15:paraId="${comment.paraId}"${comment.parentParaId ? ` w15:paraIdParent="${comment.parentParaId}"` : ''} w15:done="0"/>`;
      extended = extended.replace('</w15:commentsEx>', `${entry}</w15:commentsEx>`);
    }
    // Make sure a declared namespace for w14/w15 exists on a root the export wrote without them.
    if (!/<w:comments[^>]*xmlns:w14=/u.test(comments)) comments = comments.replace('<w:comments ', `<w:comments xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" `);
    this.zip.file('word/comments.xml', comments);
    this.zip.file('word/commentsExtended.xml', extended);
    await this.ensurePart('/word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments', 'comments.xml');
    await this.ensurePart('/word/commentsExtended.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml', 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended', 'commentsExtended.xml');
  }

  private async ensurePart(partName: string, contentType: string, relType: string, target: string): Promise<void> {
    const types = (await this.zip.file('[Content_Types].xml')?.async('string')) ?? '';
    if (!types.includes(`PartName="${partName}"`)) this.zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`));
    const relsPath = 'word/_rels/document.xml.rels';
    const rels = (await this.zip.file(relsPath)?.async('string')) ?? '';
    if (!rels.includes(`Target="${target}"`)) this.zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="rIdWord${target.length}" Type="${relType}" Target="${target}"/></Relationships>`));
  }
}
