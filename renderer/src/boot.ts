// The page's first script, kept tiny: it asks the host for the register's first answers and
// only then loads the app bundle, so the requests travel while the big bundle is parsed.
import { prefetchStartup } from './app/prefetch';
import { initialQuery } from './features/projects/initial-query';

// The register is the first screen unless the address names another one. With filters in its
// address (#/projects?…) the register asks for its own rows.
const route = window.location.hash.replace(/^#\/?/u, '');
prefetchStartup(route === '' || route === 'projects' ? initialQuery : null);
void import('./main');
