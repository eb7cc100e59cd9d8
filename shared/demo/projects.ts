// The Kokkola 2024 sample register (issue 2): 27 projects running on 1.1.2024 plus applied,
// planned, ended and rejected ones so that filters matter. Programme names are real
// (domain.md); project names, people, decision numbers and all amounts are invented.
import { addMonths, format, parseISO } from 'date-fns';
import type { Funder, GrantType, ProjectInput, ProjectScope, ProjectStatus, ResponsibilityArea } from '../domain/project';

export interface DemoProject {
  /** Fixed ids keep the demo deterministic (tests, the seed agenda item's references). */
  id: string;
  input: ProjectInput;
}

const call = {
  vakaTasaArvo2223: 'Varhaiskasvatuksen tasa-arvon ja laadun edistäminen 2022–2023 (OKM:n erityisavustus)',
  vakaTasaArvo2324: 'Varhaiskasvatuksen tasa-arvon ja laadun edistäminen 2023–2024 (OKM:n erityisavustus)',
  oikeusOppia: 'Oikeus oppia – perusopetuksen laatu- ja tasa-arvo-ohjelma 2020–2022',
  harrastaminen: 'Harrastamisen Suomen malli (valtionavustus, AVI)',
  vstLaatu: 'Vapaan sivistystyön laatu- ja kehittämisavustus (OPH)',
  kielikylpy: 'Kaksikielisen opetuksen ja kielikylpyopetuksen kehittäminen (OPH)',
  s2: 'Suomi ja ruotsi toisena kielenä -opetuksen kehittäminen (OPH)',
  tasaArvoPerus: 'Perusopetuksen tasa-arvon ja laadun vahvistaminen 2023–2024 (OKM:n erityisavustus)',
  lukioLaatu: 'Lukiokoulutuksen laadun ja saavutettavuuden kehittäminen (OKM)',
  ophKehittaminen: 'Opetustoimen henkilöstökoulutus ja kehittäminen (OPH)',
  esr: 'Osaava ja osallistava Suomi – ESR+ -ohjelma 2021–2027',
} as const;

type Row = [
  nameFi: string, nameSv: string, area: ResponsibilityArea, funder: Funder, grantType: GrantType, callName: string,
  grantedEuros: number | null, ownSharePercent: number | null, start: string | null, end: string | null,
  status: ProjectStatus, scope: ProjectScope, partners: string[], responsible: string, coordinator: string,
];

const vaka = 'varhaiskasvatus';
const perus = 'perusopetus';
const lukio = 'lukiokoulutus';
const opisto = 'vapaa_sivistystyo';
const partnersRegion = ['Kruunupyyn kunta', 'Kannuksen kaupunki'];

