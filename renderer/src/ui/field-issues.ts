// A form's view of a service's field issues: each on the field that shows it, the rest for the
// form's alert, so that "Tarkista merkityt kentät" never stands without a marked field.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/ipc/define';

export interface PlacedIssues<F extends string> {
  /** Field → message key of its (first) problem. */
  byField: Partial<Record<F, string>>;
  /** Message keys of problems no field on the form shows. */
  unplaced: string[];
}

/** fieldOf names the form field that shows a path's problem, or null when none does. */
export function placeIssues<F extends string>(fields: readonly FieldIssue[] | undefined, fieldOf: (path: string) => F | null): PlacedIssues<F> {
  const byField: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  for (const issue of fields ?? []) {
    const field = fieldOf(issue.path);
    if (field === null) {
      if (!unplaced.includes(issue.message)) unplaced.push(issue.message);
    } else if (byField[field] === undefined) byField[field] = issue.message;
  }
  return { byField, unplaced };
}

/**
 * The Finnish text of an issue's message key. A message that is no key (a library's own English
 * text for a rule the schema gave no message) reads as "Virheellinen arvo." rather than English.
 */
export function useIssueText(): (detail: IssueDetail) => string {
  const { t, i18n } = useTranslation();
  return useCallback((detail: IssueDetail) => {
    const { message, params } = typeof detail === 'string' ? { message: detail, params: undefined } : detail;
    return i18n.exists(message) ? t(message, params) : t('validation.invalid');
  }, [t, i18n]);
}

/**
 * A message key, or a key with the values its text names (FieldIssue.params: "Eero Berg on
 * merkitty kohdan § 2 käsittelyyn"), so that no "{{name}}" ever reaches the screen.
 */
export type IssueDetail = string | Pick<FieldIssue, 'message' | 'params'>;

export const issueDetailKey = (detail: IssueDetail): string => (typeof detail === 'string' ? detail : `${detail.message}:${JSON.stringify(detail.params ?? {})}`);
