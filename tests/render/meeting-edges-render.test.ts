// Minutes and agenda of a meeting that does not look like the demo, made through the real
// services and read back through LibreOffice: a one-sentence decision, a decision with a
// 6-column table, a confidential item, standard items with no preparer, a very long title, and a § with
// every kind of handling at once.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingExportService } from '../../electron/services/meetings/meeting-export';
import { draftOf } from '../../shared/domain/item-schema';
import { docOf, paragraphNode } from '../../shared/domain/rich-text-build';
import type { SectionHandling } from '../../shared/domain/meeting';
import { emptyHandling } from '../../shared/domain/meeting';
import { openTestDb } from '../unit/items/helpers';
import type { TestDb } from '../unit/items/helpers';
import { richTable } from '../unit/export/fixtures';
import { approvedItem, setup } from '../unit/meetings/meeting-fixtures';
import { convertToPdf, lineOf, pdfWords, renderDir, renderPngs, requireTools } from './render-tools';
import type { PdfLayout } from './render-tools';

const outDir = path.resolve(renderDir, '../render-meeting-edges');
const longTitle = 'Perusopetuksen, lukiokoulutuksen ja varhaiskasvatuksen yhteisen oppilas- ja opiskelijahuollon ohjausryhmän kokoonpanon, tehtävien ja toimintasuunnitelman vahvistaminen lukuvuosille 2024–2026';

let t: TestDb;
let minutes: PdfLayout;
let agenda: PdfLayout;
let pngs: string[] = [];

beforeAll(async () => {
  requireTools();
  t = openTestDb();
  const s = await setup(t);
  const meeting = await s.meetings.create({ bodyId: s.body.id, number: null, date: '2024-03-19', startTime: '18.00', place: null });
  const one = await approvedItem(t.deps, 'Lyhyt päätös');
  const table = await approvedItem(t.deps, 'Taulukkopäätös');
  const secret = await approvedItem(t.deps, 'Oppilaan erityisen tuen päätös');
  const long = await approvedItem(t.deps, longTitle);
  const everything = await approvedItem(t.deps, 'Kaikki käsittelyn vaiheet');
  const tableDoc = docOf(paragraphNode('Lautakunta päättää jakaa avustukset seuraavasti:'), richTable(['Koulu', 'Oppilaita', 'Ryhmiä', 'Avustus €', 'Omarahoitus €', 'Yhteensä €'], [
    ['Hakalahden koulu', '412', '18', '12 500', '3 125', '15 625'],
    ['Kiviniityn koulu', '389', '17', '11 800', '2 950', '14 750'],
    ['Koivuhaan koulu', '97', '5', '4 200', '1 050', '5 250'],
  ]));
  const edits: [string, (item: Awaited<ReturnType<typeof approvedItem>>) => Partial<ReturnType<typeof draftOf>>][] = [
    [table.id, () => ({ proposal: tableDoc })],
    [secret.id, () => ({ publicity: { kind: 'confidential', scope: 'whole', legalBasis: 'JulkL 24.1 § 30 k' } })],
  ];
  for (const [id, edit] of edits) {
    const item = await s.items.get(id);
    await s.items.setStatus(id, 'luonnos');
    const draft = await s.items.get(id);
    await s.items.update(id, { ...draftOf(draft), ...edit(item) }, draft.updatedAt);
    await s.items.setStatus(id, 'hyvaksytty');
  }
  await s.meetings.addStandardItems(meeting.id, ['avaus', 'laillisuus', 'tarkastajat']);
  for (const item of [one, table, secret, long, everything]) await s.meetings.addItem(meeting.id, item.id, null);
  let detail = await s.meetings.get(meeting.id);
  const agendaFile = await new MeetingExportService(t.deps).exportAgenda(meeting.id);
  detail = await s.meetings.setStatus({ id: meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'kokouksessa', minutesChecked: null });
  const members = detail.meeting.attendees.filter((a) => a.kind === 'member').map((a) => a.id);
  const expert = detail.meeting.attendees.find((a) => a.role === 'esittelija');
  const [m1, m2, m3, m4, m5] = members;
  if (!m1 || !m2 || !m3 || !m4 || !m5 || !expert) throw new Error('roster');
  const last = detail.sections.at(-1);
  const third = detail.sections[3];
  if (!last || !third) throw new Error('agenda');
  // Juho Dahl arrives late (at §4), Helmi Carlsson leaves before the last §.
  detail.meeting = await s.meetings.update(meeting.id, detail.meeting.updatedAt, {
    attendees: detail.meeting.attendees.map((a) => (a.id === m2 ? { ...a, presence: 'deputy' as const } : a)),
    events: [
      { id: 'e1', attendeeId: m4, kind: 'arrived', time: '18.20', sectionId: third.id },
    ],
  }).then((m) => m);
  const handling: SectionHandling = {
    ...emptyHandling(),
    disqualifications: [
      { id: 'd1', attendeeId: m5, ground: 'hallintolaki 28.1 § 2 k, intressijäävi', leftAt: '18.40', returnedAt: '18.55' },
      { id: 'd2', attendeeId: m3, ground: 'hallintolaki 28.1 § 5 k, yhteisöjäävi', leftAt: '18.40', returnedAt: '' },
    ],
    counterProposals: [
      { id: 'c1', moverId: m2, seconderIds: [m4], text: 'Asia palautetaan valmisteluun lisäselvityksiä varten.' },
      { id: 'c2', moverId: m4, seconderIds: [], text: 'Avustukset jaetaan tasan kaikille kouluille.' },
    ],
    votes: [{ id: 'v1', yesMeans: 'päätösehdotus', noMeans: 'Bergin vastaehdotus', counterProposalId: 'c1', votes: { [m1]: 'jaa', [m2]: 'ei', [m4]: 'ei' } }],
    dissents: [{ id: 'x1', attendeeId: m2, written: true, statement: 'Katson, että asia olisi tullut valmistella huolellisemmin ennen päätöksentekoa.' }],
    experts: [{ id: 'h1', name: 'Liisa Asiantuntija', title: 'koulupsykologi' }],
    checkedAtMeeting: true,
  };
  detail = await s.meetings.get(meeting.id);
  for (const section of detail.sections) {
    const isLast = section.id === last.id;
    if (section.item.title === 'Lyhyt päätös') {
      const item = await s.items.get(section.itemId);
      await s.items.update(item.id, { ...draftOf(item), decision: docOf(paragraphNode('Hyväksyttiin yksimielisesti.')) }, item.updatedAt);
    }
    await s.meetings.updateSection({ sectionId: section.id, expectedUpdatedAt: section.updatedAt, ...(isLast ? { handling } : {}), outcome: isLast ? 'hyvaksytty_muutettuna' : 'hyvaksytty' });
  }
  const amended = await s.items.get(last.itemId);
  await s.items.update(amended.id, { ...draftOf(amended), decision: docOf(paragraphNode('Lautakunta päätti palauttaa asian valmisteluun lisäselvityksiä varten.')) }, amended.updatedAt);
  detail = await s.meetings.get(meeting.id);
  detail = await s.meetings.update(meeting.id, detail.meeting.updatedAt, {
    events: [...detail.meeting.events, { id: 'e2', attendeeId: m3, kind: 'left', time: '19.10', sectionId: last.id }],
    checkerIds: [m4, m5],
    endTime: '19.30',
  }).then(() => s.meetings.get(meeting.id));
  detail = await s.meetings.setStatus({ id: meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'paattynyt', minutesChecked: null });
  const minutesFile = await new MeetingExportService(t.deps).exportMinutes(meeting.id);
  fs.rmSync(outDir, { recursive: true, force: true });
  const pdfs = convertToPdf({ 'poytakirja.docx': Buffer.from(minutesFile.dataBase64, 'base64'), 'esityslista.docx': Buffer.from(agendaFile.dataBase64, 'base64') }, outDir);
  minutes = pdfWords(pdfs['poytakirja.docx'] ?? '');
  agenda = pdfWords(pdfs['esityslista.docx'] ?? '');
  pngs = [...renderPngs(pdfs['poytakirja.docx'] ?? '', 70), ...renderPngs(pdfs['esityslista.docx'] ?? '', 70)];
}, 180_000);
afterAll(() => { t.cleanup(); });

