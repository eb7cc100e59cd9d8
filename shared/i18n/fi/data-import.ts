/** The register's import from a spreadsheet (issue 10): parsing, matching, row errors, the report, the CLI. */
export const dataImport = {
  /** A file the import cannot read at all; nothing is written. */
  error: {
    empty: 'Tiedosto on tyhjä: siinä ei ole yhtään riviä. Mitään ei tuotu.',
    notSpreadsheet: 'Tiedosto ei ole taulukko: tuo Excel-tiedosto (XLSX) tai CSV-tiedosto. Mitään ei tuotu.',
    oldExcel: 'Tiedosto on Excelin vanhaa XLS-muotoa. Tallenna se Excelissä XLSX- tai CSV-muotoon ja tuo uudelleen. Mitään ei tuotu.',
    brokenQuote: 'CSV-tiedoston lainausmerkit ovat rikki rivillä {{row}}: lainaus alkaa, mutta ei pääty. Korjaa tiedosto tai tallenna se uudelleen taulukko-ohjelmasta. Mitään ei tuotu.',
    noHeader: 'Tiedostosta ei löytynyt otsikkoriviä: yhdelläkään rivillä ei ole kahta tunnettua sarakeotsikkoa (esim. Hanke, Rahoittaja, Myönnetty, Alkaa). Lisää otsikkorivi tai valitse sarakkeet itse. Mitään ei tuotu.',
    headerRowMissing: 'Otsikkoriviä {{row}} ei ole tiedostossa. Mitään ei tuotu.',
    noValidRows: 'Tiedostossa ei ole yhtään tuotavaa riviä. Mitään ei tuotu.',
  },
  /** Why a cell was not taken; shown beside the row with the column's header. */
  value: {
    money: 'Summaa ei voitu lukea. Kirjoita euroina, esim. 12 500,50 tai 12 500 €.',
    percent: 'Prosenttia ei voitu lukea. Kirjoita esim. 15 % tai 15,5.',
    date: 'Päivämäärää ei voitu lukea. Kirjoita esim. 1.3.2024, 1.3.24 tai 2024-03-01.',
    partnership: 'Kirjoita ”Oma hanke” tai ”Kumppanuushanke” (tai kyllä / ei).',
  },
  row: {
    unknownValue: 'Tuntematon arvo ”{{value}}” ({{field}}): valitse, mitä se tarkoittaa.',
    listMissing: 'Kenttää {{field}} ei ole tiedostossa: valitse sarake tai arvo kaikille riveille.',
    invalidValue: 'Arvo ei kelpaa.',
    repeatedInFile: 'Sama hanke (nimi, rahoittaja ja alkamispäivä) on tiedostossa jo rivillä {{row}}.',
  },
  apply: {
    rowError: 'Rivi {{row}}, {{column}}: {{message}}',
  },
  report: {
    invalid: 'Rivillä on virheitä.',
    duplicateSkipped: 'Sama hanke on jo rekisterissä (sama nimi, rahoittaja ja alkamispäivä); ohitettu.',
  },
  undo: {
    notFound: 'Tuontia ei löytynyt.',
    alreadyUndone: 'Tuonti on jo kumottu.',
    changedSince: 'Hanketta ”{{name}}” on muutettu tuonnin jälkeen. Tuontia ei kumottu.',
  },
  cli: {
    usage: 'Käyttö: pykala import projects TIEDOSTO --data KANSIO [--mapping MAP.json] [--dry-run] [--skip-invalid] [--json]',
    unreadable: 'Tiedostoa ”{{file}}” ei voitu lukea.',
    badMapping: 'Sarakemäärittelyä ”{{file}}” ei voitu lukea: {{detail}}',
    rowError: 'Rivi {{row}}, {{column}}: {{message}}',
    refused_one: '1 rivi on virheellinen, joten mitään ei tuotu. Korjaa rivi, anna arvoille vastineet (--mapping) tai käytä valitsinta --skip-invalid.',
    refused_other: '{{count}} riviä on virheellisiä, joten mitään ei tuotu. Korjaa rivit, anna arvoille vastineet (--mapping) tai käytä valitsinta --skip-invalid.',
    added: 'Lisätty: {{count}}',
    updated: 'Päivitetty: {{count}}',
    skipped: 'Ohitettu: {{count}}',
    skippedRow: 'Rivi {{row}} ohitettu ({{name}}): {{reason}}',
    dryRun: 'Koeajo: mitään ei tallennettu.',
    batch: 'Tuonnin tunnus (kumoaminen sovelluksessa): {{id}}',
    fileInfo: 'Tiedosto {{file}}: {{format}}, {{rows}} riviä.',
  },
};
