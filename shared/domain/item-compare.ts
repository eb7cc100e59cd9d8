// Two versions of an item compared as a reader compares them (issue 9): the title, and the
// background, proposal and decision unit by unit (paragraphs, headings, list items, table
// cells). Units are aligned with jsdiff's diffArrays on their texts; within a run of differing
// units, a removed and an added unit of the same kind are paired in order as one changed unit
// (a paragraph split in two reads as the first half changed and the second added), and a changed
// unit gets a word-level diff. A table is aligned as one piece: a table of the same shape is then
// compared cell by cell, a table reshaped is removed and added whole. Comment anchors and
// formatting are no text: a field whose only change is formatting is listed in otherChanged.
import { diffArrays } from 'diff';
import type { ComparedField, DiffPart, FieldDiff, ItemComparison, UnitDiff, UnitKind, UnitPlace } from './compare-types';
import { comparedFields } from './compare-types';
import { changedDraftFields } from './draft-changes';
import type { ItemDraft } from './item-schema';
import { itemDraftSchema } from './item-schema';
import type { RichDoc } from './rich-text';
import { richUnits } from './rich-units';
import type { RichUnit } from './rich-units';
import { wordDiff } from './word-diff';

/** What is aligned: a unit, or a whole table (its cells, row by row). */
interface Piece {
  kind: UnitKind | 'table';
  key: string;
  units: RichUnit[];
  /** A table's shape: its cells' rows and columns. */
  shape: string;
}

function piecesOf(units: readonly RichUnit[]): Piece[] {
  const pieces: Piece[] = [];
  let table: Piece | null = null;
  let tableNumber = -1;
  for (const unit of units) {
    if (unit.place.kind === 'tableCell') {
      const number = unit.place.index[0] ?? 0;
      if (table === null || number !== tableNumber) {
        table = { kind: 'table', key: '', units: [], shape: '' };
        tableNumber = number;
        pieces.push(table);
      }
      table.units.push(unit);
      table.key += `\u0001${unit.text}`;
      table.shape += `\u0001${String(unit.place.row)}:${String(unit.place.column)}`;
      continue;
    }
    table = null;
    pieces.push({ kind: unit.place.kind, key: `${unit.place.kind}\u0000${unit.text}`, units: [unit], shape: '' });
  }
  for (const piece of pieces) if (piece.kind === 'table') piece.key = `table\u0000${piece.shape}\u0000${piece.key}`;
  return pieces;
}

/** How fine the differences of a changed unit are: words for the compare view, none for a summary. */
export type DiffDetail = 'words' | 'units';

function parts(before: string, after: string, detail: DiffDetail): DiffPart[] {
  if (detail === 'units') return [];
  return wordDiff(before, after);
}

/** A unit's diff with the units it came from (the summary reads their point numbers). */
export interface AlignedUnit {
  diff: UnitDiff;
  old: RichUnit | null;
  now: RichUnit | null;
}

function same(unit: RichUnit, previous: RichUnit, detail: DiffDetail): AlignedUnit {
  const diff: UnitDiff = { change: 'same', place: unit.place, before: previous.text, after: unit.text, parts: detail === 'units' || unit.text === '' ? [] : [{ op: 'same', text: unit.text }] };
  return { diff, old: previous, now: unit };
}

function added(unit: RichUnit, detail: DiffDetail): AlignedUnit {
  const diff: UnitDiff = { change: 'added', place: unit.place, before: '', after: unit.text, parts: detail === 'units' || unit.text === '' ? [] : [{ op: 'ins', text: unit.text }] };
  return { diff, old: null, now: unit };
}

function removed(unit: RichUnit, detail: DiffDetail): AlignedUnit {
  const diff: UnitDiff = { change: 'removed', place: unit.place, before: unit.text, after: '', parts: detail === 'units' || unit.text === '' ? [] : [{ op: 'del', text: unit.text }] };
  return { diff, old: unit, now: null };
}

function changed(before: RichUnit, after: RichUnit, detail: DiffDetail): AlignedUnit {
  if (before.text === after.text) return same(after, before, detail);
  return { diff: { change: 'changed', place: after.place, before: before.text, after: after.text, parts: parts(before.text, after.text, detail) }, old: before, now: after };
}

/** The changed pair of two pieces of the same kind: a unit, or a table of the same shape cell by cell. */
function pairDiffs(before: Piece, after: Piece, detail: DiffDetail): AlignedUnit[] {
  if (before.kind !== 'table') {
    const [a] = before.units;
    const [b] = after.units;
    return a && b ? [changed(a, b, detail)] : [];
  }
  return after.units.flatMap((cell, index) => {
    const old = before.units[index];
    return old ? [changed(old, cell, detail)] : [];
  });
}

function canPair(before: Piece, after: Piece): boolean {
  return before.kind === after.kind && (before.kind !== 'table' || before.shape === after.shape);
}

