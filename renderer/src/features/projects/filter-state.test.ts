import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, initialFilters } from './filter-state';
import type { FilterState } from './filter-state';

const filters = (changes: Partial<FilterState>): FilterState => ({ ...initialFilters, ...changes });

describe('register filters in the address', () => {
  it('leave the defaults out, so an unfiltered register is plain #/projects', () => {
    expect(filtersToParams(initialFilters).toString()).toBe('');
  });

  it('come back as they were, dates as d.m.yyyy', () => {
    const set = filters({
      areas: ['perusopetus', 'lukiokoulutus'], funders: ['OKM'], statuses: ['kaynnissa'], scopes: ['seudullinen'], year: 2024,
      activeOnText: '1.1.24', dueByText: '30.6.2024', search: 'tasa-arvo & kieli', sortBy: 'startDate', sortDirection: 'desc',
    });
    const params = filtersToParams(set);
    expect(params.get('activeOn')).toBe('2024-01-01');
    expect(filtersFromParams(new URLSearchParams(params.toString()))).toEqual({ ...set, areas: ['perusopetus', 'lukiokoulutus'], activeOnText: '1.1.2024' });
  });

  it('leave out a half-typed date', () => {
    expect(filtersToParams(filters({ activeOnText: '1.1.' })).has('activeOn')).toBe(false);
  });

  it('fall back to the defaults for anything unknown or unreadable, keeping what is readable', () => {
    const read = filtersFromParams(new URLSearchParams('area=nonsense,perusopetus,perusopetus&funder=&status=&scope=x&year=1899&activeOn=31.2.2024&dueBy=huomenna&sort=evil&dir=sideways&q=' + 'x'.repeat(500)));
    expect(read).toEqual(filters({ areas: ['perusopetus'], search: 'x'.repeat(200) }));
    expect(filtersFromParams(new URLSearchParams('year=2024.5&sort=constructor&dir=ASC'))).toEqual(initialFilters);
  });
});
