import { parseFinnishDate } from '../../../../shared/format/date';
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
