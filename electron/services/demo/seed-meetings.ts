// Demo content of issue 8, made through the same services as the screens (so the demo is a real
// run of them), in one transaction: Sivistyslautakunta with nine members and their personal
// deputies (invented names, sample data) and those who attend by right; meeting 1/2024 on
// 23.1.2024 held and its minutes checked (§§ 1–8: the four opening items, the seed item as § 5
// checked at the meeting, a seconded counter-proposal voted 6–3, a disqualified member, an item
// tabled); meeting 2/2024 planned with the tabled item on its agenda.
import type { BodyMember, BodyOther } from '../../../shared/domain/body';
import type { ItemDraft } from '../../../shared/domain/item-schema';
import type { Meeting, SectionHandling } from '../../../shared/domain/meeting';
import { emptyHandling } from '../../../shared/domain/meeting';
import type { MeetingDetail } from '../../../shared/ipc/channels/meetings';
import { docOf, openingWithPoints, paragraphNode } from '../../../shared/domain/rich-text-build';
import { seedItemId, seedPresenterName } from '../../../shared/demo/seed-item';
import * as itemsRepo from '../../../db/repositories/items-repository';
import * as meetingsRepo from '../../../db/repositories/meetings-repository';
import { ItemService } from '../items/item-service';
import { BodyService } from '../meetings/body-service';
import { MeetingService } from '../meetings/meeting-service';
import type { ServiceDeps } from '../service-deps';
import { inTransaction } from '../transaction';
import { demoPeople } from './seed-item-seeder';

/** Invented members and deputies (sample data). The fourth member is away; the deputy attends. */
export const demoMembers: readonly BodyMember[] = [
  { id: 'demo-member-1', name: 'Raija Lehtola', role: 'puheenjohtaja', deputyName: 'Tapio Kangas' },
  { id: 'demo-member-2', name: 'Jukka Peltonen', role: 'varapuheenjohtaja', deputyName: 'Sari Hautala' },
  { id: 'demo-member-3', name: 'Minna Rautio', role: 'jasen', deputyName: 'Petri Niskanen' },
  { id: 'demo-member-4', name: 'Antti Vesterinen', role: 'jasen', deputyName: 'Laura Ojala' },
  { id: 'demo-member-5', name: 'Heidi Björklund', role: 'jasen', deputyName: 'Kalle Sundqvist' },
  { id: 'demo-member-6', name: 'Timo Harju', role: 'jasen', deputyName: 'Eija Mäkelä' },
  { id: 'demo-member-7', name: 'Satu Kivelä', role: 'jasen', deputyName: 'Ville Rinne' },
  { id: 'demo-member-8', name: 'Markku Östman', role: 'jasen', deputyName: 'Tiina Salo' },
  { id: 'demo-member-9', name: 'Pirjo Lassila', role: 'jasen', deputyName: 'Janne Koivisto' },
];

const secretary = demoPeople.find((person) => person.id === 'demo-person-lautakunnan-sihteeri');

export const demoOthers: readonly BodyOther[] = [
  { id: 'demo-other-kh', name: 'Kari Nyström', title: '', role: 'kaupunginhallituksen_edustaja' },
  { id: 'demo-other-esittelija', name: seedPresenterName, title: 'sivistysjohtaja', role: 'esittelija' },
  { id: 'demo-other-sihteeri', name: secretary?.name ?? 'Pekka Esimerkki', title: 'hallintosihteeri', role: 'poytakirjanpitaja' },
  { id: 'demo-other-nuva', name: 'Emma Lindqvist', title: '', role: 'nuorisovaltuuston_edustaja' },
];

interface DemoItem {
  title: string;
  caseNumber: string;
  preparerId: string;
  background: string[];
  opening: string;
  points: string[];
}

