// The words a printed agenda item has around its own text: the document type and numbers of the
// page header, the line under the title that repeats them, a preparer's line and the
// confidentiality line. One formatter for the Word export (electron/export) and the editor's live
// preview, so the preview never says something the exported page does not.
import type { AgendaItem, Person, Publicity } from '../domain/item';
import type { OrganisationSettings } from '../domain/settings';
import { assertNever } from '../errors';
import { items } from '../i18n/fi/items';
import { formatFinnishDate } from './date';

const words = items.document;

/** 'proposal': the agenda item (ESITYSLISTA, Asianro); 'minutes': the minutes section (PÖYTÄKIRJA, §) with the decision. */
export type ItemDocumentKind = 'proposal' | 'minutes';

type ItemNumbers = Pick<AgendaItem, 'agendaNumber' | 'sectionNumber'>;
type ItemMeta = ItemNumbers & Pick<AgendaItem, 'bodyName' | 'meetingDate' | 'meetingNumber'>;

/** The document an item is printed as once its decision exists: the minutes section; before that, the agenda item. */
export function documentKindOf(item: Pick<AgendaItem, 'decision'>): ItemDocumentKind {
  return item.decision === null ? 'proposal' : 'minutes';
}

/** "ESITYSLISTA" or "PÖYTÄKIRJA", bold in the header. */
export function documentTypeText(kind: ItemDocumentKind): string {
  return kind === 'proposal' ? words.agenda : words.minutes;
}

/** "Asianro 5" on the agenda, "§ 5" in the minutes; empty while the number is not known. */
export function itemNumberText(item: ItemNumbers, kind: ItemDocumentKind): string {
  if (kind === 'proposal') return item.agendaNumber === null ? '' : `${words.agendaNumber} ${String(item.agendaNumber)}`;
  return item.sectionNumber === null ? '' : `§ ${String(item.sectionNumber)}`;
}

/** The deciding body the page names: the item's own, else the settings' one. */
export function issuerName(item: Pick<AgendaItem, 'bodyName'>, settingsBodyName: string): string {
  return item.bodyName.trim() || settingsBodyName.trim();
}

/**
 * The header's facts in the body, under the title (domain.md: nothing essential only in the
 * header): "Sivistyslautakunta 23.1.2024 Kokous 1/2024 Asianro 5"; parts not yet known are left out.
 */
export function itemMetaLine(item: ItemMeta, kind: ItemDocumentKind, settingsBodyName: string): string {
  const meeting = item.meetingNumber.trim();
  return [
    issuerName(item, settingsBodyName),
    item.meetingDate ? formatFinnishDate(item.meetingDate) : '',
    meeting ? `${words.meeting} ${meeting}` : '',
    itemNumberText(item, kind),
  ]
    .filter(Boolean)
    .join(' ');
}

/** "Maria Esimerkki, kehittämispäällikkö, puh. 040 123 4567, maria.esimerkki@example.fi" */
export function preparerLine(person: Pick<Person, 'name' | 'title' | 'phone' | 'email'>): string {
  const phone = person.phone.trim() ? `${words.phone} ${person.phone.trim()}` : '';
  return [person.name, person.title, phone, person.email]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
}

/** "Salassa pidettävä, JulkL 24.1 § 25 k" or "Osittain salassa pidettävä, …"; null for a public item. */
export function confidentialityLine(publicity: Publicity): string | null {
  if (publicity.kind === 'public') return null;
  const scope = publicity.scope === 'whole' ? words.confidentialWhole : words.confidentialPart;
  return [scope, publicity.legalBasis.trim()].filter(Boolean).join(', ');
}

/** How the proposal is labelled on the page: an optional presenter row above it, and the proposal's own label. */
export interface ProposalLabelling {
  /** "Esittelijä" beside "Mikko Saari, sivistysjohtaja"; null when the body prints the title alone. */
  presenterRow: { label: string; line: string } | null;
  /** The proposal's label; '' when the proposal continues under the presenter row. */
  proposalLabel: string;
}

/** "Mikko Saari, sivistysjohtaja": the name and the title as written after a name (lower-case initial). */
export function presenterLine(presenter: { name: string; title: string }): string {
  const title = presenter.title.trim();
  const name = presenter.name.trim();
  if (name === '') return title;
  return [name, title.charAt(0).toLocaleLowerCase('fi-FI') + title.slice(1)].filter(Boolean).join(', ');
}

/** The body's practice (settings' proposalLabel) applied to an item's presenter; export and preview print this. */
export function proposalLabelling(
  item: Pick<AgendaItem, 'presenterTitle' | 'presenterName'>,
  settings: Pick<OrganisationSettings, 'presenterTitle' | 'proposalLabel'>,
): ProposalLabelling {
  const title = item.presenterTitle.trim() || settings.presenterTitle.trim();
  const row = { label: words.presenter, line: presenterLine({ name: item.presenterName, title }) };
  switch (settings.proposalLabel) {
    case 'title':
      return { presenterRow: null, proposalLabel: title };
    case 'presenter':
      return { presenterRow: row, proposalLabel: '' };
    case 'proposal':
      return { presenterRow: row, proposalLabel: words.proposal };
    default:
      return assertNever(settings.proposalLabel);
  }
}
