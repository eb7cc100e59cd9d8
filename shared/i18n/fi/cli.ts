/** Messages of the command line (electron/cli). */
export const cli = {
  usage: [
    'Käyttö: pykala <komento> [valinnat]',
    '',
    'Komennot:',
    '  demo --data KANSIO                 Luo esimerkkitietokanta kansioon.',
    '  projects --data KANSIO [--active-on PVM] [--due-by PVM] [--json]',
    '                                     Listaa hankkeet (PVM muodossa 1.1.2024 tai 2024-01-01);',
    '                                     --due-by: päättyy tai loppuraportti erääntyy viimeistään PVM.',
    '',
    'Valinnat:',
    '  --data KANSIO   Tietokansio (oletus: sovelluksen oma kansio tai PYKALA_DATA_DIR).',
    '  --help          Näytä tämä ohje.',
  ].join('\n'),
  error: {
    prefix: 'Virhe: {{message}}',
    unknownCommand: 'Tuntematon komento "{{command}}". Katso pykala --help.',
    noCommand: 'Anna komento. Katso pykala --help.',
    badArguments: 'Virheelliset valinnat: {{detail}}',
    badDate: 'Päivämäärä "{{value}}" ei kelpaa. Anna se muodossa 1.1.2024 tai 2024-01-01.',
    databaseExists: 'Kansiossa {{dir}} on jo tietokanta ({{file}}). Mitään ei muutettu.',
    noDatabase: 'Kansiossa {{dir}} ei ole tietokantaa. Luo se komennolla: pykala demo --data {{dir}}',
    startup: 'Tietokantaa {{file}} ei voitu avata: {{reason}}',
  },
  demo: {
    created_one: 'Esimerkkitietokanta luotu: {{file}} ({{count}} hanke).',
    created_other: 'Esimerkkitietokanta luotu: {{file}} ({{count}} hanketta).',
  },
  projects: {
    header: { name: 'Nimi', area: 'Vastuualue', funder: 'Rahoittaja', granted: 'Myönnetty', period: 'Kausi', status: 'Tila' },
    count_one: '{{count}} hanke',
    count_other: '{{count}} hanketta',
    countActive_one: '{{count}} hanke käynnissä {{date}}',
    countActive_other: '{{count}} hanketta käynnissä {{date}}',
    countDue_one: '{{count}} hanke, joka päättyy tai jonka loppuraportti erääntyy viimeistään {{date}}',
    countDue_other: '{{count}} hanketta, jotka päättyvät tai joiden loppuraportti erääntyy viimeistään {{date}}',
  },
};
