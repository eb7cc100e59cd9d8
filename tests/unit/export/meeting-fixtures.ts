// A whole meeting for the document tests, built by hand (no database): Sivistyslautakunta 1/2024
// with nine members (one replaced by the deputy, one absent, one arriving late), others present,
// eight §§: four standard items, the seed item as § 5, a § with a seconded counter-proposal and
// a 6–2 vote, a tabled item and the notices. Names are invented.
import type { AppealText } from '../../../shared/domain/appeal';
import { appealPresets } from '../../../shared/domain/appeal-presets';
import type { AgendaItem } from '../../../shared/domain/item';
import type { Meeting, MeetingAttendee, StandardItemKind } from '../../../shared/domain/meeting';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { docOf, paragraphNode } from '../../../shared/domain/rich-text-build';
import { seedAgendaItem } from '../../../shared/demo/seed-item';
import type { MeetingDocumentInput, MeetingDocumentSection } from '../../../electron/export';
import { preparers, settingsWith } from './fixtures';
import type { OrganisationSettings } from '../../../shared/domain/settings';

const stamp = '2024-01-23T18:00:00.000Z';

const member = (id: string, name: string, role: MeetingAttendee['role'], deputyName: string, presence: MeetingAttendee['presence'] = 'present'): MeetingAttendee => ({
  id,
  kind: 'member',
  sourceId: id,
  name,
  role,
  title: '',
  deputyName,
  presence,
});
const other = (id: string, name: string, role: MeetingAttendee['role'], title: string): MeetingAttendee => ({ id, kind: 'other', sourceId: id, name, role, title, deputyName: '', presence: 'present' });

export const attendees: MeetingAttendee[] = [
  member('m1', 'Anna Keronen', 'puheenjohtaja', 'Pekka Laine'),
  member('m2', 'Mikael Walls', 'varapuheenjohtaja', 'Sari Nieminen'),
  member('m3', 'Liisa Saikkonen', 'jasen', 'Jari Koivisto'),
  member('m4', 'Tuomas Heino', 'jasen', 'Eeva Lahti', 'deputy'),
  member('m5', 'Kaisa Rantanen', 'jasen', 'Olli Mäkelä'),
  member('m6', 'Ville Korhonen', 'jasen', 'Hanna Salo', 'absent'),
  member('m7', 'Maija Lindqvist', 'jasen', 'Timo Heikkinen'),
  member('m8', 'Jussi Peltonen', 'jasen', 'Riikka Aalto'),
  member('m9', 'Helena Ström', 'jasen', 'Kalle Virta'),
  other('o1', 'Mikko Saari', 'esittelija', 'sivistysjohtaja'),
  other('o2', 'Maria Esimerkki', 'poytakirjanpitaja', 'kehittämispäällikkö'),
  other('o3', 'Paula Nyström', 'kaupunginhallituksen_edustaja', ''),
];

export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-1-2024',
    bodyId: 'body-sivistys',
    bodyName: 'Sivistyslautakunta',
    year: 2024,
    number: 1,
    date: '2024-01-23',
    startTime: '18.00',
    endTime: '20.15',
    place: 'Kaupungintalo, kokoushuone Kruunu',
    status: 'tarkastettu',
    attendees,
    events: [
      { id: 'e1', attendeeId: 'm8', kind: 'arrived', time: '18.20', sectionId: 's3' },
      { id: 'e2', attendeeId: 'o3', kind: 'left', time: '19.40', sectionId: 's7' },
    ],
    chairId: 'm1',
    secretaryId: 'o2',
    checkerIds: ['m3', 'm5'],
    minutesChecked: { date: '2024-01-26', place: 'Kokkola' },
    publicDisplay: 'kaupungin verkkosivuilla 30.1.2024',
    isSample: true,
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  };
}

const noAppeal = appealPresets.find((preset) => preset.id === 'appeal-ei-136');
const rectification = appealPresets.find((preset) => preset.id === 'appeal-oikaisuvaatimus');

export const appealTexts: AppealText[] = appealPresets.map((preset, index) => ({ id: preset.id, kind: preset.kind, name: preset.name, text: preset.text(), sortOrder: index, bodyId: null, updatedAt: stamp }));

function plainItem(id: string, title: string, proposal: string, decision: string | null, appealId: 'appeal-ei-136' | 'appeal-oikaisuvaatimus'): AgendaItem {
  const appeal = appealId === 'appeal-ei-136' ? noAppeal : rectification;
  return {
    ...seedAgendaItem(),
    id,
    title,
    caseNumber: '',
    background: docOf(paragraphNode(`${title}: selostus.`)),
    supplementary: [],
    preparerIds: [],
    presenterName: 'Mikko Saari',
    proposal: docOf(paragraphNode(proposal)),
    decision: decision === null ? null : docOf(paragraphNode(decision)),
    forInformation: [],
    appeal: { textId: appealId, text: appeal ? appeal.text() : docOf() },
  };
}

