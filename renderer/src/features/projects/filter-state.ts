import { formatFinnishDate, parseFinnishDate } from '../../../../shared/format/date';
import { funders, projectScopes, projectSortKeys, projectStatuses, responsibilityAreas } from '../../../../shared/domain/project';
import type { Funder, ProjectQueryInput, ProjectScope, ProjectSortKey, ProjectStatus, ResponsibilityArea } from '../../../../shared/domain/project';

/** What the filter bar holds: the date as typed, so a half-typed date is not an error yet. */
export interface FilterState {
  areas: ResponsibilityArea[];
  funders: Funder[];
  statuses: ProjectStatus[];
  scopes: ProjectScope[];
  year: number | null;
  activeOnText: string;
  dueByText: string;
  search: string;
  sortBy: ProjectSortKey;
  sortDirection: 'asc' | 'desc';
}

export const initialFilters: FilterState = {
  areas: [], funders: [], statuses: [], scopes: [], year: null, activeOnText: '', dueByText: '', search: '', sortBy: 'nameFi', sortDirection: 'asc',
};

/** The years the year filter offers. */
export const filterYears: readonly number[] = Array.from({ length: 2031 - 2015 }, (_, index) => 2015 + index);

/** The search's length limit in projectQuerySchema. */
export const searchMaxLength = 200;

/** A date typed in a filter as d.m.yyyy: iso null when the text is empty or unreadable; invalid says which. */
export function readFilterDate(text: string): { iso: string | null; invalid: boolean } {
  if (text.trim() === '') return { iso: null, invalid: false };
  const iso = parseFinnishDate(text);
  return { iso, invalid: iso === null };
}

export function toQuery(filters: FilterState, search: string): ProjectQueryInput {
  const activeOn = readFilterDate(filters.activeOnText);
  const dueBy = readFilterDate(filters.dueByText);
  return {
    areas: filters.areas,
    funders: filters.funders,
    statuses: filters.statuses,
    scopes: filters.scopes,
    year: filters.year,
    activeOn: activeOn.iso,
    dueBy: dueBy.iso,
    search,
    sortBy: filters.sortBy,
    sortDirection: filters.sortDirection,
  };
}

// The filters in the register's address (#/projects?…), so that a reload or going to another
// screen and back finds them again. Defaults are left out; dates travel as ISO.
const listKeys = { areas: 'area', funders: 'funder', statuses: 'status', scopes: 'scope' } as const;

export function filtersToParams(filters: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim() !== '') params.set('q', filters.search);
  for (const [field, key] of Object.entries(listKeys) as [keyof typeof listKeys, string][]) {
    if (filters[field].length > 0) params.set(key, filters[field].join(','));
  }
  if (filters.year !== null) params.set('year', String(filters.year));
  const activeOn = readFilterDate(filters.activeOnText).iso;
  if (activeOn) params.set('activeOn', activeOn);
  const dueBy = readFilterDate(filters.dueByText).iso;
  if (dueBy) params.set('dueBy', dueBy);
  if (filters.sortBy !== initialFilters.sortBy) params.set('sort', filters.sortBy);
  if (filters.sortDirection !== initialFilters.sortDirection) params.set('dir', filters.sortDirection);
  return params;
}

/** Known values only, each once: an address edited by hand or left by an older version filters by what it can. */
function listParam<V extends string>(params: URLSearchParams, key: string, allowed: readonly V[]): V[] {
  const values = (params.get(key) ?? '').split(',');
  return allowed.filter((value) => values.includes(value));
}

function dateParam(params: URLSearchParams, key: string): string {
  const iso = parseFinnishDate(params.get(key) ?? '');
  return iso === null ? '' : formatFinnishDate(iso);
}

/** The filters an address asks for; whatever is missing or unreadable falls back to its default. */
export function filtersFromParams(params: URLSearchParams): FilterState {
  const year = Number(params.get('year'));
  const sortBy = projectSortKeys.find((key) => key === params.get('sort'));
  const direction = params.get('dir');
  return {
    areas: listParam(params, listKeys.areas, responsibilityAreas),
    funders: listParam(params, listKeys.funders, funders),
    statuses: listParam(params, listKeys.statuses, projectStatuses),
    scopes: listParam(params, listKeys.scopes, projectScopes),
    year: filterYears.includes(year) ? year : null,
    activeOnText: dateParam(params, 'activeOn'),
    dueByText: dateParam(params, 'dueBy'),
    search: (params.get('q') ?? '').slice(0, searchMaxLength),
    sortBy: sortBy ?? initialFilters.sortBy,
    sortDirection: direction === 'asc' || direction === 'desc' ? direction : initialFilters.sortDirection,
  };
}
