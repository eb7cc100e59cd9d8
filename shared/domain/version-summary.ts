// What changed from one version of an item to the next, in a few numbers (issue 9): stored with
// every version and shown in its history ("Selostus: 3 kappaletta muutettu; Päätösehdotus: kohta 2
// muutettu"), and in the presenter's queue for what changed since they last looked. It has to be
// fast (it runs on every save and for 500 versions lazily), so units are aligned but no word
// diff is made. Comment anchors are no change; a change of anchors only is `commentsOnly`.
import type { VersionChangeSummary } from './compare-types';
import { changedCommentFields } from './draft-changes';
import { alignUnits, otherChanges, richComparedFields, richOf } from './item-compare';
import type { AlignedUnit } from './item-compare';
import type { ItemDraft } from './item-schema';
import { richUnits } from './rich-units';

type FieldSummary = VersionChangeSummary['fields'][number];

const unique = (values: (string | null | undefined)[]): string[] => [...new Set(values.filter((value): value is string => typeof value === 'string'))];

function fieldSummary(field: FieldSummary['field'], aligned: readonly AlignedUnit[]): FieldSummary {
  const of = (change: AlignedUnit['diff']['change']) => aligned.filter((unit) => unit.diff.change === change);
  const changedUnits = of('changed');
  const addedUnits = of('added');
  const removedUnits = of('removed');
  return {
    field,
    changed: changedUnits.length,
    added: addedUnits.length,
    removed: removedUnits.length,
    points: unique(changedUnits.map((unit) => unit.now?.point)),
    pointsAdded: unique(addedUnits.map((unit) => unit.now?.point)),
    pointsRemoved: unique(removedUnits.map((unit) => unit.old?.point)),
  };
}

/** The summary of the change from `before` to `after` (two drafts, or two stored snapshots). */
export function summarizeChange(before: ItemDraft, after: ItemDraft): VersionChangeSummary {
  const fields: FieldSummary[] = [];
  if (before.title !== after.title) fields.push({ field: 'title', changed: 1, added: 0, removed: 0, points: [], pointsAdded: [], pointsRemoved: [] });
  for (const field of richComparedFields) {
    const old = richOf(before, field);
    const now = richOf(after, field);
    if (old === now) continue;
    const summary = fieldSummary(field, alignUnits(richUnits(old), richUnits(now), 'units'));
    if (summary.changed + summary.added + summary.removed > 0) fields.push(summary);
  }
  const otherChanged = otherChanges(before, after, fields);
  const commentsOnly = fields.length === 0 && otherChanged.length === 0 && changedCommentFields(before, after).length > 0;
  return { fields, otherChanged, commentsOnly };
}

/** Whether a summary says anything changed in the text or the other fields. */
export function hasChanges(summary: VersionChangeSummary): boolean {
  return summary.fields.length > 0 || summary.otherChanged.length > 0;
}
