// Organisation settings (names are settings, not constants: domain.md). Stored as one JSON value
// under one key; missing or unreadable fields fall back to the defaults in shared/domain/settings.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { getSetting, setSetting } from '../../../db/repositories/settings-repository';
import { defaultSettings, layoutPresets, proposalLabelStyles } from '../../../shared/domain/settings';
import type { OrganisationSettings } from '../../../shared/domain/settings';
import type { ServiceDeps } from '../service-deps';

export const organisationSettingsKey = 'organisation';

/** Keeps only well-typed known fields, so an older or hand-edited value never breaks the app. */
export function withDefaults(stored: unknown): OrganisationSettings {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const text = (key: Exclude<keyof OrganisationSettings, 'layout' | 'proposalLabel'>): string => {
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
  return withDefaults(await getSetting(db, organisationSettingsKey));
}

export class SettingsService {
  constructor(private readonly deps: ServiceDeps) {}

  get(): Promise<OrganisationSettings> {
    return readOrganisationSettings(this.deps.db);
  }

  async update(settings: OrganisationSettings): Promise<OrganisationSettings> {
    const checked = withDefaults(settings);
    return this.deps.db.transaction().execute(async (trx) => {
      await setSetting(trx, organisationSettingsKey, checked);
      return readOrganisationSettings(trx);
    });
  }
}
