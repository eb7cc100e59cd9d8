// Finnish text for agenda items, the people list and organisation settings (issue 3).
// Keys are shared by the editor UI (i18next) and the Node side (translate): `items.<group>.<key>`.
import type { AppealKind } from '../../domain/appeal';
import type { CompletenessPart } from '../../domain/item-completeness';
import type { ItemStatus } from '../../domain/item';
import type { StatusAction } from '../../domain/item-workflow';
import type { LiveValueMetric } from '../../domain/rich-text';
import type { LayoutPreset, ProposalLabelStyle } from '../../domain/settings';

const status: Record<ItemStatus, string> = {
  luonnos: 'Luonnos',
  tarkastettavana: 'Esittelijän tarkastettavana',
  palautettu: 'Palautettu korjattavaksi',
  hyvaksytty: 'Hyväksytty esitykseksi',
  esityslistalla: 'Esityslistalla',
  kasitelty: 'Käsitelty',
  tarkastettu: 'Pöytäkirja tarkastettu',
  julkaistu: 'Julkaistu',
};

/** The buttons of the workflow's status changes (item-workflow.ts). */
const statusAction: Record<StatusAction, string> = {
  sendToReview: 'Lähetä esittelijälle',
  returnForChanges: 'Palauta korjattavaksi',
  approve: 'Hyväksy esitykseksi',
  reopen: 'Palauta luonnokseksi',
  putOnAgenda: 'Vie esityslistalle',
  removeFromAgenda: 'Poista esityslistalta',
  markHandled: 'Merkitse käsitellyksi',
  undoHandled: 'Peru käsittelymerkintä',
  markChecked: 'Merkitse pöytäkirja tarkastetuksi',
  publish: 'Merkitse julkaistuksi',
};

const appealKind: Record<AppealKind, string> = {
  oikaisuvaatimus: 'Oikaisuvaatimus',
  kunnallisvalitus: 'Kunnallisvalitus',
  hallintovalitus: 'Hallintovalitus',
  ei_muutoksenhakua: 'Ei muutoksenhakuoikeutta',
  muu: 'Muu ohje',
};

/** What the completeness check (item-completeness.ts) says is missing, one line per part. */
const incomplete: Record<CompletenessPart, string> = {
  title: 'otsikko (muu kuin ”Uusi asia”)',
  preparer: 'valmistelija',
  presenter: 'esittelijän nimi ja nimike',
  proposal: 'päätösehdotuksen teksti',
  appeal: 'muutoksenhakuohje',
  appealBlanks: 'muutoksenhakuohjeen täydennettävät kohdat ”[täydennä: …]”',
  yearToCheck: 'vuosilukujen tarkistus (asia on kopio aiemman vuoden asiasta)',
  meetingDate: 'kokouspäivä',
};

const proposalLabel: Record<ProposalLabelStyle, string> = {
  title: 'Nimike yksin otsakkeena (esim. ”Sivistysjohtaja”)',
  presenter: 'Otsake ”Esittelijä”, jonka rinnalla nimi ja nimike',
  proposal: 'Rivi ”Esittelijä” nimineen ja otsake ”Päätösehdotus”',
};

const liveValue: Record<LiveValueMetric, string> = {
  runningProjectCount: 'Käynnissä olevien hankkeiden määrä',
  runningGrantedCents: 'Käynnissä olevien hankkeiden myönnetyt avustukset',
};

const layout: Record<LayoutPreset, string> = {
  classic: 'Perinteinen (teksti 4,6 cm:stä)',
  sfs2024: 'SFS 2487:2024 (teksti 2,3 cm:stä)',
};

