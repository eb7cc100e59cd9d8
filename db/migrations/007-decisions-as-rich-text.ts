// Migration 007 (issue 7): proposals and decisions as boards write them, and the body's own
// appeal texts. Once landed, never edited.
//
// - The proposal and the decision were an opening line and numbered points; a one-sentence
//   decision ("Hyväksyttiin yksimielisesti.") had no place, and bullets could only become points.
//   They become rich text (the editor's JSON, as the background): the opening a paragraph, the
//   points an ordered list, so every stored item prints as before. Empty points were never
//   printed and are left out; a line break inside a point becomes a hard break. Swedish texts, if
//   any, move to proposal_sv / decision_sv the same way.
// - appeal was one of three words printing a fixed sentence. It becomes the item's own copy of an
//   appeal text ({ textId, text }): the same sentence as before (so checked minutes keep printing
//   what they printed), linked to the standard text of its kind in the new appeal_texts table,
//   which starts with the presets of shared/domain/appeal-presets.ts for the office to fill in.
// - year_to_check flags a copy of last year's item until its years are checked (NULL for all).
// Every stored version's snapshot is converted the same way, so any two versions still compare.
import type BetterSqlite3 from 'better-sqlite3';
import { appealPresets } from '../../shared/domain/appeal-presets';
import type { Migration } from './migration';

interface LegacyPoint {
  text?: unknown;
  textSv?: unknown;
}
interface LegacyPointList {
  opening?: unknown;
  openingSv?: unknown;
  points?: unknown;
}
type Json = Record<string, unknown>;

/** The fixed sentences migration 002's items printed for each appeal word. */
const legacyAppealSentences: Record<string, { presetId: string; text: string }> = {
  oikaisuvaatimus: {
    presetId: 'appeal-oikaisuvaatimus',
    text: 'Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Oikaisuvaatimus tehdään päätöksen tehneelle toimielimelle 14 päivän kuluessa päätöksen tiedoksisaannista (kuntalaki 134 §).',
  },
  kunnallisvalitus: {
    presetId: 'appeal-kunnallisvalitus',
    text: 'Tähän päätökseen haetaan muutosta kunnallisvalituksella hallinto-oikeudelta. Valitus on tehtävä 30 päivän kuluessa päätöksen tiedoksisaannista (kuntalaki 135 §).',
  },
  ei_muutoksenhakua: {
    presetId: 'appeal-ei-136',
    text: 'Tähän päätökseen ei saa hakea muutosta oikaisuvaatimuksella eikä kunnallisvalituksella, koska päätös koskee vain asian valmistelua tai täytäntöönpanoa (kuntalaki 136 §).',
  },
};

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A paragraph of the text; "\n" as a hard break, no empty text nodes (ProseMirror refuses them). */
function paragraph(text: string): Json {
  const content = text.split(/\r\n|\n|\r/u).flatMap((line, index) => [...(index > 0 ? [{ type: 'hardBreak' }] : []), ...(line === '' ? [] : [{ type: 'text', text: line }])]);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function pointListDoc(list: LegacyPointList, swedish: boolean): Json | null {
  const opening = asText(swedish ? list.openingSv : list.opening).trim();
  const points = (Array.isArray(list.points) ? (list.points as LegacyPoint[]) : [])
    .map((point) => asText(swedish ? point.textSv : point.text))
    .filter((text) => text.trim() !== '');
  if (swedish && opening === '' && points.length === 0) return null;
  const content: Json[] = [];
  if (opening !== '') content.push(paragraph(opening));
  if (points.length > 0) content.push({ type: 'orderedList', content: points.map((text) => ({ type: 'listItem', content: [paragraph(text)] })) });
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

function isRichDoc(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Json).type === 'doc';
}

interface Converted {
  proposal: Json;
  proposalSv: Json | null;
  decision: Json | null;
  decisionSv: Json | null;
  appeal: Json;
}

function convert(proposal: unknown, decision: unknown, appeal: unknown): Converted {
  // Idempotent on already-converted values, so a half-written snapshot can never be converted twice wrongly.
  const toDoc = (value: unknown, swedish: boolean): Json | null => {
    if (value === null || value === undefined) return null;
    if (isRichDoc(value)) return swedish ? null : (value as Json);
    return pointListDoc(value, swedish);
  };
  const legacy = typeof appeal === 'string' ? (legacyAppealSentences[appeal] ?? legacyAppealSentences.oikaisuvaatimus) : undefined;
  return {
    proposal: toDoc(proposal, false) ?? { type: 'doc', content: [{ type: 'paragraph' }] },
    proposalSv: toDoc(proposal, true),
    decision: toDoc(decision, false),
    decisionSv: toDoc(decision, true),
    appeal: legacy ? { textId: legacy.presetId, text: { type: 'doc', content: [paragraph(legacy.text)] } } : (appeal as Json),
  };
}

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));
const stringify = (value: Json | null): string | null => (value === null ? null : JSON.stringify(value));