/** The Käsittely of the voted §, in the standard phrasing (the logic helper generates the same). */
export const voteHandling: RichDoc = docOf(
  paragraphNode('Keronen teki Wallsin ja Saikkosen kannattamana seuraavan vastaehdotuksen: Lautakunta päättää siirtää lukuvuoden alkamisen viikolla myöhemmäksi.'),
  paragraphNode('Puheenjohtaja totesi, että oli tehty kannatettu vastaehdotus, joten asiasta oli äänestettävä.'),
  paragraphNode('Puheenjohtaja esitti äänestysjärjestykseksi: jaa = päätösehdotus, ei = Kerosen vastaehdotus. Äänestysjärjestys hyväksyttiin.'),
  paragraphNode('Äänestyksessä annettiin 6 jaa-ääntä ja 2 ei-ääntä. Puheenjohtaja totesi lautakunnan päättäneen päätösehdotuksen mukaisesti.'),
  paragraphNode('Jaa: Walls, Rantanen, Lahti, Lindqvist, Peltonen, Ström'),
  paragraphNode('Ei: Keronen, Saikkonen'),
);

interface Spec {
  id: string;
  kind: StandardItemKind | null;
  item: AgendaItem;
  handling?: RichDoc | null;
  decision?: RichDoc | null;
  outcome?: MeetingDocumentSection['outcome'];
}

function specs(): Spec[] {
  const seed = seedAgendaItem();
  return [
    { id: 's1', kind: 'avaus', item: plainItem('i1', 'Kokouksen avaus', 'Puheenjohtaja avaa kokouksen.', 'Puheenjohtaja avasi kokouksen klo 18.00.', 'appeal-ei-136') },
    { id: 's2', kind: 'laillisuus', item: plainItem('i2', 'Kokouksen laillisuus ja päätösvaltaisuus', 'Todetaan kokous lailliseksi ja päätösvaltaiseksi.', 'Kokous todettiin lailliseksi ja päätösvaltaiseksi.', 'appeal-ei-136') },
    { id: 's3', kind: 'tarkastajat', item: plainItem('i3', 'Pöytäkirjan tarkastajien valinta', 'Valitaan kaksi pöytäkirjantarkastajaa.', 'Pöytäkirjantarkastajiksi valittiin Saikkonen ja Rantanen.', 'appeal-ei-136'), handling: docOf(paragraphNode('Peltonen saapui kokoukseen klo 18.20 tämän pykälän käsittelyn aikana.')) },
    { id: 's4', kind: 'tyojarjestys', item: plainItem('i4', 'Työjärjestyksen hyväksyminen', 'Hyväksytään työjärjestys.', 'Työjärjestys hyväksyttiin.', 'appeal-ei-136') },
    { id: 's5', kind: null, item: seed, handling: docOf(paragraphNode('Pykälä tarkastettiin kokouksessa.')) },
    {
      id: 's6',
      kind: null,
      item: plainItem('i6', 'Lukuvuoden 2024–2025 työ- ja loma-ajat', 'Lautakunta päättää vahvistaa lukuvuoden 2024–2025 työajat liitteen mukaisesti.', 'Lautakunta päätti vahvistaa lukuvuoden 2024–2025 työajat liitteen mukaisesti.', 'appeal-oikaisuvaatimus'),
      handling: voteHandling,
      outcome: 'hyvaksytty',
    },
    {
      id: 's7',
      kind: null,
      item: plainItem('i7', 'Koulukuljetusten hankinta', 'Lautakunta päättää hyväksyä koulukuljetusten hankinnan.', null, 'appeal-oikaisuvaatimus'),
      handling: docOf(paragraphNode('Walls esitti Saikkosen kannattamana, että asia pannaan pöydälle. Esitys hyväksyttiin yksimielisesti.')),
      decision: docOf(paragraphNode('Lautakunta päätti panna asian pöydälle.')),
      outcome: 'pantiin_poydalle',
    },
    { id: 's8', kind: 'ilmoitusasiat', item: plainItem('i8', 'Ilmoitusasiat', 'Merkitään ilmoitusasiat tiedoksi.', 'Merkittiin tiedoksi.', 'appeal-ei-136'), handling: null, outcome: 'merkittiin_tiedoksi' },
  ];
}

export function meetingSections(): MeetingDocumentSection[] {
  return specs().map((spec, position) => ({
    sectionId: spec.id,
    position,
    sectionNumber: position + 1,
    standardKind: spec.kind,
    outcome: spec.outcome ?? (spec.kind === null ? 'hyvaksytty' : 'merkittiin_tiedoksi'),
    item: spec.item,
    preparers: spec.item.id === seedAgendaItem().id ? preparers : [],
    handling: spec.handling ?? null,
    decision: spec.decision !== undefined ? spec.decision : spec.item.decision,
  }));
}

export function meetingInput(layout: OrganisationSettings['layout'] = 'classic'): MeetingDocumentInput {
  return { settings: settingsWith(layout), meeting: meeting(), sections: meetingSections(), appealTexts, author: 'Kokkolan kaupunki, Sivistyspalvelut' };
}

/** The agenda: the same items before the meeting (no § numbers, no decisions), the meeting planned. */
export function agendaInput(layout: OrganisationSettings['layout'] = 'classic'): MeetingDocumentInput {
  const sections = meetingSections().map((section) => ({ ...section, sectionNumber: null, outcome: null, handling: null, decision: null }));
  return { ...meetingInput(layout), meeting: meeting({ status: 'esityslista_lahetetty', endTime: '', events: [], minutesChecked: null }), sections };
}
