import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectLabels } from '../projects/labels';
import type { ValueWords } from './preview-values';

/** The words preview-values.ts formats with, in Finnish. */
export function useValueWords(): ValueWords {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  return useMemo(() => ({ labels, yes: t('dataImportUi.yes'), no: t('dataImportUi.no') }), [labels, t]);
}