function createAppealTexts(db: BetterSqlite3.Database, now: string): void {
  db.exec(`
    CREATE TABLE appeal_texts (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('oikaisuvaatimus', 'kunnallisvalitus', 'hallintovalitus', 'ei_muutoksenhakua', 'muu')),
      name TEXT NOT NULL,
      text TEXT NOT NULL CHECK (json_valid(text)),
      sort_order INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
  `);
  const insert = db.prepare('INSERT INTO appeal_texts (id, kind, name, text, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  appealPresets.forEach((preset, index) => insert.run(preset.id, preset.kind, preset.name, JSON.stringify(preset.text()), index, now, now));
}

function convertItems(db: BetterSqlite3.Database): void {
  const rows = db.prepare('SELECT id, proposal, decision, appeal FROM agenda_items').all() as { id: string; proposal: string; decision: string | null; appeal: string }[];
  // The old column's CHECK allowed only the three words; it goes, and comes back as JSON.
  db.exec(`
    ALTER TABLE agenda_items DROP COLUMN appeal;
    ALTER TABLE agenda_items ADD COLUMN appeal TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(appeal));
    ALTER TABLE agenda_items ADD COLUMN proposal_sv TEXT CHECK (proposal_sv IS NULL OR json_valid(proposal_sv));
    ALTER TABLE agenda_items ADD COLUMN decision_sv TEXT CHECK (decision_sv IS NULL OR json_valid(decision_sv));
    ALTER TABLE agenda_items ADD COLUMN year_to_check INTEGER CHECK (year_to_check IS NULL OR year_to_check BETWEEN 1900 AND 2200);
  `);
  const update = db.prepare('UPDATE agenda_items SET proposal = ?, proposal_sv = ?, decision = ?, decision_sv = ?, appeal = ? WHERE id = ?');
  for (const row of rows) {
    const next = convert(parse(row.proposal), parse(row.decision), row.appeal);
    update.run(JSON.stringify(next.proposal), stringify(next.proposalSv), stringify(next.decision), stringify(next.decisionSv), JSON.stringify(next.appeal), row.id);
  }
}

function convertSnapshots(db: BetterSqlite3.Database): void {
  const versions = db.prepare('SELECT item_id, version, snapshot FROM item_versions').all() as { item_id: string; version: number; snapshot: string }[];
  const update = db.prepare('UPDATE item_versions SET snapshot = ? WHERE item_id = ? AND version = ?');
  for (const row of versions) {
    const snapshot = JSON.parse(row.snapshot) as Json;
    const next = convert(snapshot.proposal, snapshot.decision ?? null, snapshot.appeal);
    update.run(JSON.stringify({ ...snapshot, ...next, yearToCheck: snapshot.yearToCheck ?? null }), row.item_id, row.version);
  }
}

export const migration007: Migration = {
  version: 7,
  name: 'decisions as rich text, appeal texts',
  up(db) {
    createAppealTexts(db, new Date().toISOString());
    convertItems(db);
    convertSnapshots(db);
  },
};