// The first 27 rows are running on 1.1.2024 (a funded status and the date inside the period).
const rows: Row[] = [
  ['Kaikki mukaan – tasa-arvoinen varhaiskasvatus', 'Alla med – jämlik småbarnspedagogik', vaka, 'OKM', 'erityisavustus', call.vakaTasaArvo2324, 184000, null, '2023-08-01', '2024-12-31', 'kaynnissa', 'oma', [], 'Anna Niemi', 'Laura Koski'],
  ['Lukutaidon polku päiväkodeissa', '', vaka, 'OKM', 'erityisavustus', call.vakaTasaArvo2324, 96500, null, '2023-08-01', '2024-12-31', 'kaynnissa', 'oma', [], 'Anna Niemi', 'Sari Mäki'],
  ['Pienryhmät ja tuen rakenteet', '', vaka, 'OKM', 'erityisavustus', call.vakaTasaArvo2223, 72000, null, '2022-08-01', '2024-07-31', 'kaynnissa', 'oma', [], 'Anna Niemi', 'Minna Hietala'],
  ['Varhaiskasvatuksen henkilöstön saatavuus', '', vaka, 'OKM', 'erityisavustus', call.vakaTasaArvo2324, 58300, null, '2023-09-01', '2024-12-31', 'myonnetty', 'seudullinen', partnersRegion, 'Anna Niemi', 'Jussi Lahti'],
  ['Språkbad från början', 'Språkbad från början', vaka, 'OPH', 'valtionavustus', call.kielikylpy, 41200, 10, '2023-08-01', '2024-07-31', 'kaynnissa', 'oma', [], 'Eva Forsman', 'Eva Forsman'],
  ['Monikielinen päiväkoti', '', vaka, 'OPH', 'valtionavustus', call.s2, 35600, null, '2023-08-01', '2024-12-31', 'kaynnissa', 'oma', [], 'Anna Niemi', 'Aino Salo'],
  ['Perheiden osallisuus varhaiskasvatuksessa', '', vaka, 'EU_ESR', 'hankeavustus', call.esr, 212000, 20, '2023-03-01', '2025-02-28', 'kaynnissa', 'maakunnallinen', ['Keski-Pohjanmaan liitto', 'Centria-ammattikorkeakoulu'], 'Anna Niemi', 'Heidi Ranta'],

  ['Oppimisen tuki kuntoon', '', perus, 'OKM', 'erityisavustus', call.tasaArvoPerus, 264000, null, '2023-08-01', '2024-12-31', 'kaynnissa', 'oma', [], 'Markku Hakala', 'Tiina Laine'],
  ['Lukuinto ja lukemisen lähiluokat', '', perus, 'OKM', 'erityisavustus', call.tasaArvoPerus, 118000, null, '2023-08-01', '2024-12-31', 'kaynnissa', 'oma', [], 'Markku Hakala', 'Outi Karppinen'],
  ['Koulupolku ilman poissaoloja', '', perus, 'OKM', 'erityisavustus', call.tasaArvoPerus, 87400, null, '2023-08-01', '2024-12-31', 'kaynnissa', 'oma', [], 'Markku Hakala', 'Pekka Rautio'],
  ['Harrastamisen Kokkolan malli 2023–2024', '', perus, 'AVI', 'valtionavustus', call.harrastaminen, 156000, null, '2023-08-01', '2024-07-31', 'kaynnissa', 'oma', ['Kokkolan seudun urheiluseurat'], 'Markku Hakala', 'Jari Peltola'],
  ['Harrastustakuu kyläkouluille', '', perus, 'AVI', 'valtionavustus', call.harrastaminen, 48000, null, '2023-08-01', '2024-07-31', 'kaynnissa', 'seudullinen', partnersRegion, 'Markku Hakala', 'Jari Peltola'],
  ['Kielikylpy vahvaksi yläkouluun', 'Språkbad i högstadiet', perus, 'OPH', 'valtionavustus', call.kielikylpy, 62500, 10, '2023-08-01', '2024-12-31', 'kaynnissa', 'oma', [], 'Eva Forsman', 'Johanna Kallio'],
  ['S2-opetuksen tuki alakouluissa', '', perus, 'OPH', 'valtionavustus', call.s2, 54800, null, '2023-08-01', '2024-12-31', 'kaynnissa', 'oma', [], 'Markku Hakala', 'Aino Salo'],
  ['Svenska som andraspråk i grundskolan', 'Svenska som andraspråk i grundskolan', perus, 'OPH', 'valtionavustus', call.s2, 23900, null, '2023-08-01', '2024-07-31', 'myonnetty', 'oma', [], 'Eva Forsman', 'Eva Forsman'],
  ['Tutoropettajat digitaalisen oppimisen tukena', '', perus, 'OPH', 'kehittamisavustus', call.ophKehittaminen, 74000, 10, '2023-01-01', '2024-05-31', 'kaynnissa', 'seudullinen', partnersRegion, 'Markku Hakala', 'Ville Järvinen'],
  ['Osallisuus ja hyvinvointi yläkouluissa', '', perus, 'EU_ESR', 'hankeavustus', call.esr, 188000, 20, '2023-01-01', '2025-06-30', 'kaynnissa', 'maakunnallinen', ['Keski-Pohjanmaan liitto', 'Kokkolan nuorisopalvelut'], 'Markku Hakala', 'Elina Väisänen'],

  ['Lukion opinto-ohjauksen vahvistaminen', '', lukio, 'OKM', 'valtionavustus', call.lukioLaatu, 92000, null, '2023-01-01', '2024-06-30', 'kaynnissa', 'oma', [], 'Kari Ojala', 'Noora Björk'],
  ['Korkeakouluyhteistyö lukiossa', '', lukio, 'OKM', 'valtionavustus', call.lukioLaatu, 66000, null, '2023-08-01', '2024-12-31', 'kaynnissa', 'maakunnallinen', ['Centria-ammattikorkeakoulu', 'Chydenius-instituutti'], 'Kari Ojala', 'Noora Björk'],
  ['Lukiolaisten hyvinvointi ja jaksaminen', '', lukio, 'OPH', 'kehittamisavustus', call.ophKehittaminen, 38500, 10, '2023-08-01', '2024-07-31', 'kaynnissa', 'oma', [], 'Kari Ojala', 'Henna Nyström'],
  ['Ruotsin kielikylpy lukiossa', 'Språkbad i gymnasiet', lukio, 'OPH', 'valtionavustus', call.kielikylpy, 27800, 10, '2023-08-01', '2024-07-31', 'myonnetty', 'oma', [], 'Eva Forsman', 'Henna Nyström'],

  ['Opiston digiosaaminen kaikille', '', opisto, 'OPH', 'kehittamisavustus', call.vstLaatu, 42000, 15, '2023-06-01', '2024-05-31', 'kaynnissa', 'oma', [], 'Riitta Ahonen', 'Mikko Heikkilä'],
  ['Kotoutujien kieliopinnot opistossa', '', opisto, 'OPH', 'kehittamisavustus', call.vstLaatu, 36500, 15, '2023-08-01', '2024-07-31', 'kaynnissa', 'oma', [], 'Riitta Ahonen', 'Satu Lindholm'],
  ['Ikäihmisten opintopiirit kylissä', '', opisto, 'OPH', 'kehittamisavustus', call.vstLaatu, 24800, 20, '2023-01-01', '2024-03-31', 'kaynnissa', 'seudullinen', partnersRegion, 'Riitta Ahonen', 'Mikko Heikkilä'],
  ['Opiston laatutyön kehittäminen', '', opisto, 'OPH', 'kehittamisavustus', call.vstLaatu, 31000, 15, '2023-08-01', '2024-12-31', 'kaynnissa', 'oma', [], 'Riitta Ahonen', 'Riitta Ahonen'],
  ['Suomi toisena kielenä – arjen kielitaito', '', opisto, 'OPH', 'valtionavustus', call.s2, 29600, null, '2023-09-01', '2024-08-31', 'kaynnissa', 'oma', [], 'Riitta Ahonen', 'Satu Lindholm'],
  ['Taiteen perusopetus opistossa', '', opisto, 'OKM', 'erityisavustus', 'Taiteen perusopetuksen kehittäminen (OKM)', 19800, 15, '2023-08-01', '2024-06-30', 'myonnetty', 'oma', [], 'Riitta Ahonen', 'Mikko Heikkilä'],

  // Not running on 1.1.2024: ended, reported, applied, planned, rejected, starting later.
  ['Oikeus oppia – tuki kaikille', '', perus, 'OKM', 'erityisavustus', call.oikeusOppia, 310000, null, '2020-08-01', '2022-12-31', 'raportoitu', 'oma', [], 'Markku Hakala', 'Tiina Laine'],
  ['Oikeus oppia – koulunkäynnin tuki', '', perus, 'OKM', 'erityisavustus', call.oikeusOppia, 145000, null, '2021-01-01', '2023-06-30', 'paattynyt', 'oma', [], 'Markku Hakala', 'Outi Karppinen'],
  ['Varhaiskasvatuksen tasa-arvo 2022–2023', '', vaka, 'OKM', 'erityisavustus', call.vakaTasaArvo2223, 88000, null, '2022-08-01', '2023-12-31', 'paattynyt', 'oma', [], 'Anna Niemi', 'Laura Koski'],
  ['Harrastamisen Kokkolan malli 2024–2025', '', perus, 'AVI', 'valtionavustus', call.harrastaminen, 160000, null, '2024-08-01', '2025-07-31', 'haettu', 'oma', [], 'Markku Hakala', 'Jari Peltola'],
  ['Opiston laatu ja saavutettavuus 2024–2025', '', opisto, 'OPH', 'kehittamisavustus', call.vstLaatu, 40000, 15, '2024-06-01', '2025-05-31', 'haettu', 'oma', [], 'Riitta Ahonen', 'Mikko Heikkilä'],
  ['Lukion kansainvälisyyspolku', '', lukio, 'EU_ESR', 'hankeavustus', call.esr, null, 20, null, null, 'valmisteilla', 'maakunnallinen', ['Keski-Pohjanmaan liitto'], 'Kari Ojala', ''],
  ['Etäopetuksen verkosto', '', perus, 'OPH', 'kehittamisavustus', call.ophKehittaminen, 120000, 10, '2023-08-01', '2024-12-31', 'hylatty', 'valtakunnallinen', ['Oulun kaupunki', 'Vaasan kaupunki'], 'Markku Hakala', ''],
  ['Kielikylpy varhaiskasvatuksessa 2024–2025', 'Språkbad inom småbarnspedagogiken 2024–2025', vaka, 'OPH', 'valtionavustus', call.kielikylpy, 45000, 10, '2024-02-01', '2025-01-31', 'myonnetty', 'oma', [], 'Eva Forsman', 'Eva Forsman'],
];

