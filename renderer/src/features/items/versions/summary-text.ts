// The version's one-line summary ("Selostus: 3 kappaletta muutettu; Päätösehdotus: kohta 2 muutettu").
// Interim: replaced by the logic helper's shared/format/version-summary-text.ts once merged.
import type { VersionChangeSummary } from '../../../../../shared/domain/compare-types';

export function summaryText(summary: VersionChangeSummary | null): string {
  if (summary === null) return '';
  return summary.fields.map((field) => `${field.field}: ${String(field.changed + field.added + field.removed)}`).join('; ');
}
