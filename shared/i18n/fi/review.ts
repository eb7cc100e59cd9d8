import { reviewReadback } from './review-readback';

/** The director's review (issue 9): users, the review round, comments, versions, review in Word. */
export const review = {
  role: {
    valmistelija: 'Valmistelija',
    esittelija: 'Esittelijä',
    poytakirjanpitaja: 'Pöytäkirjanpitäjä',
  },
  error: {
    reasonRequired: 'Kirjoita palautuksen syy.',
    commentEmpty: 'Kirjoita kommentti.',
    notDocx: 'Tiedosto ei ole Word-asiakirja (.docx).',
    tooLarge: 'Tiedosto on liian suuri (yli 20 Mt).',
  },
  word: reviewReadback,
  /** A version's one-line summary (shared/format/version-summary-text.ts). */
  summary: {
    first: 'Ensimmäinen versio',
    nothing: 'Ei tekstimuutoksia',
    commentsOnly: 'Vain kommenttien kohdat muuttuneet',
    /** "Selostus: 3 kappaletta muutettu, 1 kappale lisätty" */
    field: '{{field}}: {{changes}}',
    titleChanged: 'Otsikko muutettu',
    formatting: 'muotoilu muutettu',
    /** Other fields: "Diaarinumero ja liitteet muutettu". */
    othersChanged: '{{names}} muutettu',
    and: 'ja',
    paragraphsOne: '1 kappale',
    paragraphsMany: '{{count}} kappaletta',
    pointOne: 'kohta {{number}}',
    pointsMany: 'kohdat {{numbers}}',
    changed: '{{what}} muutettu',
    added: '{{what}} lisätty',
    removed: '{{what}} poistettu',
    fields: {
      title: 'Otsikko',
      titleSv: 'Otsikko ruotsiksi',
      caseNumber: 'Diaarinumero',
      earlierHandling: 'Aiempi käsittely',
      bodyName: 'Toimielin',
      meetingDate: 'Kokouspäivä',
      meetingNumber: 'Kokouksen numero',
      agendaNumber: 'Asianro',
      sectionNumber: 'Pykälä',
      preparerIds: 'Valmistelijat',
      background: 'Selostus',
      attachments: 'Liitteet',
      supplementary: 'Oheismateriaali',
      presenterTitle: 'Esittelijän nimike',
      presenterName: 'Esittelijän nimi',
      proposal: 'Päätösehdotus',
      proposalSv: 'Päätösehdotus ruotsiksi',
      decision: 'Päätös',
      decisionSv: 'Päätös ruotsiksi',
      forInformation: 'Tiedoksi',
      implementation: 'Toimeenpano',
      appeal: 'Muutoksenhaku',
      publicity: 'Julkisuus',
      yearToCheck: 'Vuosilukujen tarkistus',
    },
  },
  /** Where a unit stands, in the compare view ("kohta 2", "taulukko 1, rivi 3, sarake 2"). */
  compare: {
    place: {
      title: 'otsikko',
      paragraph: 'kappale {{number}}',
      heading: 'väliotsikko {{number}}',
      listItem: 'kohta {{number}}',
      tableCell: 'taulukko {{table}}, rivi {{row}}, sarake {{column}}',
    },
  },
};
