// The static, ordered list of migrations (no folder scanning: it breaks once bundled).
// Append new ones at the end with the next version number; never edit a landed one.
import type { Migration } from './migration';
import { migration001 } from './001-projects-people-settings';
import { migration002 } from './002-agenda-items';
import { migration003 } from './003-project-list-indexes';
import { migration004 } from './004-project-sort-indexes';
import { migration005 } from './005-project-search-index';
import { migration006 } from './006-people-settings-updated-at';
import { migration007 } from './007-decisions-as-rich-text';
import { migration008 } from './008-meetings';
import { migration009 } from './009-review';
import { migration010 } from './010-data-transfer';

export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010];

export const latestVersion: number = migrations.reduce((max, m) => Math.max(max, m.version), 0);
