// The register's filters live in its address (#/projects?area=…&q=…): a reload keeps them, and
// so does going to another screen and back, by Back or by the navigation's plain "#/projects"
// link, which finds the filters last shown here (kept for as long as the page lives).
import { useEffect, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import { readHash, replaceHashQuery } from '../../app/use-hash-route';
import { filtersFromParams, filtersToParams } from './filter-state';
import type { FilterState } from './filter-state';

const path = 'projects';
let lastQuery = '';

function filtersOfAddress(): FilterState {
  const { path: current, query } = readHash();
  return filtersFromParams(new URLSearchParams(current === path && query !== '' ? query : lastQuery));
}

/** The filter state, read from the address and written back to it (replacing, not adding history). */
export function useRegisterFilters(): [FilterState, Dispatch<SetStateAction<FilterState>>] {
  const [filters, setFilters] = useState<FilterState>(filtersOfAddress);

  useEffect(() => {
    const params = filtersToParams(filters);
    lastQuery = params.toString();
    replaceHashQuery(path, params);
  }, [filters]);

  // An address typed or linked while the register is open (a replace fires no hashchange).
  useEffect(() => {
    const onHashChange = () => {
      if (readHash().path === path) setFilters(filtersOfAddress());
    };
    window.addEventListener('hashchange', onHashChange);
    return () => { window.removeEventListener('hashchange', onHashChange); };
  }, []);

  return [filters, setFilters];
}
