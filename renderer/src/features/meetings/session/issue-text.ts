// The Finnish text of a refusal's issue: its message key filled with the values it names; a
// message that is no key reads as "Virheellinen arvo." rather than a developer's English.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartIssue } from './session-issues';

export function usePartIssueText(): (issue: PartIssue) => string {
  const { t, i18n } = useTranslation();
  return useCallback((issue: PartIssue) => (i18n.exists(issue.message) ? t(issue.message, issue.params ?? {}) : t('validation.invalid')), [t, i18n]);
}