export const items = {
  title: 'Asiat',
  status,
  statusAction,
  appealKind,
  incomplete,
  publicity: {
    public: 'Julkinen',
    confidential: 'Salassa pidettävä',
    scopeWhole: 'Kokonaan salassa pidettävä',
    scopePart: 'Osittain salassa pidettävä',
    legalBasis: 'Salassapitoperuste',
    legalBasisExample: 'esim. JulkL 24.1 § 25 k',
  },
  /** Labels of the item's parts in document order (domain.md, "An agenda item"). */
  parts: {
    title: 'Otsikko',
    titleSv: 'Otsikko ruotsiksi',
    caseNumber: 'Diaarinumero',
    earlierHandling: 'Aiempi käsittely',
    bodyName: 'Toimielin',
    meetingDate: 'Kokouspäivä',
    meetingNumber: 'Kokouksen numero',
    agendaNumber: 'Asianro',
    sectionNumber: '§',
    preparers: 'Valmistelija',
    background: 'Selostus',
    attachments: 'Liitteet',
    supplementary: 'Oheismateriaali',
    presenter: 'Esittelijä',
    presenterTitle: 'Esittelijän nimike',
    presenterName: 'Esittelijän nimi',
    proposal: 'Päätösehdotus',
    handling: 'Käsittely',
    decision: 'Päätös',
    opening: 'Johdantolause',
    points: 'Kohdat',
    forInformation: 'Tiedoksi',
    implementation: 'Toimeenpano',
    appeal: 'Muutoksenhaku',
    publicity: 'Julkisuus',
  },
  defaults: {
    newTitle: 'Uusi asia',
    proposalOpening: 'Lautakunta päättää',
    decisionOpening: 'Lautakunta päätti',
    decidedAsProposed: 'Hyväksyttiin päätösehdotuksen mukaisesti.',
    copySuffix: '(kopio)',
    summaryTitle: 'Yhteenveto hankkeista',
  },
  /** Words only the printed page uses; the Word export and the editor's preview both print them. */
  document: {
    agenda: 'ESITYSLISTA',
    minutes: 'PÖYTÄKIRJA',
    agendaNumber: 'Asianro',
    meeting: 'Kokous',
    confidentialWhole: 'Salassa pidettävä',
    confidentialPart: 'Osittain salassa pidettävä',
    phone: 'puh.',
    presenter: 'Esittelijä',
    proposal: 'Päätösehdotus',
  },
  templates: {
    empty: 'Tyhjä asia',
    projectReview: 'Kehittämishankkeiden ajankohtaiskatsaus',
  },
  liveValue,
  actions: {
    create: 'Uusi asia',
    duplicate: 'Kopioi asia',
    delete: 'Poista asia',
    deleteConfirm: 'Poistetaanko asia ”{{title}}”?',
    deleted: 'Asia poistettu.',
    restore: 'Kumoa poisto',
    copyProposalToDecision: 'Kopioi päätösehdotus päätökseksi',
    decideAsProposed: 'Hyväksyttiin päätösehdotuksen mukaisesti',
    insertSummary: 'Lisää hankeyhteenveto oheismateriaaliksi',
    insertLiveValue: 'Lisää rekisterin luku',
    exportProposal: 'Vie päätösehdotus (Word)',
    exportMinutes: 'Vie pöytäkirjanote (Word)',
    exportSummary: 'Vie hankeyhteenveto (Word)',
    addPoint: 'Lisää kohta',
    removePoint: 'Poista kohta',
    movePointUp: 'Siirrä kohta ylös',
    movePointDown: 'Siirrä kohta alas',
  },
  save: {
    saving: 'Tallennetaan…',
    saved: 'Tallennettu',
    failed: 'Tallennus epäonnistui',
  },
  list: {
    search: 'Hae otsikosta, diaarinumerosta tai selostuksesta',
    filterStatus: 'Tila',
    filterMeetingDate: 'Kokouspäivä',
    empty: 'Ei asioita.',
    count_one: '{{count}} asia',
    count_other: '{{count}} asiaa',
  },
  exportKind: {
    proposal: 'päätösehdotus',
    minutes: 'pöytäkirjanote',
    summary: 'hankeyhteenveto',
  },
  people: {
    title: 'Henkilöt',
    name: 'Nimi',
    jobTitle: 'Tehtävänimike',
    phone: 'Puhelin',
    email: 'Sähköposti',
    add: 'Lisää henkilö',
    delete: 'Poista henkilö',
  },
  settings: {
    title: 'Asetukset',
    organisation: 'Organisaatio',
    unit: 'Yksikkö',
    bodyName: 'Toimielin',
    presenterTitle: 'Esittelijän nimike',
    presenterName: 'Esittelijän nimi',
    layout: 'Asiakirjan asettelu',
    layouts: layout,
    proposalLabel: 'Päätösehdotuksen otsake',
    proposalLabels: proposalLabel,
  },
  /** Message keys carried in ServiceError fields (code CONFLICT, FROZEN, VALIDATION, NOT_FOUND). */
  error: {
    notFound: 'Asiaa ei löytynyt. Se on ehkä poistettu.',
    personNotFound: 'Henkilöä ei löytynyt.',
    personConflict: 'Henkilön tietoja on muutettu toisaalla sen jälkeen, kun avasit ne. Muutoksiasi ei tallennettu.',
    personDeleteConflict: 'Henkilön tietoja on muutettu toisaalla sen jälkeen, kun luettelo luettiin. Henkilöä ei poistettu.',
    settingsConflict: 'Asetuksia on muutettu toisaalla sen jälkeen, kun avasit ne. Muutoksiasi ei tallennettu.',
    unknownPreparer: 'Valmistelijaa ei löydy henkilöluettelosta.',
    conflict: 'Asiaa on muutettu toisaalla tämän jälkeen. Lataa asia uudelleen; muutoksiasi ei tallennettu.',
    frozen: 'Päätösehdotus on hyväksytty, eikä sitä voi muuttaa. Ennen kokousta voit valita ”Palauta luonnokseksi” ja muuttaa sitä; päätöstä voi yhä muokata.',
    statusNotAllowed: 'Asian työnkulku ei salli tätä tilanmuutosta asian nykyisestä tilasta.',
    noSummary: 'Asiaan ei ole liitetty hankeyhteenvetoa. Lisää se oheismateriaaliksi.',
    decisionRequiredHandled: 'Käsitellyn asian päätöstä ei voi poistaa. Jos asiaa ei käsitelty kokouksessa, valitse ensin ”Peru käsittelymerkintä”.',
    recordLocked: 'Pöytäkirja on tarkastettu, eikä asiaa voi enää muuttaa.',
    decisionMissing: 'Kirjaa ensin päätös: asiaa ei voi merkitä käsitellyksi eikä pöytäkirjaa tarkastetuksi ilman päätöstä.',
    decisionNotEmpty: 'Päätökseen on jo kirjoitettu tekstiä. Tyhjennä päätös ennen kuin kopioit päätösehdotuksen siihen.',
    minutesNeedDecision: 'Pöytäkirjanotteen voi tehdä vasta, kun päätös on kirjattu.',
    personInUse: 'Henkilö on valmistelijana ainakin yhdessä asiassa, joten häntä ei voi poistaa. Vaihda asioiden valmistelija ensin.',
    notDeleted: 'Asia ei ole poistettu.',
    appealTextNotFound: 'Muutoksenhakuohjetta ei löytynyt. Se on ehkä poistettu.',
    appealTextConflict: 'Ohjetta on muutettu toisaalla tämän jälkeen. Lataa ohjeet uudelleen; muutoksiasi ei tallennettu.',
    appealTextBodyUnknown: 'Toimielintä ei löytynyt. Se on ehkä poistettu; valitse toinen tai ”Kaikki toimielimet”.',
  },
  cli: {
    usageItems: 'Käyttö: pykala items --data KANSIO [--json]',
    usageExport:
      'Käyttö: pykala export item ID --data KANSIO --out TIEDOSTO.docx [--kind proposal|minutes] [--comments] [--changes-since VERSIO], pykala export summary --data KANSIO --active-on 2024-01-01 --out TIEDOSTO.docx [--areas perusopetus,lukiokoulutus], pykala export agenda|minutes KOKOUKSEN_ID --data KANSIO --out TIEDOSTO.docx tai pykala export extract ASIAN_ID --data KANSIO --out TIEDOSTO.docx',
    noItems: 'Ei asioita.',
    written: 'Kirjoitettu {{file}} ({{bytes}} tavua).',
    badKind: 'Tuntematon --kind: {{kind}}. Sallitut: proposal, minutes.',
    badDate: 'Virheellinen päivämäärä: {{value}}. Anna muodossa 2024-01-01 tai 1.1.2024.',
    badArea: 'Tuntematon vastuualue: {{value}}.',
    missingOption: 'Puuttuva valitsin {{option}}.',
    outNotDocx: 'Tiedoston nimen pitää päättyä .docx.',
  },
};
