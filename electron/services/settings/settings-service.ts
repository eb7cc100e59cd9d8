// Organisation settings (names are settings, not constants: domain.md). Stored as one JSON value
// under one key; missing or unreadable fields fall back to the defaults in shared/domain/settings.
// The row's updated_at is the settings' updatedAt: a save states the one it read, and a save over
// another window's or app instance's newer settings is refused with CONFLICT (../updated-at.ts).
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { getSetting, setSetting } from '../../../db/repositories/settings-repository';
import { defaultSettings, layoutPresets, proposalLabelStyles } from '../../../shared/domain/settings';
import type { OrganisationSettings } from '../../../shared/domain/settings';
import type { ServiceDeps } from '../service-deps';
import { assertUnchanged, nextTimestamp } from '../updated-at';

export const organisationSettingsKey = 'organisation';

/** What is stored as the JSON value: everything but the stamp, which is the row's own column. */
export type SettingsValues = Omit<OrganisationSettings, 'updatedAt'>;

/** Keeps only well-typed known fields, so an older or hand-edited value never breaks the app. */
export function withDefaults(stored: unknown): SettingsValues {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const text = (key: Exclude<keyof SettingsValues, 'layout' | 'proposalLabel'>): string => {
    const field = value[key];
    return typeof field === 'string' ? field : defaultSettings[key];
  };
  const layout = layoutPresets.find((preset) => preset === value.layout) ?? defaultSettings.layout;
  const proposalLabel = proposalLabelStyles.find((style) => style === value.proposalLabel) ?? defaultSettings.proposalLabel;
  return {
    organisation: text('organisation'),
    unit: text('unit'),
    bodyName: text('bodyName'),
    presenterTitle: text('presenterTitle'),
    presenterName: text('presenterName'),
    layout,
    proposalLabel,
  };
}

export async function readOrganisationSettings(db: Kysely<Database>): Promise<OrganisationSettings> {
  const stored = await getSetting(db, organisationSettingsKey);
  return { ...withDefaults(stored?.value), updatedAt: stored?.updatedAt ?? '' };
}

export class SettingsService {
  constructor(private readonly deps: ServiceDeps) {}

  get(): Promise<OrganisationSettings> {
    return readOrganisationSettings(this.deps.db);
  }

  /** CONFLICT, writing nothing, unless the stored settings still have the updatedAt the caller read ('' = never saved). */
  async update(settings: SettingsValues, expectedUpdatedAt: string): Promise<OrganisationSettings> {
    const checked = withDefaults(settings);
    return this.deps.db.transaction().execute(async (trx) => {
      const stored = await getSetting(trx, organisationSettingsKey);
      assertUnchanged('Settings', stored?.updatedAt ?? '', expectedUpdatedAt, 'items.error.settingsConflict');
      await setSetting(trx, organisationSettingsKey, checked, nextTimestamp(this.deps.now(), stored?.updatedAt ?? null));
      return readOrganisationSettings(trx);
    });
  }
}