const textOf = (layout: PdfLayout) => layout.words.map((word) => word.text).join(' ');
const lineText = (layout: PdfLayout, first: string) => {
  const word = layout.words.find((entry) => entry.text === first);
  return word ? lineOf(layout, word).map((entry) => entry.text).join(' ') : '';
};

describe('minutes and agenda of an unusual meeting', () => {
  it('print each § with the decision the board made, the checkers chosen after their § was decided, and the one-sentence decision', () => {
    const text = textOf(minutes);
    expect(pngs.length).toBe(minutes.pages.length + agenda.pages.length);
    expect(text).toContain('Päätös Hyväksyttiin yksimielisesti.');
    expect(text).toContain('Päätös Pöytäkirjan tarkastajiksi valittiin Dahl ja Eklund.');
    expect(text).toContain('Päätös Lautakunta päätti palauttaa asian valmisteluun lisäselvityksiä varten.');
    // The proposal the vote overturned prints once, under the presenter, never as the decision.
    expect(text.split('hyväksyä asian Kaikki käsittelyn vaiheet')).toHaveLength(2);
    expect(text).toContain('Äänestyksessä annettiin 1 jaa-ääni ja 2 ei-ääntä.');
    expect(text).toContain('Ehdotus raukesi kannattamattomana.');
    expect(text).toContain('Kokouksessa oli kuultavana asiantuntijana koulupsykologi Liisa Asiantuntija.');
    expect(text).toContain('Salassa pidettävä, JulkL 24.1 § 30 k');
  });

  it('keep a 6-column table’s header on one line in the narrow text column, twice (proposal and decision)', () => {
    const headers = minutes.words.filter((word) => word.text === 'Oppilaita');
    expect(headers).toHaveLength(2);
    for (const header of headers) expect(lineOf(minutes, header).map((word) => word.text)).toEqual(expect.arrayContaining(['Koulu', 'Oppilaita', 'Ryhmiä', 'Avustus', 'Omarahoitus', 'Yhteensä']));
  });

  it('list the confidential item on the agenda by its descriptive title and the long title wrapped, not cut', () => {
    expect(lineText(agenda, 'Oppilaan')).toContain('Oppilaan erityisen tuen päätös');
    const agendaText = textOf(agenda);
    expect(agendaText).toContain('vahvistaminen lukuvuosille 2024–2026');
    expect(agendaText).toContain('Salassa pidettävä, JulkL 24.1 § 30 k');
  });
});
