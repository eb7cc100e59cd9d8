// Carrying work between machines (issue 10): the .pykala exchange file and what its import did.
export const exchangeKinds = ['project', 'person', 'body', 'appealText', 'item', 'meeting'] as const;
export type ExchangeKind = (typeof exchangeKinds)[number];

/** Bumped when the file's shape changes; a file of a newer format is refused. */
export const exchangeFormatVersion = 1;

export type ExchangeScope = { kind: 'all' } | { kind: 'meeting'; id: string } | { kind: 'item'; id: string };

export interface ExchangeManifestPart {
  /** Path inside the zip ("items/<id>.json"). */
  path: string;
  kind: ExchangeKind;
  id: string;
  /** SHA-256 (hex) of the part's bytes: a part that does not match refuses the whole file. */
  sha256: string;
  /** SHA-256 of the record's content (what is compared with the receiver's copy). */
  contentHash: string;
  /** The sender's base: the content hash it last agreed with another machine, or null. */
  baseHash: string | null;
  title: string;
}

export interface ExchangeManifest {
  format: 'pykala-exchange';
  formatVersion: number;
  /** The database schema the records are in (user_version). */
  schemaVersion: number;
  organisationId: string;
  organisationName: string;
  createdAt: string;
  createdBy: string;
  scope: ExchangeScope;
  parts: ExchangeManifestPart[];
}

export type ExchangeAction = 'added' | 'updated' | 'skipped' | 'conflict';

export interface ExchangeEntry {
  kind: ExchangeKind;
  id: string;
  title: string;
  action: ExchangeAction;
  /** Finnish: why skipped ("ei muutoksia", "tällä koneella uudempi") or what conflicts. */
  reason: string;
}

export interface ExchangeReport {
  fileName: string;
  dryRun: boolean;
  organisationName: string;
  /** The file made this database part of the sender's organisation (its first exchange). */
  adoptedOrganisation: boolean;
  added: number;
  updated: number;
  skipped: number;
  conflicts: number;
  entries: ExchangeEntry[];
}

export interface ExchangeConflict {
  id: string;
  kind: ExchangeKind;
  entityId: string;
  title: string;
  fileName: string;
  receivedAt: string;
}
