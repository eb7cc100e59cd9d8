// Kysely's view of the tables (migration 001 onwards). Column names are snake_case as stored;
// repositories map rows to the camelCase domain types of shared/.
import type { Generated } from 'kysely';

export interface ProjectsTable {
  id: string;
  name_fi: string;
  name_sv: string;
  /** Lower-cased, ä/ö/å folded text of every searchable field; written by the repository. */
  search_text: string;
  /** Byte-order key that sorts names in Finnish order (… x y z å ä ö); written by the repository. */
  name_sort: string;
  area: string;
  funder: string;
  grant_type: string;
  call_name: string;
  granted_cents: number | null;
  own_share_kind: string;
  own_share_value: number | null;
  total_budget_cents: number | null;
  start_date: string | null;
  end_date: string | null;
  partnership: number;
  scope: string;
  /** JSON array of strings. */
  partners: string;
  responsible_person: string;
  coordinator: string;
  status: string;
  decision_number: string;
  decision_date: string | null;
  report_due_date: string | null;
  description: string;
  is_sample: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface PeopleTable {
  id: string;
  name: string;
  title: string;
  phone: string;
  email: string;
  sort_order: Generated<number>;
  /** ISO time of the last change (migration 006); '' only for a row written without one. */
  updated_at: Generated<string>;
  /** A user of the app has a role (migration 009): valmistelija | esittelija | poytakirjanpitaja. */
  role: string | null;
  /** 1: varaesittelijä, may approve and return in place of any presenter (migration 009). */
  deputy_presenter: Generated<number>;
}

export interface SettingsTable {
  key: string;
  /** JSON text. */
  value: string;
  /** ISO time of the last change (migration 006). */
  updated_at: Generated<string>;
}

export interface Database {
  projects: ProjectsTable;
  people: PeopleTable;
  settings: SettingsTable;
}
