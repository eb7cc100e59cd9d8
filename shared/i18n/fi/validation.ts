/** Keys used as zod issue messages in shared/domain; the UI shows them beside the field. */
export const validation = {
  project: {
    nameRequired: 'Anna hankkeen nimi.',
    endBeforeStart: 'Päättymispäivä ei voi olla ennen alkamispäivää.',
    ownShareOver100: 'Omarahoitusosuus ei voi olla yli 100 %.',
  },
  item: {
    titleRequired: 'Anna asian otsikko.',
    legalBasisRequired: 'Anna salassapidon peruste, esim. JulkL 24.1 § 25 k.',
    templateYearRequired: 'Anna kokouspäivä tai vuosi, jota katsaus koskee: pohjan vuosiluvut ja rekisterin luvut otetaan siitä.',
    yearInvalid: 'Anna vuosi väliltä 1900–2200.',
  },
  meeting: {
    timeInvalid: 'Anna kellonaika muodossa hh.mm, esim. 18.05.',
  },
  money: {
    negative: 'Summa ei voi olla negatiivinen.',
    invalid: 'Anna summa euroina, esim. 12 500,50 €.',
    tooLarge: 'Summa on liian suuri.',
  },
  date: {
    invalid: 'Anna päivämäärä muodossa p.k.vvvv, esim. 1.1.2024.',
  },
  number: {
    wholeNumber: 'Anna kokonaisluku väliltä 1–9999.',
  },
  percent: {
    invalid: 'Anna prosentti, esim. 15 tai 15,5.',
  },
  text: {
    tooLong: 'Teksti on liian pitkä.',
  },
  richText: {
    invalid: 'Tekstin muotoilussa (otsikko, luettelo tai taulukko) on virheellinen arvo.',
    linkInvalid: 'Linkin osoitteen pitää alkaa https://, http:// tai mailto:.',
    liveValueInvalid: 'Rekisterin luvussa on virheellinen arvo. Poista luku ja lisää se uudelleen.',
    tableTooWide: 'Taulukossa on yli 63 saraketta, enempää Word ei salli. Jaa taulukko kahdeksi.',
    tableSpans: 'Taulukossa on yhdistetty solu, joka ulottuu taulukon ulkopuolelle tai toisen solun päälle. Pura yhdistäminen ja yhdistä solut uudelleen.',
    tooDeep: 'Tekstissä on liian monta sisäkkäistä tasoa: luetteloita voi olla enintään 20 tasoa sisäkkäin. Mitään ei tallennettu.',
  },
  input: {
    tooDeep: 'Pyynnön tiedot ovat liian monta tasoa sisäkkäin. Mitään ei tallennettu.',
  },
  required: 'Pakollinen tieto.',
  email: 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
  invalid: 'Virheellinen arvo.',
};
