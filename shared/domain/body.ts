// A deciding body (toimielin, e.g. Sivistyslautakunta): its members with their personal deputies,
// those who attend by right, its default meeting place and its yearly § sequence (issue 8).
// A meeting copies the roster when it is created, so a later change of the body never rewrites
// minutes already written.

/** The roles of the body's own (voting) members. */
export const memberRoles = ['puheenjohtaja', 'varapuheenjohtaja', 'jasen'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** Those who attend by right without a vote. */
export const otherRoles = ['kaupunginhallituksen_edustaja', 'esittelija', 'poytakirjanpitaja', 'nuorisovaltuuston_edustaja', 'muu'] as const;
export type OtherRole = (typeof otherRoles)[number];

export interface BodyMember {
  id: string;
  name: string;
  role: MemberRole;
  /** The member's personal deputy (henkilökohtainen varajäsen); '' if none is named. */
  deputyName: string;
}

export interface BodyOther {
  id: string;
  name: string;
  /** As printed after the name, e.g. "sivistysjohtaja"; '' when the role says it. */
  title: string;
  role: OtherRole;
}

export interface Body {
  id: string;
  /** "Sivistyslautakunta". */
  name: string;
  nameSv: string;
  defaultPlace: string;
  /** The term (toimikausi), ISO dates; null when not recorded. */
  termStart: string | null;
  termEnd: string | null;
  members: BodyMember[];
  others: BodyOther[];
  /**
   * The first § of a year when it is not 1 (a body that changed its numbering mid-year, or whose
   * earlier meetings of the year were kept elsewhere): year → first number. Absent years start at 1.
   */
  sectionStarts: Record<string, number>;
  isSample: boolean;
  createdAt: string;
  updatedAt: string;
}
