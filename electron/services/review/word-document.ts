// document.xml of a returned review copy → its paragraphs as the item has them now, the reviewer's
// tracked changes in them, and where each Word comment's range lies. Word's own additions are
// walked through, never refused: rsid attributes (ignored), w:proofErr and w:bookmarkStart/End
// (markers), w:smartTag, w:customXml, w:hyperlink, w:fldSimple, w:sdt content controls (descended
// into), runs split anywhere (text is joined), complex fields (their result is text, their
// instruction is not), moved text (reported, not applied).
import type { ComparedField } from '../../../shared/domain/compare-types';
import { comparedFields } from '../../../shared/domain/compare-types';
import { attrOf, childrenOf, innerText, tagOf } from './word-xml';
import type { XmlNode } from './word-xml';

/** What the export calls the bookmark around each field (pykala_background …). */
export const fieldBookmarkPrefix = 'pykala_';

/** Something read but not carried over, for the report's notes (review.word.note.*). */
export type DocumentNoteKey = 'moved' | 'paragraphMarks' | 'tableStructure' | 'outsideFields' | 'formatting';

export interface RawChange {
  author: string;
  date: string | null;
  /** Offset in the record's nowText where the change starts. */
  offset: number;
  deleted: string;
  inserted: string;
  /** A reviewer-tracked paragraph mark meets the change: it splits or joins paragraphs. */
  structural: boolean;
}

/** One paragraph (or several joined, when a tracked paragraph mark is not there now) of a field. */
export interface FileRecord {
  field: ComparedField | null;
  /** The text as the item has it now: plain text, the reviewer's deletions, the export's own insertions, text moved away. */
  nowText: string;
  /** Start of nowText in the whole document's stream (records joined by "\n"). */
  start: number;
  changes: RawChange[];
}

export interface CommentPlace {
  /** Offsets in the stream (FileRecord.start based); null when the file has no such marker. */
  start: number | null;
  end: number | null;
  reference: number | null;
}

export interface ParsedDocument {
  records: FileRecord[];
  /** Every record's nowText joined by "\n", where comment places point. */
  stream: string;
  comments: Map<string, CommentPlace>;
  /** Whether the export's field bookmarks are in the file (else fields are found by text). */
  bookmarked: boolean;
  notes: Set<DocumentNoteKey>;
  /** Reviewer changes outside the four fields (the preparer line, the appeal text …): counted, not listed. */
  outsideChanges: number;
}

/** What tells the export's own tracked changes (changes since a version) from the reviewer's. */
export interface ChangeMark {
  /** The w:id; null when missing or not a number. */
  id: number | null;
  author: string;
  date: string | null;
}

export type OwnChangeTest = (change: ChangeMark) => boolean;

type Context = 'plain' | 'reviewerIns' | 'reviewerDel' | 'ownIns' | 'ownDel' | 'moveFrom' | 'moveTo';

interface ChangeInfo {
  author: string;
  date: string | null;
}

/** Text that is in the item now. */
function isNow(context: Context): boolean {
  return context === 'plain' || context === 'reviewerDel' || context === 'ownIns' || context === 'moveFrom';
}

const inlineContainers = new Set(['w:smartTag', 'w:customXml', 'w:hyperlink', 'w:fldSimple', 'w:sdtContent', 'w:dir', 'w:bdo']);
const blockContainers = new Set(['w:sdtContent', 'w:customXml', 'w:body']);

function fieldOfBookmark(name: string | undefined): ComparedField | null {
  if (name === undefined || !name.startsWith(fieldBookmarkPrefix)) return null;
  const field = name.slice(fieldBookmarkPrefix.length);
  return comparedFields.find((candidate) => candidate === field) ?? null;
}