/** A run of removed and added pieces: same-kind pairs in order are changes, the rest removed or added, in document order. */
function hunkDiffs(gone: readonly Piece[], come: readonly Piece[], detail: DiffDetail): AlignedUnit[] {
  const out: AlignedUnit[] = [];
  const removeAll = (pieces: readonly Piece[]) => {
    for (const piece of pieces) out.push(...piece.units.map((unit) => removed(unit, detail)));
  };
  const addAll = (pieces: readonly Piece[]) => {
    for (const piece of pieces) out.push(...piece.units.map((unit) => added(unit, detail)));
  };
  let left = 0;
  let next = 0;
  gone.forEach((old, index) => {
    const match = come.findIndex((candidate, at) => at >= next && canPair(old, candidate));
    const partner = come[match];
    if (partner === undefined) return;
    // Whatever was removed before this one and added before its partner stands first.
    removeAll(gone.slice(left, index));
    addAll(come.slice(next, match));
    out.push(...pairDiffs(old, partner, detail));
    left = index + 1;
    next = match + 1;
  });
  removeAll(gone.slice(left));
  addAll(come.slice(next));
  return out;
}

/** The units of two texts aligned and compared, with the units each diff came from. */
export function alignUnits(before: readonly RichUnit[], after: readonly RichUnit[], detail: DiffDetail = 'words'): AlignedUnit[] {
  const old = piecesOf(before);
  const now = piecesOf(after);
  const changes = diffArrays(old, now, { comparator: (a, b) => a.key === b.key });
  const out: AlignedUnit[] = [];
  let oldAt = 0;
  let nowAt = 0;
  let gone: Piece[] = [];
  let come: Piece[] = [];
  const flush = () => {
    if (gone.length > 0 || come.length > 0) out.push(...hunkDiffs(gone, come, detail));
    gone = [];
    come = [];
  };
  for (const change of changes) {
    const count = change.count;
    if (change.removed) {
      gone.push(...old.slice(oldAt, oldAt + count));
      oldAt += count;
    } else if (change.added) {
      come.push(...now.slice(nowAt, nowAt + count));
      nowAt += count;
    } else {
      flush();
      for (let i = 0; i < count; i += 1) {
        const a = old[oldAt + i];
        const b = now[nowAt + i];
        if (a && b) out.push(...pairDiffs(a, b, detail));
      }
      oldAt += count;
      nowAt += count;
    }
  }
  flush();
  return out;
}

/** The units of two texts aligned and compared; a null text (no decision yet) has no units. */
export function compareUnits(before: readonly RichUnit[], after: readonly RichUnit[], detail: DiffDetail = 'words'): UnitDiff[] {
  return alignUnits(before, after, detail).map((aligned) => aligned.diff);
}

export function fieldDiff(field: ComparedField, units: UnitDiff[]): FieldDiff {
  const count = (change: UnitDiff['change']) => units.filter((unit) => unit.change === change).length;
  return { field, units, changed: count('changed'), added: count('added'), removed: count('removed') };
}

function titleDiff(before: string, after: string, detail: DiffDetail): UnitDiff[] {
  const place: UnitPlace = { kind: 'title', index: [1] };
  if (before === after) return [{ change: 'same', place, before, after, parts: detail === 'units' || after === '' ? [] : [{ op: 'same', text: after }] }];
  return [{ change: 'changed', place, before, after, parts: parts(before, after, detail) }];
}

/** The draft's fields, by name: the ones a version may differ in. */
const draftFields = Object.keys(itemDraftSchema.shape) as (keyof ItemDraft)[];

export type RichComparedField = Exclude<ComparedField, 'title'>;
export const richComparedFields = ['background', 'proposal', 'decision'] as const satisfies readonly RichComparedField[];

export const richOf = (draft: ItemDraft, field: RichComparedField): RichDoc | null => draft[field];

/**
 * Fields that differ but have no differing unit: the other draft fields by name, and a compared
 * rich field whose text is the same but whose formatting changed.
 */
export function otherChanges(before: ItemDraft, after: ItemDraft, fields: readonly Pick<FieldDiff, 'field' | 'changed' | 'added' | 'removed'>[]): string[] {
  const changedNames = changedDraftFields(before, after, draftFields);
  return changedNames.filter((name) => {
    const compared = fields.find((field) => field.field === name);
    return compared === undefined || compared.changed + compared.added + compared.removed === 0;
  });
}

/** The title, background, proposal and decision compared; `detail: 'units'` skips the word diffs (summaries). */
export function compareDrafts(before: ItemDraft, after: ItemDraft, detail: DiffDetail = 'words'): Pick<ItemComparison, 'fields' | 'otherChanged'> {
  const fields: FieldDiff[] = comparedFields.map((field) => {
    if (field === 'title') return fieldDiff(field, titleDiff(before.title, after.title, detail));
    const old = richOf(before, field);
    const now = richOf(after, field);
    return fieldDiff(field, compareUnits(richUnits(old), old === now ? richUnits(old) : richUnits(now), detail));
  });
  return { fields, otherChanged: otherChanges(before, after, fields) };
}

/** Two versions of an item (their stored snapshots, or any two drafts) compared with word-level differences. */
export function compareItems(before: ItemDraft, after: ItemDraft): Pick<ItemComparison, 'fields' | 'otherChanged'> {
  return compareDrafts(before, after, 'words');
}
