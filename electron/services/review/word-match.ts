// Matching what a returned review copy holds against the item as it is now. A paragraph of the
// file is the item's block with the same text (the k-th of equal texts is the k-th block); where
// the item has changed since the export, a change or comment is found by its own text with the text
// around it, and only where that is found exactly once. Nothing is placed by guess: anything else
// is 'notFound', and the user sees it so.
import { diffArrays, diffChars } from 'diff';
import type { ComparedField } from '../../../shared/domain/compare-types';
import { comparedFields } from '../../../shared/domain/compare-types';
import type { ItemComment } from '../../../shared/domain/review';
import { translate } from '../../../shared/i18n/translate';
import type { WordChange, WordComment, WordMatch } from '../../../shared/domain/word-review';
import type { FileComment } from './word-comments';
import type { FileRecord, ParsedDocument, RawChange } from './word-document';
import type { TextUnit } from './word-units';

/** What matching needs of the item's comments (a stored row will do: `detached` is not used). */
export type ExistingComment = Pick<ItemComment, 'id' | 'parentId' | 'author' | 'quote' | 'body'>;

/** Where a change applies: the unit's text now has `deleted` at `offset`. */
export interface ChangePlacement {
  unit: TextUnit;
  offset: number;
  deleted: string;
  inserted: string;
}

/** Where a comment anchors: one range per block it spans (the title: its quote). */
export interface CommentPlacement {
  unit: TextUnit;
  from: number;
  to: number;
}

export interface MatchedReview {
  comments: WordComment[];
  changes: WordChange[];
  /** For 'matched' changes. */
  changePlacements: Map<string, ChangePlacement>;
  /** For 'matched' comments; replies have none. */
  commentPlacements: Map<string, CommentPlacement[]>;
  /** For 'alreadyPresent' comments: the item's comment that is this one. */
  existingComment: Map<string, ExistingComment>;
}

/** Context taken around a change, longest first: a long one is surer, a short one survives nearby edits. */
const contextLengths = [40, 12];

function occurrences(haystack: string, needle: string, limit = 2): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let at = haystack.indexOf(needle); at >= 0 && out.length < limit; at = haystack.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** The one place among the units where needle occurs, or null (none, or more than one). */
function uniquePlace(units: readonly TextUnit[], needle: string): { unit: TextUnit; at: number } | null {
  let found: { unit: TextUnit; at: number } | null = null;
  for (const unit of units) {
    const hits = occurrences(unit.text, needle);
    if (hits.length === 0) continue;
    if (found !== null || hits.length > 1) return null;
    found = { unit, at: hits[0] ?? 0 };
  }
  return found;
}

/** The share of the longer text that the two have in common, character by character (jsdiff). */
function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let same = 0;
  for (const part of diffChars(a, b)) if (!part.added && !part.removed) same += part.value.length;
  return same / longer;
}