class DocumentWalker {
  readonly records: FileRecord[] = [];
  readonly comments = new Map<string, CommentPlace>();
  readonly notes = new Set<DocumentNoteKey>();
  outsideChanges = 0;
  private stream = '';
  private readonly activeFields = new Map<string, ComparedField>();
  /** Complex fields open around the current point: 'instr' until w:separate, then 'result'. */
  private readonly fieldStates: ('instr' | 'result')[] = [];
  private current: FileRecord | null = null;
  /** Changes of the current record may merge with the next piece: nothing that is text now came between. */
  private adjacent = false;
  /** The paragraph just read has a mark that is not there now: the next one continues it ('reviewer': the reviewer's split, reported). */
  private joinNext: 'reviewer' | 'own' | null = null;
  private joins: number[] = [];

  constructor(
    private readonly isOwn: OwnChangeTest,
    readonly bookmarked: boolean,
  ) {}

  result(): ParsedDocument {
    this.closeRecord();
    return { records: this.records, stream: this.stream, comments: this.comments, bookmarked: this.bookmarked, notes: this.notes, outsideChanges: this.outsideChanges };
  }

  private activeField(): ComparedField | null {
    let field: ComparedField | null = null;
    for (const value of this.activeFields.values()) field = value;
    return field;
  }

  private cursor(): number {
    return this.current ? this.current.start + this.current.nowText.length : this.stream.length;
  }

  private place(id: string | undefined): CommentPlace | null {
    if (id === undefined) return null;
    let place = this.comments.get(id);
    if (!place) {
      place = { start: null, end: null, reference: null };
      this.comments.set(id, place);
    }
    return place;
  }

  private openRecord(field: ComparedField | null): FileRecord {
    const start = this.stream.length + (this.records.length > 0 ? 1 : 0);
    const record: FileRecord = { field, nowText: '', start, changes: [] };
    this.current = record;
    this.adjacent = false;
    return record;
  }

  private closeRecord(): void {
    const record = this.current;
    if (!record) return;
    this.markStructural(record);
    this.stream += (this.records.length > 0 ? '\n' : '') + record.nowText;
    this.records.push(record);
    this.current = null;
    this.joins = [];
  }

  private markStructural(record: FileRecord): void {
    for (const change of record.changes) {
      const end = change.offset + change.deleted.length;
      if (this.joins.some((join) => join >= change.offset && join <= end)) change.structural = true;
    }
  }

  /** The record text of this field goes into; a paragraph whose field changes midway starts a new record. */
  private recordFor(field: ComparedField | null): FileRecord {
    const current = this.current;
    if (current && (current.field === field || current.nowText === '' && current.changes.length === 0 && current.field === null)) {
      current.field = field;
      return current;
    }
    this.closeRecord();
    return this.openRecord(field);
  }

  private textAllowed(): boolean {
    return !this.fieldStates.includes('instr');
  }

  private addText(text: string, context: Context, change: ChangeInfo | null): void {
    if (text === '' || !this.textAllowed()) return;
    const field = this.activeField();
    if (this.bookmarked && field === null) {
      if (context === 'reviewerIns' || context === 'reviewerDel') this.outsideChanges += 1;
      return;
    }
    const record = this.recordFor(field);
    if (context === 'reviewerIns' || context === 'reviewerDel') {
      this.addChange(record, context === 'reviewerIns' ? 'ins' : 'del', text, change ?? { author: '', date: null });
    } else if (isNow(context)) {
      this.adjacent = false;
    }
    if (isNow(context)) record.nowText += text;
  }

  private addChange(record: FileRecord, kind: 'ins' | 'del', text: string, info: ChangeInfo): void {
    const last = record.changes.at(-1);
    if (this.adjacent && last && last.author === info.author) {
      if (kind === 'ins') last.inserted += text;
      else last.deleted += text;
      return;
    }
    record.changes.push({ author: info.author, date: info.date, offset: record.nowText.length, deleted: kind === 'del' ? text : '', inserted: kind === 'ins' ? text : '', structural: false });
    this.adjacent = true;
  }

  // ---- blocks

  blocks(nodes: readonly XmlNode[]): void {
    for (const node of nodes) this.block(node);
  }

  private block(node: XmlNode): void {
    const tag = tagOf(node);
    switch (tag) {
      case 'w:p':
        this.paragraph(node);
        return;
      case 'w:tbl':
        this.table(node);
        return;
      case 'w:sdt':
        this.blocks(childrenOf(node).filter((child) => tagOf(child) === 'w:sdtContent'));
        return;
      default:
        if (tag !== null && blockContainers.has(tag)) this.blocks(childrenOf(node));
        else this.marker(node);
    }
  }

