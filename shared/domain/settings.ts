// Organisation settings: names are settings, not constants (the board has had several names).
export const layoutPresets = ['classic', 'sfs2024'] as const;
export type LayoutPreset = (typeof layoutPresets)[number];

/**
 * How the proposal is labelled, as the body's practice has it (issue 7): the presenter's title
 * alone as in the seed ("Sivistysjohtaja"); "Esittelijä" with "Mikko Saari, sivistysjohtaja" as
 * its first line; or "Esittelijä" on a line of its own before "Päätösehdotus".
 */
export const proposalLabelStyles = ['title', 'presenter', 'proposal'] as const;
export type ProposalLabelStyle = (typeof proposalLabelStyles)[number];

export interface OrganisationSettings {
  organisation: string;
  unit: string;
  bodyName: string;
  presenterTitle: string;
  presenterName: string;
  layout: LayoutPreset;
  proposalLabel: ProposalLabelStyle;
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
  proposalLabel: 'title',
  updatedAt: '',
};
