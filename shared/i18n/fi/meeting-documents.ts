/**
 * The words of a meeting's printed documents (issue 8): the whole agenda, the whole minutes and an
 * extract of one §. The Word export prints only these (and items.document's), so a change of
 * wording is made here once.
 */
export const meetingDocuments = {
  type: {
    agenda: 'ESITYSLISTA',
    minutes: 'PÖYTÄKIRJA',
    extract: 'PÖYTÄKIRJANOTE',
  },
  /** File properties' title and the file name's last word. */
  title: {
    agenda: 'Esityslista',
    minutes: 'Pöytäkirja',
    extract: 'Pöytäkirjanote',
  },
  fileKind: {
    agenda: 'esityslista',
    minutes: 'pöytäkirja',
    extract: 'pöytäkirjanote',
  },
  /** The cover's heading: "Sivistyslautakunta, kokous 1/2024". */
  meetingHeading: '{{body}}, kokous {{number}}',
  label: {
    time: 'Kokousaika',
    place: 'Kokouspaikka',
    membersToMark: 'Saapuvilla olevat jäsenet',
    othersToMark: 'Muut saapuvilla olleet',
    attendance: 'Osallistujat',
    agendaList: 'Käsiteltävät asiat',
    sections: 'Asiat',
    signatures: 'Allekirjoitukset',
    checking: 'Pöytäkirjan tarkastus',
    publicDisplay: 'Nähtävänä pito',
    handling: 'Käsittely',
    decision: 'Päätös',
    appeal: 'Muutoksenhaku',
    certified: 'Otteen oikeaksi todistaa',
  },
  /** "23.1.2024 klo 18.00" / "23.1.2024 klo 18.00–20.15". */
  time: '{{date}} klo {{start}}',
  timeRange: '{{date}} klo {{start}}–{{end}}',
  column: {
    name: 'Nimi',
    role: 'Tehtävä',
    deputy: 'Henkilökohtainen varajäsen',
    mark: 'Läsnä',
    note: 'Merkinnät',
    agendaNumber: 'Asianro',
    title: 'Asia',
  },
  group: {
    membersPresent: 'Saapuvilla olleet jäsenet',
    deputiesPresent: 'Saapuvilla olleet varajäsenet',
    membersAbsent: 'Poissa olleet jäsenet',
    othersPresent: 'Muut saapuvilla olleet',
  },
  role: {
    puheenjohtaja: 'puheenjohtaja',
    varapuheenjohtaja: 'varapuheenjohtaja',
    jasen: 'jäsen',
    kaupunginhallituksen_edustaja: 'kaupunginhallituksen edustaja',
    esittelija: 'esittelijä',
    poytakirjanpitaja: 'pöytäkirjanpitäjä',
    nuorisovaltuuston_edustaja: 'nuorisovaltuuston edustaja',
    muu: '',
  },
  /** A deputy's role cell: "varajäsen (Anna Virtanen)". */
  deputyFor: 'varajäsen ({{name}})',
  /** An absent member's note when the deputy came. */
  replacedBy: 'tilalla {{name}}',
  arrived: 'saapui klo {{time}}',
  left: 'poistui klo {{time}}',
  /** "saapui klo 18.20, § 3": the § during which it happened. */
  atSection: '{{event}}, § {{section}}',
  atStart: '{{event}} ennen ensimmäistä asiaa',
  chair: 'Puheenjohtaja',
  secretary: 'Pöytäkirjanpitäjä',
  checker: 'Pöytäkirjantarkastaja',
  checked: 'Pöytäkirja on tarkastettu ja hyväksytty.',
  checkedAt: '{{place}} {{date}}',
  checkToFill: 'Paikka ja aika',
  publicDisplay: 'Pöytäkirja on pidetty yleisesti nähtävänä',
  /** "§ 5" and "§§ 1–4, 6, 8". */
  oneSection: '§ {{number}}',
  manySections: '§§ {{numbers}}',
  appealHeading: 'Muutoksenhakuohjeet',
  /** A group's heading: "§§ 1–4, 6, 8: Muutoksenhakukielto". */
  appealGroup: '{{sections}}: {{name}}',
  appealKind: {
    oikaisuvaatimus: 'Oikaisuvaatimusohje',
    kunnallisvalitus: 'Valitusosoitus (kunnallisvalitus)',
    hallintovalitus: 'Valitusosoitus (hallintovalitus)',
    ei_muutoksenhakua: 'Muutoksenhakukielto',
    muu: 'Muutoksenhakuohje',
  },
  cli: {
    noHandledSection: 'Asiaa {{id}} ei ole vielä käsitelty missään kokouksessa, joten siitä ei voi tehdä pöytäkirjanotetta.',
  },
  error: {
    minutesNeedDecisions: 'Pöytäkirjaa ei voi tehdä, ennen kuin jokaisen pykälän päätös on kirjattu.',
    minutesNeedNumbers: 'Pöytäkirjaa ei voi tehdä, ennen kuin pykälät on numeroitu (kokous avataan).',
    amendedDecisionUnchanged: 'Pöytäkirjaa ei voi tehdä: {{section}} hyväksyttiin muutettuna, mutta päätöksenä on yhä päätösehdotus sellaisenaan. Kirjoita pykälään muutettu päätös.',
    extractNeedsDecision: 'Pöytäkirjanotteen voi tehdä vasta, kun pykälän päätös on kirjattu.',
    noSections: 'Kokouksella ei ole asioita.',
    sectionNotFound: 'Pykälää ei löytynyt. Se on ehkä poistettu esityslistalta.',
  },
};