  private table(node: XmlNode): void {
    for (const row of childrenOf(node)) {
      const rowTag = tagOf(row);
      if (rowTag === 'w:tr') {
        for (const cell of childrenOf(row)) {
          const cellTag = tagOf(cell);
          if (cellTag === 'w:trPr' || cellTag === 'w:tcPr') this.tableProperties(cell);
          else if (cellTag === 'w:tc') {
            for (const inner of childrenOf(cell)) {
              if (tagOf(inner) === 'w:tcPr') this.tableProperties(inner);
              else this.block(inner);
            }
            // A cell's last paragraph never joins the next cell's first, whatever its mark says.
            this.endJoin();
          } else this.block(cell);
        }
      } else if (rowTag === 'w:sdt' || rowTag === 'w:customXml') {
        this.table({ 'w:tbl': childrenOf(rowTag === 'w:sdt' ? (childrenOf(row).find((child) => tagOf(child) === 'w:sdtContent') ?? {}) : row) });
      } else this.block(row);
    }
  }

  private tableProperties(node: XmlNode): void {
    const structural = ['w:ins', 'w:del', 'w:cellIns', 'w:cellDel', 'w:cellMerge'];
    if (childrenOf(node).some((child) => structural.includes(tagOf(child) ?? ''))) this.notes.add('tableStructure');
  }

  private endJoin(): void {
    this.joinNext = null;
    this.closeRecord();
  }

  private paragraph(node: XmlNode): void {
    const children = childrenOf(node);
    if (this.joinNext === null || this.current === null) this.closeRecord();
    else if (this.joinNext === 'reviewer') this.joins.push(this.current.nowText.length);
    let joinNext: 'reviewer' | 'own' | null = null;
    for (const child of children) {
      if (tagOf(child) === 'w:pPr') joinNext = this.paragraphMark(child);
      else this.inline(child, 'plain', null);
    }
    this.joinNext = joinNext;
    if (joinNext === null) this.closeRecord();
  }

  /** A tracked paragraph mark: the reviewer's split or join is reported; one that is not there now joins the next paragraph. */
  private paragraphMark(pPr: XmlNode): 'reviewer' | 'own' | null {
    let joinNext: 'reviewer' | 'own' | null = null;
    for (const child of childrenOf(pPr)) {
      const tag = tagOf(child);
      if (tag === 'w:pPrChange') this.notes.add('formatting');
      if (tag !== 'w:rPr') continue;
      for (const mark of childrenOf(child)) {
        const context = this.changeContext(mark);
        if (context === null) continue;
        if (context === 'reviewerIns' || context === 'reviewerDel' || context === 'moveFrom' || context === 'moveTo') this.notes.add(context === 'moveFrom' || context === 'moveTo' ? 'moved' : 'paragraphMarks');
        if (!isNow(context)) joinNext = context === 'ownDel' ? 'own' : 'reviewer';
      }
    }
    return joinNext;
  }

  // ---- inline

  private changeContext(node: XmlNode): Context | null {
    const tag = tagOf(node);
    const idText = attrOf(node, 'w:id');
    const id = idText === undefined || !/^\d{1,10}$/u.test(idText) ? null : Number(idText);
    const own = (tag === 'w:ins' || tag === 'w:del') && this.isOwn({ id, author: attrOf(node, 'w:author') ?? '', date: attrOf(node, 'w:date') ?? null });
    switch (tag) {
      case 'w:ins':
        return own ? 'ownIns' : 'reviewerIns';
      case 'w:del':
        return own ? 'ownDel' : 'reviewerDel';
      case 'w:moveFrom':
        return 'moveFrom';
      case 'w:moveTo':
        return 'moveTo';
      default:
        return null;
    }
  }

