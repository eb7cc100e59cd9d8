// The result of comparing two versions of an item (issue 9). Built by item-compare.ts with jsdiff:
// each rich field is split into units (paragraph, heading, list item, table cell), units are
// aligned, and changed units get a word-level diff. The UI shows it inline or side by side.

export const comparedFields = ['title', 'background', 'proposal', 'decision'] as const;
export type ComparedField = (typeof comparedFields)[number];

export type UnitKind = 'title' | 'paragraph' | 'heading' | 'listItem' | 'tableCell';

export interface DiffPart {
  op: 'same' | 'ins' | 'del';
  text: string;
}

/** Where a unit stands, for labels such as "kohta 2" or "taulukko 1, rivi 3, sarake 2" (i18n builds the words). */
export interface UnitPlace {
  kind: UnitKind;
  /** 1-based: the paragraph's number in the field, the list item's number ("2.1" as [2, 1]), the table's number. */
  index: number[];
  /** Table cells only. */
  row?: number;
  column?: number;
}

export interface UnitDiff {
  change: 'same' | 'changed' | 'added' | 'removed';
  place: UnitPlace;
  before: string;
  after: string;
  /** Word-level parts; for 'same' one 'same' part, for 'added' one 'ins', for 'removed' one 'del'. */
  parts: DiffPart[];
}

export interface FieldDiff {
  field: ComparedField;
  units: UnitDiff[];
  /** Counts of the units by change, for summaries. */
  changed: number;
  added: number;
  removed: number;
}

export interface ItemComparison {
  itemId: string;
  from: number;
  to: number;
  fields: FieldDiff[];
  /** Other fields that differ (caseNumber, presenterName, attachments …), by name. */
  otherChanged: string[];
}

/** A version's one-line summary, stored with the version: per field, what changed against the previous version. */
export interface VersionChangeSummary {
  fields: {
    field: ComparedField;
    changed: number;
    added: number;
    removed: number;
    /** Numbers of list items ("kohta 2") changed, when the field's units are a numbered list's points. */
    points: string[];
    /** Numbers of a numbered list's points added ("kohta 3 lisätty"); absent in summaries stored before they were counted. */
    pointsAdded?: string[];
    /** Numbers (in the earlier version) of a numbered list's points removed. */
    pointsRemoved?: string[];
  }[];
  otherChanged: string[];
  /** Only comment anchors changed (no text). */
  commentsOnly: boolean;
}

export interface VersionEntry {
  itemId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  author: { personId: string | null; name: string };
  reason: string;
  status: string;
  /** Null only for the first version. */
  summary: VersionChangeSummary | null;
  /** A restore's source, a Word import's file name, a review step's message. */
  note: string;
}
