// Organisation settings: names are settings, not constants (the board has had several names).
export const layoutPresets = ['classic', 'sfs2024'] as const;
export type LayoutPreset = (typeof layoutPresets)[number];

export interface OrganisationSettings {
  organisation: string;
  unit: string;
  bodyName: string;
  presenterTitle: string;
  presenterName: string;
  layout: LayoutPreset;
  /** When the settings were last saved ('' if never): a save states it as expectedUpdatedAt. Not part of the stored value. */
  updatedAt: string;
}

export const defaultSettings: OrganisationSettings = {
  organisation: 'Kokkolan kaupunki',
  unit: 'Sivistyspalvelut',
  bodyName: 'Sivistyslautakunta',
  presenterTitle: 'Sivistysjohtaja',
  presenterName: '',
  layout: 'classic',
  updatedAt: '',
};
