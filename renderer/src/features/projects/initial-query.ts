import type { ProjectQueryInput } from '../../../../shared/domain/project';

/** The register's query when it opens: everything, by name. filter-state's initialFilters mirror it. */
export const initialQuery = {
  areas: [],
  funders: [],
  statuses: [],
  scopes: [],
  year: null,
  activeOn: null,
  dueBy: null,
  search: '',
  sortBy: 'nameFi',
  sortDirection: 'asc',
} as const satisfies ProjectQueryInput;