function normalized(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

class Matcher {
  /** Each record's unit, where its text is the unit's text now. */
  private readonly recordUnit = new Map<FileRecord, TextUnit>();
  /** Each record whose unit was edited since the export (aligned by place between unchanged ones). */
  private readonly edited = new Map<FileRecord, TextUnit>();
  private readonly recordField = new Map<FileRecord, ComparedField | null>();

  constructor(
    private readonly parsed: ParsedDocument,
    private readonly units: Map<ComparedField, TextUnit[]>,
  ) {
    this.assignFields();
    this.mapRecords();
  }

  private unitsOf(field: ComparedField | null): TextUnit[] {
    if (field !== null) return this.units.get(field) ?? [];
    return comparedFields.flatMap((candidate) => this.units.get(candidate) ?? []);
  }

  fieldOf(record: FileRecord): ComparedField | null {
    return this.recordField.get(record) ?? null;
  }

  /** A file without the export's bookmarks: each paragraph's field is where its text is found (in document order when in several). */
  private assignFields(): void {
    let previous: ComparedField | null = null;
    const exact = new Map<string, Set<ComparedField>>();
    for (const field of comparedFields) for (const unit of this.units.get(field) ?? []) exact.set(unit.text, (exact.get(unit.text) ?? new Set()).add(field));
    for (const record of this.parsed.records) {
      if (record.field !== null || this.parsed.bookmarked) {
        this.recordField.set(record, record.field);
        continue;
      }
      const text = record.nowText;
      // A paragraph beside its label ("Päätösehdotus⇥Lautakunta …") holds its unit's text after the label.
      const label = text.indexOf('\t');
      const found = exact.get(text) ?? (label >= 0 ? exact.get(text.slice(label + 1)) : undefined);
      const candidates = comparedFields.filter((field) => found?.has(field) ?? false);
      const field: ComparedField | null = candidates.length === 1 ? (candidates[0] ?? null) : previous !== null && candidates.includes(previous) ? previous : null;
      this.recordField.set(record, field);
      if (field !== null) previous = field;
    }
  }

  /**
   * Aligns the field's paragraphs in the file with its units now (jsdiff's diffArrays on their
   * texts): equal texts are the same unit; where the file has k paragraphs and the item k units
   * that differ between two that agree, they are paired in order as the same units, edited since.
   */
  private mapRecords(): void {
    for (const field of comparedFields) {
      const records = this.parsed.records.filter((record) => this.fieldOf(record) === field && record.nowText !== '');
      const units = this.units.get(field) ?? [];
      let recordIndex = 0;
      let unitIndex = 0;
      let removed: FileRecord[] = [];
      let added: TextUnit[] = [];
      const pair = () => {
        this.pairEdited(removed, added);
        removed = [];
        added = [];
      };
      for (const part of diffArrays(records.map((record) => record.nowText), units.map((unit) => unit.text))) {
        const count = part.count;
        if (part.removed) {
          removed = [...removed, ...records.slice(recordIndex, recordIndex + count)];
          recordIndex += count;
        } else if (part.added) {
          added = [...added, ...units.slice(unitIndex, unitIndex + count)];
          unitIndex += count;
        } else {
          pair();
          for (let index = 0; index < count; index += 1) {
            const record = records[recordIndex + index];
            const unit = units[unitIndex + index];
            if (record && unit) this.recordUnit.set(record, unit);
          }
          recordIndex += count;
          unitIndex += count;
        }
      }
      pair();
    }
  }

  /**
   * Paragraphs of the file and units of the item that differ between two that agree: as many of
   * each are paired in order; otherwise each paragraph with the next unit that still shares most
   * of its text (at least 60 %), in order, so a paragraph that gained a sentence is still itself.
   */
  private pairEdited(records: readonly FileRecord[], units: readonly TextUnit[]): void {
    if (records.length === 0 || units.length === 0) return;
    if (records.length === units.length) {
      records.forEach((record, index) => this.edited.set(record, units[index] as TextUnit));
      return;
    }
    let next = 0;
    for (const record of records) {
      for (let index = next; index < units.length; index += 1) {
        const unit = units[index] as TextUnit;
        if (similarity(record.nowText, unit.text) >= 0.6) {
          this.edited.set(record, unit);
          next = index + 1;
          break;
        }
      }
    }
  }

  /**
   * An offset range of an edited paragraph's text mapped into its unit's text now, where that
   * stretch (and the characters on either side of it) is unchanged by the edits; else null.
   */
  private mapRange(record: FileRecord, unit: TextUnit, from: number, to: number): { from: number; to: number } | null {
    let fileAt = 0;
    let unitAt = 0;
    const lower = Math.max(0, from - 1);
    const upper = Math.min(record.nowText.length, to + 1);
    for (const part of diffChars(record.nowText, unit.text)) {
      const length = part.value.length;
      if (part.added) {
        // Text the item gained inside the stretch: the stretch is not what the file had there.
        if (fileAt > lower && fileAt < upper) return null;
        unitAt += length;
        continue;
      }
      if (part.removed) {
        if (fileAt < upper && fileAt + length > lower) return null;
        fileAt += length;
        continue;
      }
      if (fileAt <= lower && upper <= fileAt + length) return { from: unitAt + (from - fileAt), to: unitAt + (to - fileAt) };
      fileAt += length;
      unitAt += length;
    }
    return null;
  }

  recordAt(offset: number): FileRecord | undefined {
    // Records are in stream order: the last one starting at or before the offset.
    const records = this.parsed.records;
    let low = 0;
    let high = records.length - 1;
    let found: FileRecord | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const record = records[middle];
      if (record === undefined) break;
      if (record.start <= offset) {
        found = record;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  // ---- changes

  change(record: FileRecord, raw: RawChange, id: string): { change: WordChange; placement: ChangePlacement | null } {
    const field = this.fieldOf(record);
    const base = { id, author: raw.author, date: raw.date, field, deleted: raw.deleted, inserted: raw.inserted };
    const notFound = { change: { ...base, unitText: record.nowText, offset: raw.offset, match: 'notFound' as WordMatch }, placement: null };
    if (raw.structural) return this.wholeParagraph(record, raw, base) ?? notFound;
    const unit = this.recordUnit.get(record);
    if (unit && unit.text.startsWith(raw.deleted, raw.offset)) {
      return { change: { ...base, field: unit.field, unitText: unit.text, offset: raw.offset, match: 'matched' }, placement: { unit, offset: raw.offset, deleted: raw.deleted, inserted: raw.inserted } };
    }
    const editedUnit = this.edited.get(record);
    if (editedUnit) {
      const after = record.nowText.slice(0, raw.offset) + raw.inserted + record.nowText.slice(raw.offset + raw.deleted.length);
      if (after === editedUnit.text) return { change: { ...base, field: editedUnit.field, unitText: editedUnit.text, offset: raw.offset, match: 'alreadyPresent' }, placement: null };
      const range = this.mapRange(record, editedUnit, raw.offset, raw.offset + raw.deleted.length);
      if (range && editedUnit.text.startsWith(raw.deleted, range.from)) {
        return { change: { ...base, field: editedUnit.field, unitText: editedUnit.text, offset: range.from, match: 'matched' }, placement: { unit: editedUnit, offset: range.from, deleted: raw.deleted, inserted: raw.inserted } };
      }
    }
    const units = this.unitsOf(field);
    for (const length of contextLengths) {
      const before = record.nowText.slice(Math.max(0, raw.offset - length), raw.offset);
      const after = record.nowText.slice(raw.offset + raw.deleted.length, raw.offset + raw.deleted.length + length);
      const asNow = uniquePlace(units, before + raw.deleted + after);
      const asAfter = uniquePlace(units, before + raw.inserted + after);
      if (asNow && !asAfter) {
        const offset = asNow.at + before.length;
        return { change: { ...base, field: asNow.unit.field, unitText: asNow.unit.text, offset, match: 'matched' }, placement: { unit: asNow.unit, offset, deleted: raw.deleted, inserted: raw.inserted } };
      }
      if (asAfter && !asNow) {
        return { change: { ...base, field: asAfter.unit.field, unitText: asAfter.unit.text, offset: asAfter.at + before.length, match: 'alreadyPresent' }, placement: null };
      }
    }
    return this.wholeParagraph(record, raw, base) ?? notFound;
  }

  /**
   * A change that is a whole paragraph, inserted or deleted (the export's own, when a program
   * renumbered its revision ids, as LibreOffice does on saving): already made when the item has
   * exactly that paragraph (an insertion), or has no paragraph with that text (a deletion). It is
   * never applied from here: adding or removing paragraphs is done in the app.
   */
  private wholeParagraph(record: FileRecord, raw: RawChange, base: Omit<WordChange, 'unitText' | 'offset' | 'match'>): { change: WordChange; placement: null } | null {
    const units = this.unitsOf(this.fieldOf(record));
    if (raw.deleted === '' && raw.inserted.trim() !== '' && (raw.offset === 0 || raw.offset === record.nowText.length)) {
      const same = units.filter((unit) => unit.text === raw.inserted);
      const unit = same[0];
      if (same.length === 1 && unit) return { change: { ...base, field: unit.field, unitText: unit.text, offset: 0, match: 'alreadyPresent' }, placement: null };
    }
    if (raw.inserted === '' && raw.deleted.trim() !== '' && raw.offset === 0 && raw.deleted === record.nowText && !units.some((unit) => unit.text.includes(raw.deleted))) {
      return { change: { ...base, unitText: '', offset: 0, match: 'alreadyPresent' }, placement: null };
    }
    return null;
  }

  // ---- comments

  /** The comment's range as (record, from, to) pieces, trimmed of the white space at its ends. */
  segments(start: number, end: number): { record: FileRecord; from: number; to: number }[] {
    const out: { record: FileRecord; from: number; to: number }[] = [];
    for (const record of this.parsed.records) {
      const recordEnd = record.start + record.nowText.length;
      if (recordEnd < start || record.start > end) continue;
      const from = Math.max(start, record.start) - record.start;
      const to = Math.min(end, recordEnd) - record.start;
      let trimmedFrom = from;
      let trimmedTo = to;
      while (trimmedFrom < trimmedTo && /\s/u.test(record.nowText[trimmedFrom] ?? '')) trimmedFrom += 1;
      while (trimmedTo > trimmedFrom && /\s/u.test(record.nowText[trimmedTo - 1] ?? '')) trimmedTo -= 1;
      if (trimmedTo > trimmedFrom) out.push({ record, from: trimmedFrom, to: trimmedTo });
    }
    return out;
  }

  placeComment(segments: { record: FileRecord; from: number; to: number }[], field: ComparedField | null, quote: string): CommentPlacement[] | null {
    if (segments.length === 0) return null;
    const placed = segments.map((segment): CommentPlacement | null => {
      const unit = this.recordUnit.get(segment.record);
      if (unit) return { unit, from: segment.from, to: segment.to };
      const editedUnit = this.edited.get(segment.record);
      const range = editedUnit ? this.mapRange(segment.record, editedUnit, segment.from, segment.to) : null;
      return editedUnit && range ? { unit: editedUnit, ...range } : null;
    });
    if (placed.every((entry) => entry !== null)) return placed;
    if (segments.length !== 1) return null;
    const place = uniquePlace(this.unitsOf(field), quote);
    return place ? [{ unit: place.unit, from: place.at, to: place.at + quote.length }] : null;
  }
}


function sameBody(fileBody: string, existing: string): boolean {
  const file = normalized(fileBody);
  const own = normalized(existing);
  // The export writes a comment's replies after its own text: the file's text begins with it.
  return file === own || (own !== '' && fileBody.trim().startsWith(existing.trim()) && /^\s*\n/u.test(fileBody.trim().slice(existing.trim().length)));
}

const quotePlaceholder = '\u0000quote\u0000';

/**
 * A comment whose text was gone when the copy was exported: the export wrote it at its field's
 * start with no range, its quote as its first paragraph (reviewWord.detachedQuote). Read back,
 * the quote is the comment's quote again and the rest its text.
 */
function exportedDetached(body: string): { quote: string; body: string } | null {
  const template = translate('reviewWord.detachedQuote', { quote: quotePlaceholder });
  const [before = '', after = ''] = template.split(quotePlaceholder);
  const newline = body.indexOf('\n');
  const first = newline < 0 ? body : body.slice(0, newline);
  if (!first.startsWith(before) || !first.endsWith(after) || first.length < before.length + after.length) return null;
  return { quote: first.slice(before.length, first.length - after.length), body: newline < 0 ? '' : body.slice(newline + 1).trim() };
}

/** Matches every change and comment of the file against the item's units and its existing comments. */
export function matchReview(parsed: ParsedDocument, fileComments: readonly FileComment[], units: Map<ComparedField, TextUnit[]>, existing: readonly ExistingComment[]): MatchedReview {
  const matcher = new Matcher(parsed, units);
  const changes: WordChange[] = [];
  const changePlacements = new Map<string, ChangePlacement>();
  for (const record of parsed.records) {
    for (const raw of record.changes) {
      const id = `t${changes.length + 1}`;
      const { change, placement } = matcher.change(record, raw, id);
      changes.push(change);
      if (placement) changePlacements.set(id, placement);
    }
  }

  const comments: WordComment[] = [];
  const commentPlacements = new Map<string, CommentPlacement[]>();
  const existingComment = new Map<string, ExistingComment>();
  const byWordId = new Map<string, WordComment>();
  // Parents first, so that a reply knows how its parent matched.
  const ordered = [...fileComments.filter((comment) => comment.parentWordId === null), ...fileComments.filter((comment) => comment.parentWordId !== null)];
  for (const fileComment of ordered) {
    const id = `c${fileComment.wordId}`;
    const parent = fileComment.parentWordId === null ? undefined : byWordId.get(fileComment.parentWordId);
    const base = { id, author: fileComment.author, date: fileComment.date, body: fileComment.body };
    let comment: WordComment;
    if (parent) {
      const parentExisting = existingComment.get(parent.id);
      const already = parentExisting !== undefined && existing.some((candidate) => candidate.parentId === parentExisting.id && candidate.author.name === fileComment.author && sameBody(fileComment.body, candidate.body));
      comment = { ...base, quote: parent.quote, field: parent.field, parentId: parent.id, match: already ? 'alreadyPresent' : parent.match === 'notFound' ? 'notFound' : 'matched' };
    } else {
      const place = parsed.comments.get(fileComment.wordId);
      const start = place?.start ?? place?.reference ?? null;
      const end = place?.end ?? place?.reference ?? null;
      const segments = start === null || end === null || end < start ? [] : matcher.segments(start, end);
      const first = segments[0];
      const anchorRecord = first?.record ?? (start === null ? undefined : matcher.recordAt(start));
      const field = anchorRecord ? matcher.fieldOf(anchorRecord) : null;
      const rangeQuote = segments.map((segment) => segment.record.nowText.slice(segment.from, segment.to)).join('\n');
      const detached = rangeQuote === '' ? exportedDetached(fileComment.body) : null;
      const quote = detached?.quote ?? rangeQuote;
      if (detached) base.body = detached.body;
      const byId = new Map(existing.map((candidate) => [candidate.id, candidate]));
      const same = existing.find((candidate) => {
        if (candidate.author.name !== fileComment.author || !sameBody(base.body, candidate.body)) return false;
        // A reply exported threaded but read back on its own (LibreOffice keeps no threads): its comment's quote.
        const anchoredQuote = candidate.parentId === null ? candidate.quote : (byId.get(candidate.parentId)?.quote ?? '');
        // A range that holds no text of the item now (it lay in text the export showed as inserted and a
        // program renumbered): author and text alone tell the comment.
        return quote === '' || normalized(anchoredQuote) === normalized(quote);
      });
      let match: WordMatch = 'notFound';
      if (same) {
        match = 'alreadyPresent';
        // Replies in this file thread to the item's top-level comment of that thread.
        existingComment.set(id, same.parentId === null ? same : (byId.get(same.parentId) ?? same));
      } else {
        const placements = detached ? null : matcher.placeComment(segments, field, quote);
        if (placements) {
          match = 'matched';
          commentPlacements.set(id, placements);
        }
      }
      comment = { ...base, quote, field: placementsField(commentPlacements.get(id)) ?? field, parentId: null, match };
    }
    byWordId.set(fileComment.wordId, comment);
    comments.push(comment);
  }
  // Back in file order for the report.
  const order = new Map(fileComments.map((comment, index) => [`c${comment.wordId}`, index]));
  comments.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { comments, changes, changePlacements, commentPlacements, existingComment };
}

function placementsField(placements: CommentPlacement[] | undefined): ComparedField | null {
  return placements?.[0]?.unit.field ?? null;
}
