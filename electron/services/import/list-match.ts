// A list field's file value → the app's own value (its id), by the id or the Finnish label the
// app shows (shared/i18n/fi/projects.ts through translate, never a second copy of the labels),
// ignoring case, accents, spacing, punctuation and a parenthesised addition on either side.
import { funders, grantTypes, projectScopes, projectStatuses, responsibilityAreas } from '../../../shared/domain/project';
import type { ImportListField, ImportMapping } from '../../../shared/domain/register-import';
import { translate } from '../../../shared/i18n/translate';
import { foldKey, foldKeyBare } from './normalise';

export const listValues: Record<ImportListField, readonly string[]> = {
  area: responsibilityAreas,
  funder: funders,
  grantType: grantTypes,
  scope: projectScopes,
  status: projectStatuses,
};

/** The keys a value is known by: its id and labels, each whole and without its parenthesis. */
function keysOf(field: ImportListField, value: string): string[] {
  const texts = [value, translate(`projects.${field}.${value}`)];
  if (field === 'funder') texts.push(translate(`projects.funderLong.${value}`));
  return texts.flatMap((text) => [foldKey(text), foldKeyBare(text)]).filter((key) => key !== '');
}

type Index = Map<string, string>;
const indexes = new Map<ImportListField, Index>();

function indexOf(field: ImportListField): Index {
  let index = indexes.get(field);
  if (!index) {
    index = new Map();
    for (const value of listValues[field]) for (const key of keysOf(field, value)) if (!index.has(key)) index.set(key, value);
    indexes.set(field, index);
  }
  return index;
}

/** Each distinct cell text once: a register repeats a handful of values over thousands of rows. */
const seen = new Map<string, string | null>();

/** The app's value for a file value, or null when it is not one of the app's own. */
export function matchListValue(field: ImportListField, text: string): string | null {
  const key = `${field}\u0000${text}`;
  const known = seen.get(key);
  if (known !== undefined) return known;
  const index = indexOf(field);
  const value = index.get(foldKey(text)) ?? index.get(foldKeyBare(text)) ?? null;
  if (seen.size > 10_000) seen.clear();
  seen.set(key, value);
  return value;
}

export function isListValue(field: ImportListField, value: string): boolean {
  return listValues[field].includes(value);
}

/** The user's choice for an unknown value (compared as the matcher compares), if any and valid. */
export function mappedListValue(mapping: ImportMapping, field: ImportListField, text: string): string | null {
  const key = foldKey(text);
  const found = mapping.valueMappings.find((entry) => entry.field === field && foldKey(entry.value) === key);
  return found && isListValue(field, found.target) ? found.target : null;
}
