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
    invalid: 'Selostuksen muotoilussa (otsikko, luettelo tai taulukko) on virheellinen arvo.',
    linkInvalid: 'Selostuksen linkin osoitteen pitää alkaa https://, http:// tai mailto:.',
    liveValueInvalid: 'Selostuksen rekisterin luvussa on virheellinen arvo. Poista luku ja lisää se uudelleen.',
  },
  required: 'Pakollinen tieto.',
  email: 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
  invalid: 'Virheellinen arvo.',
};
