/** Backups (issue 10): the service's and the CLI's words. */
export const backups = {
  reason: {
    start: 'käynnistys',
    interval: 'ajastettu',
    manual: 'käsin',
    migration: 'ennen päivitystä',
    import: 'ennen tuontia',
    restore: 'ennen palautusta',
    exchange: 'ennen siirtotiedoston tuontia',
  },
  /** Why a file was not restored; nothing was changed. */
  refused: {
    DB_NOT_SQLITE: 'Tiedosto ei ole Pykälän varmuuskopio (se ei ole SQLite-tietokanta tai se on tyhjä). Mitään ei muutettu.',
    DB_FOREIGN: 'Tiedosto on toisen ohjelman tietokanta, ei Pykälän varmuuskopio. Mitään ei muutettu.',
    DB_NEWER_VERSION: 'Varmuuskopio on tehty Pykälän uudemmalla versiolla. Päivitä sovellus ennen palauttamista. Mitään ei muutettu.',
    DB_CORRUPT: 'Varmuuskopio on vioittunut, eikä sitä voi palauttaa. Mitään ei muutettu.',
    NOT_FOUND: 'Varmuuskopiota ei löydy. Mitään ei muutettu.',
  },
  /** The second folder: why it cannot be saved in the settings. */
  settings: {
    notAbsolute: 'Anna kansion koko polku (esimerkiksi E:\\Varmuuskopiot tai /media/tikku/varmuuskopiot).',
    notFolder: 'Kansiota ei löydy. Tarkista, että asema tai muistitikku on kiinni.',
    sameFolder: 'Toinen kansio ei voi olla tietokansio eikä sen oma varmuuskopiokansio.',
  },
  /** A backup was made, but its copy is not in the second folder. */
  secondFolderProblem: {
    missing: 'Varmuuskopio tehtiin, mutta toista kansiota ei löytynyt (onko muistitikku tai verkkoasema kiinni?).',
    unwritable: 'Varmuuskopio tehtiin, mutta toiseen kansioon ei voi kirjoittaa.',
    full: 'Varmuuskopio tehtiin, mutta toisen kansion levy on täynnä.',
    failed: 'Varmuuskopio tehtiin, mutta sen kopiointi toiseen kansioon epäonnistui.',
  },
  cli: {
    usage: 'Käyttö: pykala backup --data KANSIO [--out TIEDOSTO] [--force] tai pykala restore TIEDOSTO --data KANSIO',
    created: 'Varmuuskopio tehty: {{file}} (hankkeita {{projects}}, asioita {{items}}, kokouksia {{meetings}}; eheys tarkistettu).',
    createdUnverified: 'Varmuuskopio tehty: {{file}}, mutta sen eheystarkistus epäonnistui: tietokanta voi olla vioittunut.',
    copiedTo: 'Kopio tallennettu: {{file}}',
    secondFolder: 'Kopio toiseen kansioon: {{folder}}',
    restored: 'Palautettu tiedostosta {{file}} (hankkeita {{projects}}, asioita {{items}}, kokouksia {{meetings}}).',
    safetyCopy: 'Nykyinen tila varmuuskopioitiin ensin: {{file}}',
    refused: 'Tiedostoa {{file}} ei palautettu: {{reason}}',
    noFile: 'Anna palautettava tiedosto: pykala restore TIEDOSTO --data KANSIO',
  },
};
