// Finnish names of the register's coded values (shared/i18n/fi/projects.ts), in one place so
// table, filters, totals and form all say the same thing.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Funder, GrantType, ProjectScope, ProjectStatus, ResponsibilityArea } from '../../../../shared/domain/project';

export interface ProjectLabels {
  area: (value: ResponsibilityArea) => string;
  funder: (value: Funder) => string;
  grantType: (value: GrantType) => string;
  scope: (value: ProjectScope) => string;
  status: (value: ProjectStatus) => string;
  field: (name: string) => string;
  /** A totals key is an area or a funder code. */
  totalsKey: (kind: 'area' | 'funder', key: string) => string;
}

export function useProjectLabels(): ProjectLabels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      area: (value) => t(`projects.area.${value}`),
      funder: (value) => t(`projects.funder.${value}`),
      grantType: (value) => t(`projects.grantType.${value}`),
      scope: (value) => t(`projects.scope.${value}`),
      status: (value) => t(`projects.status.${value}`),
      field: (name) => t(`projects.field.${name}`),
      totalsKey: (kind, key) => t(`projects.${kind}.${key}`),
    }),
    [t],
  );
}
