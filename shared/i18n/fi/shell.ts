// The desktop shell's own words: menu, save dialog, fatal errors. Everything else the UI says.
export const shell = {
  menu: {
    file: 'Tiedosto',
    save: 'Tallenna',
    quit: 'Lopeta',
    edit: 'Muokkaa',
    undo: 'Kumoa',
    redo: 'Tee uudelleen',
    cut: 'Leikkaa',
    copy: 'Kopioi',
    paste: 'Liitä',
    selectAll: 'Valitse kaikki',
    view: 'Näytä',
    zoomIn: 'Suurenna',
    zoomOut: 'Pienennä',
    resetZoom: 'Todellinen koko',
    fullScreen: 'Koko näyttö',
  },
  save: {
    title: 'Tallenna tiedosto',
    allFiles: 'Kaikki tiedostot',
    word: 'Word-asiakirja',
    excel: 'Excel-työkirja',
    csv: 'CSV-tiedosto (puolipiste)',
    pdf: 'PDF-asiakirja',
    exchange: 'Pykälän siirtotiedosto',
  },
  fatal: {
    title: 'Pykälä ei käynnisty',
    message: 'Sovelluksen käynnistyksessä tapahtui virhe, jota ei voitu korjata: {{detail}}',
    nativeMissing:
      'SQLite-moduulin Electron-käännöstä ei löytynyt tiedostosta {{file}}. Käynnistä sovellus komennolla npm start, joka valmistaa sen automaattisesti.',
  },
};