/** Education-board items as the office writes them (invented details, sample data). */
export const demoItems = {
  vote: {
    title: 'Perusopetuksen oppilaaksiottoalueet lukuvuodesta 2024–2025 alkaen',
    caseNumber: 'KOK/8/12.01.00/2024',
    preparerId: 'demo-person-opetuspaallikko',
    background: [
      'Perusopetuksen oppilaaksiottoalueet tarkistetaan oppilasmäärien muutosten vuoksi. Hakalahden ja Koivuhaan koulujen oppilasmäärät ovat kasvaneet, ja Kirkonmäen koululla on vapaita opetustiloja.',
      'Ehdotetut alueet ovat liitteenä. Huoltajia kuultiin 4.–15.12.2023 kyselyllä, johon vastasi 312 huoltajaa.',
    ],
    opening: 'Lautakunta päättää',
    points: ['hyväksyä perusopetuksen oppilaaksiottoalueet liitteen mukaisesti lukuvuodesta 2024–2025 alkaen', 'että jo koulunsa aloittaneet oppilaat voivat jatkaa nykyisessä koulussaan'],
  },
  grants: {
    title: 'Nuorisojärjestöjen kohdeavustukset 2024',
    caseNumber: 'KOK/15/02.05.01/2024',
    preparerId: 'demo-person-opetuspaallikko',
    background: [
      'Nuorisojärjestöjen kohdeavustuksia haettiin 1.–30.11.2023. Hakemuksia saapui 14, ja haettu summa oli yhteensä 38 400 €. Talousarviossa avustuksiin on varattu 25 000 €.',
      'Avustukset esitetään jaettaviksi liitteen mukaisesti kaupungin avustusperiaatteiden mukaan.',
    ],
    opening: 'Lautakunta päättää',
    points: ['myöntää nuorisojärjestöjen kohdeavustukset vuodelle 2024 liitteen mukaisesti, yhteensä 25 000 €'],
  },
  tabled: {
    title: 'Koulukuljetusten periaatteet lukuvuodelle 2024–2025',
    caseNumber: 'KOK/21/12.01.02/2024',
    preparerId: 'demo-person-varhaiskasvatusjohtaja',
    background: [
      'Koulukuljetusten periaatteet päivitetään vastaamaan uutta kuljetussopimusta. Kuljetukseen oikeuttava koulumatka on esityksen mukaan vuosiluokilla 1–2 yli 3 km ja vuosiluokilla 3–9 yli 5 km.',
      'Vaarallisen koulumatkan arvioinnissa käytetään poliisin lausuntoa.',
    ],
    opening: 'Lautakunta päättää',
    points: ['hyväksyä koulukuljetusten periaatteet lukuvuodelle 2024–2025 liitteen mukaisesti'],
  },
} satisfies Record<string, DemoItem>;

export const demoMeetingDates = { first: '2024-01-23', second: '2024-02-20' } as const;

function attendeeOf(meeting: Meeting, sourceId: string): string {
  const attendee = meeting.attendees.find((entry) => entry.sourceId === sourceId);
  if (!attendee) throw new Error(`demo roster lacks ${sourceId}`);
  return attendee.id;
}

/** Everything is there already (another process seeded it, or this is not a fresh demo). */
async function alreadySeeded(deps: ServiceDeps): Promise<boolean> {
  const seed = await itemsRepo.getItem(deps.db, seedItemId);
  return seed?.status !== 'kasitelty' || (await meetingsRepo.listMeetings(deps.db, null)).length > 0;
}