  private inline(node: XmlNode, context: Context, change: ChangeInfo | null): void {
    const tag = tagOf(node);
    if (tag === 'w:r') {
      this.run(node, context, change);
      return;
    }
    const inner = this.changeContext(node);
    if (inner !== null) {
      if (inner === 'moveFrom' || inner === 'moveTo') this.notes.add('moved');
      const info = { author: attrOf(node, 'w:author') ?? '', date: attrOf(node, 'w:date') ?? null };
      for (const child of childrenOf(node)) this.inline(child, inner, info);
      return;
    }
    if (tag === 'w:sdt') {
      for (const child of childrenOf(node)) if (tagOf(child) === 'w:sdtContent') this.inline(child, context, change);
      return;
    }
    if (tag !== null && inlineContainers.has(tag)) {
      for (const child of childrenOf(node)) this.inline(child, context, change);
      return;
    }
    this.marker(node);
  }

  /** Bookmarks and comment ranges (inline or between paragraphs); anything else unknown is skipped. */
  private marker(node: XmlNode): void {
    const tag = tagOf(node);
    const id = attrOf(node, 'w:id');
    switch (tag) {
      case 'w:bookmarkStart': {
        const field = fieldOfBookmark(attrOf(node, 'w:name'));
        if (field !== null && id !== undefined) this.activeFields.set(id, field);
        return;
      }
      case 'w:bookmarkEnd':
        if (id !== undefined) this.activeFields.delete(id);
        return;
      case 'w:commentRangeStart': {
        const place = this.place(id);
        if (place) place.start = this.startCursor();
        return;
      }
      case 'w:commentRangeEnd': {
        const place = this.place(id);
        if (place) place.end = this.cursor();
        return;
      }
      default:
        return;
    }
  }

  /** Where a comment range starting here begins: between paragraphs, at the next one's start. */
  private startCursor(): number {
    return this.current ? this.cursor() : this.stream.length + (this.records.length > 0 ? 1 : 0);
  }

  private run(node: XmlNode, context: Context, change: ChangeInfo | null): void {
    for (const child of childrenOf(node)) {
      const tag = tagOf(child);
      switch (tag) {
        case 'w:t':
        case 'w:delText':
          this.addText(innerText(child), context, change);
          break;
        case 'w:tab':
          this.addText('\t', context, change);
          break;
        case 'w:br': {
          const type = attrOf(child, 'w:type');
          if (type === undefined || type === 'textWrapping') this.addText('\n', context, change);
          break;
        }
        case 'w:cr':
          this.addText('\n', context, change);
          break;
        case 'w:noBreakHyphen':
          this.addText('\u2011', context, change);
          break;
        case 'w:softHyphen':
          this.addText('\u00ad', context, change);
          break;
        case 'w:fldChar':
          this.fieldChar(attrOf(child, 'w:fldCharType'));
          break;
        case 'w:commentReference': {
          const place = this.place(attrOf(child, 'w:id'));
          if (place) place.reference = this.cursor();
          break;
        }
        case 'w:rPr':
          if (childrenOf(child).some((mark) => tagOf(mark) === 'w:rPrChange')) this.notes.add('formatting');
          break;
        default:
          break;
      }
    }
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fieldStates.push('instr');
    else if (type === 'separate' && this.fieldStates.length > 0) this.fieldStates[this.fieldStates.length - 1] = 'result';
    else if (type === 'end') this.fieldStates.pop();
  }
}

function hasFieldBookmarks(nodes: readonly XmlNode[]): boolean {
  for (const node of nodes) {
    if (tagOf(node) === 'w:bookmarkStart' && fieldOfBookmark(attrOf(node, 'w:name')) !== null) return true;
    if (hasFieldBookmarks(childrenOf(node))) return true;
  }
  return false;
}

/** Reads the body of document.xml. */
export function readDocument(document: readonly XmlNode[], isOwn: OwnChangeTest): ParsedDocument {
  const body = childrenOf(document.find((node) => tagOf(node) === 'w:document') ?? {}).find((node) => tagOf(node) === 'w:body');
  const blocks = body ? childrenOf(body) : [];
  const walker = new DocumentWalker(isOwn, hasFieldBookmarks(blocks));
  walker.blocks(blocks);
  return walker.result();
}
