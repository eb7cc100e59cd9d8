// Which register field a header means, from the Finnish and English words offices use and from
// the app's own field labels (so its own export is read back without a mapping), and which row
// of a sheet is the header: the first one where at least two cells are such headers (a merged
// title row or a note above it is skipped).
import { importFieldKeys } from '../../../shared/domain/register-import';
import type { ImportColumn, ImportFieldKey } from '../../../shared/domain/register-import';
import { translate } from '../../../shared/i18n/translate';
import { foldWords } from './normalise';
import type { SheetCell } from './sheet';

/** Words seen in registers kept in Excel, folded (accents off, lower case, units in parentheses dropped). */
const headerWords: Record<ImportFieldKey, readonly string[]> = {
  nameFi: ['hanke', 'nimi', 'hankkeen nimi', 'hankenimi', 'hanke nimi', 'nimi suomeksi', 'name', 'project', 'project name', 'name fi'],
  nameSv: ['nimi ruotsiksi', 'ruotsinkielinen nimi', 'namn', 'swedish name', 'name sv'],
  area: ['vastuualue', 'toimiala', 'palvelualue', 'area', 'responsibility area', 'department'],
  funder: ['rahoittaja', 'rahoituslahde', 'rahoittajataho', 'funder', 'funding source'],
  grantType: ['avustuslaji', 'avustustyyppi', 'avustuksen laji', 'grant type'],
  callName: ['haun nimi', 'haku', 'hakukierros', 'call', 'call name'],
  grantedCents: ['myonnetty', 'myonnetty avustus', 'myonnetty summa', 'myonnetty eur', 'avustus', 'granted', 'granted amount', 'grant'],
  ownShareValue: ['omarahoitusosuus', 'omarahoitus', 'oma osuus', 'omavastuu', 'omavastuuosuus', 'own share', 'own funding'],
  totalBudgetCents: ['kokonaisbudjetti', 'budjetti', 'kokonaiskustannukset', 'kustannusarvio', 'total budget', 'budget'],
  startDate: ['alkaa', 'alku', 'alkupvm', 'alkamispaiva', 'aloitus', 'aloituspaiva', 'hanke alkaa', 'start', 'start date', 'begins'],
  endDate: ['paattyy', 'loppu', 'loppupvm', 'paattymispaiva', 'hanke paattyy', 'end', 'end date', 'ends'],
  partnership: ['oma hanke kumppanuushanke', 'kumppanuushanke', 'hankemuoto', 'partnership'],
  scope: ['laajuus', 'alueellinen laajuus', 'scope'],
  partners: ['kumppanit', 'yhteistyokumppanit', 'partnerit', 'partners'],
  responsiblePerson: ['vastuuhenkilo', 'vastaava', 'yhteyshenkilo', 'responsible', 'responsible person', 'contact person'],
  coordinator: ['koordinaattori', 'hankekoordinaattori', 'coordinator'],
  status: ['tila', 'vaihe', 'status', 'state'],
  decisionNumber: ['avustuspaatoksen numero', 'paatosnumero', 'paatoksen numero', 'diaarinumero', 'dnro', 'decision number'],
  decisionDate: ['avustuspaatoksen paiva', 'paatospaiva', 'paatoksen paiva', 'decision date'],
  reportDueDate: ['loppuraportti viimeistaan', 'loppuraportti', 'raportointi', 'raportti viimeistaan', 'report due', 'report due date', 'final report'],
  description: ['tavoitteet kuvaus', 'kuvaus', 'tavoitteet', 'description', 'goals'],
};

let known: Map<string, ImportFieldKey> | undefined;

function knownHeaders(): Map<string, ImportFieldKey> {
  if (known) return known;
  known = new Map();
  // The app's own labels first: its export's headers are exactly these (plus a unit).
  for (const field of importFieldKeys) {
    const labelKey = field === 'ownShareValue' ? 'ownShare' : field;
    known.set(foldWords(translate(`projects.field.${labelKey}`)), field);
  }
  for (const field of importFieldKeys) for (const word of headerWords[field]) if (!known.has(word)) known.set(word, field);
  return known;
}

/** The field a header names, or null. A unit after the words ("Myönnetty €", "Alkaa pvm") is allowed. */
export function guessField(header: string): ImportFieldKey | null {
  const words = foldWords(header);
  if (words === '') return null;
  const map = knownHeaders();
  const exact = map.get(words);
  if (exact) return exact;
  const trimmed = words.replace(/\s+(e|eur|euroa|pvm|paiva|pv|date)$/u, '');
  return map.get(trimmed) ?? null;
}

export function headerText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).trim();
}

/** How many rows from the top are searched for the header. */
export const headerSearchRows = 30;

/** The 0-based index of the first row with at least two known headers, or null. */
export function findHeaderRow(rows: readonly SheetCell[][]): number | null {
  const limit = Math.min(rows.length, headerSearchRows);
  for (let index = 0; index < limit; index += 1) {
    const row = rows[index] ?? [];
    const hits = row.filter((cell) => guessField(headerText(cell)) !== null).length;
    if (hits >= 2) return index;
  }
  return null;
}

/** The columns of a header row with their guessed fields; a field is given to its first column only. */
export function guessColumns(headerCells: readonly SheetCell[]): ImportColumn[] {
  const taken = new Set<ImportFieldKey>();
  return headerCells.map((cell, index) => {
    const header = headerText(cell);
    let field = guessField(header);
    // Own share may come twice, as percent and as euros (the register's own export does this).
    if (field !== null && taken.has(field) && field !== 'ownShareValue') field = null;
    if (field !== null) taken.add(field);
    return { index, header, field };
  });
}

/** The header row folded: the key under which a mapping is remembered for files with the same headers. */
export function headerSignature(headerCells: readonly SheetCell[]): string {
  return headerCells.map((cell) => foldWords(headerText(cell))).join('|');
}