export const demoRunningDate = '2024-01-01';
export const demoRunningCount = 27;

function toInput(row: Row, index: number): ProjectInput {
  const [nameFi, nameSv, area, funder, grantType, callName, grantedEuros, ownSharePercent, startDate, endDate, status, scope, partners, responsiblePerson, coordinator] = row;
  const grantedCents = grantedEuros === null ? null : grantedEuros * 100;
  // The grant covers the rest of the budget; rounded to whole euros like a real budget.
  const totalBudgetCents = grantedCents === null ? null : Math.round(grantedCents / (1 - (ownSharePercent ?? 0) / 100) / 100) * 100;
  const funded = status !== 'valmisteilla' && status !== 'haettu' && status !== 'hylatty';
  return {
    nameFi, nameSv, area, funder, grantType, callName, grantedCents,
    ownShareKind: 'percent',
    ownShareValue: ownSharePercent === null ? null : ownSharePercent * 100,
    totalBudgetCents, startDate, endDate,
    partnership: partners.length > 0,
    scope, partners, responsiblePerson, coordinator, status,
    decisionNumber: funded && startDate ? `${funder}/${String(100 + index * 7)}/${startDate.slice(0, 4)}` : '',
    decisionDate: funded && startDate ? format(addMonths(parseISO(startDate), -2), 'yyyy-MM-dd') : null,
    reportDueDate: funded && endDate ? format(addMonths(parseISO(endDate), 3), 'yyyy-MM-dd') : null,
    description: `Esimerkkihanke (kuvitteelliset summat). Haku: ${callName}.`,
  };
}

export const demoProjects: readonly DemoProject[] = rows.map((row, index) => ({
  id: `demo-project-${String(index + 1).padStart(2, '0')}`,
  input: toInput(row, index),
}));
