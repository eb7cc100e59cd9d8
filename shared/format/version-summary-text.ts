// A version's one-line summary in Finnish (issue 9), for the history, the queue and the command
// line: "Selostus: 3 kappaletta muutettu; Päätösehdotus: kohta 2 muutettu". Also the label of a
// unit's place in the compare view ("kohta 2", "taulukko 1, rivi 3, sarake 2").
import type { UnitPlace, VersionChangeSummary } from '../domain/compare-types';
import { assertNever } from '../errors';
import { review } from '../i18n/fi/review';
import { fillTemplate } from './fill-template';
import { joinFinnish } from './finnish-names';

const words = review.summary;
type FieldSummary = VersionChangeSummary['fields'][number];

/** A field's Finnish name; an unknown name (a field added later) as it is. */
function fieldName(name: string): string {
  return (words.fields as Readonly<Record<string, string>>)[name] ?? name;
}

function paragraphs(count: number): string {
  return count === 1 ? words.paragraphsOne : fillTemplate(words.paragraphsMany, { count });
}

function points(numbers: readonly string[]): string {
  const [only] = numbers;
  return numbers.length === 1 && only !== undefined ? fillTemplate(words.pointOne, { number: only }) : fillTemplate(words.pointsMany, { numbers: joinFinnish(numbers, words.and) });
}

/** "kohta 2 muutettu", "2 kappaletta lisätty": the numbered points by number, the other units counted. */
function changes(template: string, count: number, numbers: readonly string[] = []): string[] {
  const rest = Math.max(0, count - numbers.length);
  return [...(numbers.length > 0 ? [fillTemplate(template, { what: points(numbers) })] : []), ...(rest > 0 ? [fillTemplate(template, { what: paragraphs(rest) })] : [])];
}

function fieldPart(field: FieldSummary): string {
  if (field.field === 'title') return words.titleChanged;
  const parts = [
    ...changes(words.changed, field.changed, field.points),
    ...changes(words.added, field.added, field.pointsAdded),
    ...changes(words.removed, field.removed, field.pointsRemoved),
  ];
  return fillTemplate(words.field, { field: fieldName(field.field), changes: parts.join(', ') });
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('fi-FI') + text.slice(1);

/** "Selostus: 3 kappaletta muutettu; Päätösehdotus: kohta 2 muutettu; Diaarinumero muutettu"; null summary = the first version. */
export function formatVersionSummary(summary: VersionChangeSummary | null): string {
  if (summary === null) return words.first;
  const compared = new Set<string>(['title', 'background', 'proposal', 'decision']);
  // A compared field listed among the others changed only in its formatting.
  const formatting = summary.otherChanged.filter((name) => compared.has(name) && name !== 'title');
  const others = summary.otherChanged.filter((name) => !compared.has(name) || name === 'title');
  const parts = [
    ...summary.fields.map(fieldPart),
    ...formatting.map((name) => fillTemplate(words.field, { field: fieldName(name), changes: words.formatting })),
    ...(others.length > 0 ? [fillTemplate(words.othersChanged, { names: joinFinnish(others.map((name, index) => (index === 0 ? fieldName(name) : lowerFirst(fieldName(name)))), words.and) })] : []),
  ];
  if (parts.length > 0) return parts.join('; ');
  return summary.commentsOnly ? words.commentsOnly : words.nothing;
}

/** "kappale 3", "kohta 2.1", "taulukko 1, rivi 3, sarake 2", "otsikko". */
export function unitPlaceLabel(place: UnitPlace): string {
  const number = place.index.join('.');
  const labels = review.compare.place;
  switch (place.kind) {
    case 'title':
      return labels.title;
    case 'paragraph':
      return fillTemplate(labels.paragraph, { number });
    case 'heading':
      return fillTemplate(labels.heading, { number });
    case 'listItem':
      return fillTemplate(labels.listItem, { number });
    case 'tableCell':
      return fillTemplate(labels.tableCell, { table: number, row: place.row ?? 0, column: place.column ?? 0 });
    default:
      return assertNever(place.kind);
  }
}
