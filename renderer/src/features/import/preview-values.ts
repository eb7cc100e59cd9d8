// A preview row's parsed values as the register shows them: money "12 500 €", dates d.m.yyyy,
// own share "15 %", list values by their Finnish names. Pure, so that the test reads what the
// user will read.
import type { ProjectInput } from '../../../../shared/domain/project';
import type { ImportFieldKey } from '../../../../shared/domain/register-import';
import { formatFinnishDate } from '../../../../shared/format/date';
import { formatEuros, formatPercent } from '../../../../shared/format/money';
import type { ProjectLabels } from '../projects/labels';

/** A count as the register writes it: "10 000". */
export const formatCount = (count: number): string => count.toLocaleString('fi-FI');

export interface ValueWords {
  labels: ProjectLabels;
  yes: string;
  no: string;
}

/** The field's value in the row, formatted; '' where the file gave none. */
export function formatImportValue(values: Partial<ProjectInput>, field: ImportFieldKey, words: ValueWords): string {
  const { labels } = words;
  switch (field) {
    case 'grantedCents':
    case 'totalBudgetCents': {
      const cents = values[field];
      return cents === undefined || cents === null ? '' : formatEuros(cents);
    }
    case 'ownShareValue': {
      const value = values.ownShareValue;
      if (value === undefined || value === null) return '';
      return values.ownShareKind === 'euros' ? formatEuros(value) : formatPercent(value);
    }
    case 'startDate':
    case 'endDate':
    case 'decisionDate':
    case 'reportDueDate': {
      const iso = values[field];
      return iso === undefined || iso === null ? '' : formatFinnishDate(iso);
    }
    case 'area': return values.area === undefined ? '' : labels.area(values.area);
    case 'funder': return values.funder === undefined ? '' : labels.funder(values.funder);
    case 'grantType': return values.grantType === undefined ? '' : labels.grantType(values.grantType);
    case 'scope': return values.scope === undefined ? '' : labels.scope(values.scope);
    case 'status': return values.status === undefined ? '' : labels.status(values.status);
    case 'partnership': return values.partnership === undefined ? '' : values.partnership ? words.yes : words.no;
    case 'partners': return (values.partners ?? []).join(', ');
    case 'nameFi':
    case 'nameSv':
    case 'callName':
    case 'responsiblePerson':
    case 'coordinator':
    case 'decisionNumber':
    case 'description':
      return values[field] ?? '';
  }
}

/**
 * The mapping step's examples of a column: the file's own cells when the service sends them,
 * otherwise the parsed values of the first rows for a column the preview imported.
 */
export function columnExamples(
  samples: readonly { index: number; values: string[] }[] | undefined,
  column: { index: number; field: ImportFieldKey | null },
  rows: readonly { values: Partial<ProjectInput> }[],
  words: ValueWords,
  count = 3,
): string[] {
  const own = samples?.find((entry) => entry.index === column.index);
  if (own) return own.values.slice(0, count);
  const { field } = column;
  if (field === null) return [];
  const examples: string[] = [];
  for (const row of rows) {
    const text = formatImportValue(row.values, field, words);
    if (text !== '') examples.push(text);
    if (examples.length === count) break;
  }
  return examples;
}
