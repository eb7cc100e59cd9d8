// Inputs of the Word exports: plain domain values, no database handles, so every export is a pure
// function that services, the CLI, tests and benchmarks call alike.
import type { AgendaItem, Person } from '../../shared/domain/item';
import type { SummaryProject } from '../../shared/domain/summary-project';
import type { OrganisationSettings } from '../../shared/domain/settings';
import type { ItemDocumentKind } from '../../shared/format/item-document';

/** 'proposal': the agenda item (ESITYSLISTA, Asianro); 'minutes': the minutes section (PÖYTÄKIRJA, §) with the decision. */
export type AgendaExportKind = ItemDocumentKind;

export interface AgendaItemExportInput {
  item: AgendaItem;
  /** The item's preparers, resolved from its preparerIds (in that order). */
  preparers: Person[];
  settings: OrganisationSettings;
  kind: AgendaExportKind;
  /** ISO date printed in the page header: the meeting date; null prints no date (never the day of export). */
  documentDate: string | null;
  /** The user exporting: file properties creator and lastModifiedBy. */
  author: string;
}

export interface AgendaDocumentExportInput {
  items: { item: AgendaItem; preparers: Person[] }[];
  settings: OrganisationSettings;
  kind: AgendaExportKind;
  documentDate: string | null;
  author: string;
  /** File property title; defaults to "Esityslista d.m.yyyy" / "Pöytäkirja d.m.yyyy". */
  title?: string;
}

export interface ProjectSummaryExportInput {
  /** Any projects: the export keeps those running on activeOn (isRunningOn) and in areas. */
  projects: SummaryProject[];
  activeOn: string;
  /** Responsibility areas to include; empty or missing = all. */
  areas?: string[];
  settings: OrganisationSettings;
  /** Defaults to "Yhteenveto hankkeista". */
  title?: string;
  author: string;
  /** ISO date in the page header; defaults to activeOn. */
  documentDate?: string;
}