export async function seedMeetingsDemo(base: ServiceDeps): Promise<void> {
  await inTransaction(base.db, async (trx) => {
    const deps: ServiceDeps = { ...base, db: trx };
    if (await alreadySeeded(deps)) return;
    const bodies = new BodyService(deps);
    const items = new ItemService(deps);
    const meetings = new MeetingService(deps);

    const [stored] = await bodies.list();
    const body = await bodies.save(
      { id: stored?.id ?? null, name: 'Sivistyslautakunta', nameSv: 'Bildningsnämnden', defaultPlace: 'Kaupungintalo, kokoushuone 3', termStart: '2021-08-01', termEnd: '2025-05-31', members: [...demoMembers], others: [...demoOthers], sectionStarts: {}, expectedUpdatedAt: stored?.updatedAt ?? null },
      { isSample: true },
    );

    // The seed item was handled at this very meeting: back to the pool to be put on its agenda.
    await items.setStatus(seedItemId, 'esityslistalla');
    await items.setStatus(seedItemId, 'hyvaksytty');
    const approved: Record<keyof typeof demoItems, string> = { vote: '', grants: '', tabled: '' };
    for (const key of Object.keys(demoItems) as (keyof typeof demoItems)[]) {
      approved[key] = (await items.createFromDraft(await demoDraft(items, demoItems[key]), { isSample: true, status: 'hyvaksytty' })).id;
    }

    let meeting = await meetings.create({ bodyId: body.id, number: 1, date: demoMeetingDates.first, startTime: '18.00', place: null }, { isSample: true });
    await meetings.addStandardItems(meeting.id, ['avaus', 'laillisuus', 'tarkastajat', 'tyojarjestys']);
    for (const id of [seedItemId, approved.vote, approved.grants, approved.tabled]) await meetings.addItem(meeting.id, id, null);
    const member = (n: number) => attendeeOf(meeting, `demo-member-${String(n)}`);
    meeting = await meetings.update(meeting.id, meeting.updatedAt, {
      attendees: meeting.attendees.map((attendee) => (attendee.sourceId === 'demo-member-4' ? { ...attendee, presence: 'deputy' } : attendee)),
      checkerIds: [member(2), member(3)],
      endTime: '19.40',
      publicDisplay: 'Pöytäkirja on pidetty yleisesti nähtävänä kaupungin verkkosivuilla 30.1.2024.',
    });
    let detail = await meetings.setStatus({ id: meeting.id, expectedUpdatedAt: meeting.updatedAt, status: 'esityslista_lahetetty', minutesChecked: null });
    detail = await meetings.setStatus({ id: meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'kokouksessa', minutesChecked: null });
    await recordHandling(meetings, detail, member);
    meeting = (await meetings.get(meeting.id)).meeting;
    detail = await meetings.setStatus({ id: meeting.id, expectedUpdatedAt: meeting.updatedAt, status: 'paattynyt', minutesChecked: null });
    await meetings.setStatus({ id: meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'tarkastettu', minutesChecked: { date: '2024-01-25', place: 'Kokkola' } });

    const next = await meetings.create({ bodyId: body.id, number: 2, date: demoMeetingDates.second, startTime: '18.00', place: null }, { isSample: true });
    await meetings.addStandardItems(next.id, ['avaus', 'laillisuus', 'tarkastajat', 'tyojarjestys']);
    await meetings.addItem(next.id, approved.tabled, null);
  });
}

async function demoDraft(items: ItemService, demo: DemoItem): Promise<ItemDraft> {
  const draft = await items.newDraft('empty', demoMeetingDates.first);
  return {
    ...draft,
    title: demo.title,
    caseNumber: demo.caseNumber,
    preparerIds: [demo.preparerId],
    background: docOf(...demo.background.map((text) => paragraphNode(text))),
    presenterName: seedPresenterName,
    proposal: openingWithPoints(demo.opening, demo.points),
    meetingDate: null,
  };
}

/** What the secretary recorded at the table, § by §. */
async function recordHandling(meetings: MeetingService, detail: MeetingDetail, member: (n: number) => string): Promise<void> {
  const record = async (index: number, outcome: 'hyvaksytty' | 'pantiin_poydalle', handling: SectionHandling = emptyHandling()) => {
    const section = detail.sections[index];
    if (!section) throw new Error(`demo agenda lacks § at ${String(index)}`);
    await meetings.updateSection({ sectionId: section.id, expectedUpdatedAt: section.updatedAt, handling, outcome });
  };
  for (const index of [0, 1, 2, 3]) await record(index, 'hyvaksytty');
  // § 5, the seed: "tarkistaa tämän pykälän välittömästi kokouksen yhteydessä".
  await record(4, 'hyvaksytty', { ...emptyHandling(), checkedAtMeeting: true });
  // § 6: Harju's counter-proposal, seconded by Kivelä, lost 3–6; Harju dissented.
  const yes = [1, 2, 3, 4, 5, 9].map(member);
  const no = [6, 7, 8].map(member);
  await record(5, 'hyvaksytty', {
    ...emptyHandling(),
    counterProposals: [{ id: 'demo-counter-1', moverId: member(6), seconderIds: [member(7)], text: 'Hakalahden koulun oppilaaksiottoalue säilytetään ennallaan lukuvuonna 2024–2025.' }],
    votes: [{ id: 'demo-vote-1', yesMeans: 'päätösehdotus', noMeans: 'Harjun vastaehdotus', counterProposalId: 'demo-counter-1', votes: Object.fromEntries([...yes.map((id) => [id, 'jaa'] as const), ...no.map((id) => [id, 'ei'] as const)]) }],
    dissents: [{ id: 'demo-dissent-1', attendeeId: member(6), written: false, statement: '' }],
  });
  // § 7: Björklund chairs a youth association that applied: disqualified, left the room.
  await record(6, 'hyvaksytty', { ...emptyHandling(), disqualifications: [{ id: 'demo-disq-1', attendeeId: member(5), ground: 'hallintolaki 28.1 § 5 k (yhteisöjäävi)', leftAt: '19.05', returnedAt: '19.12' }] });
  await record(7, 'pantiin_poydalle');
}
