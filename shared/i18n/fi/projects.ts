import type { Funder, GrantType, ProjectScope, ProjectSortKey, ProjectStatus, ResponsibilityArea } from '../../domain/project';

/** The project register's words. Record types make a missing enum value a compile error. */
const area: Record<ResponsibilityArea, string> = {
  varhaiskasvatus: 'Varhaiskasvatus',
  perusopetus: 'Perusopetus',
  lukiokoulutus: 'Lukiokoulutus',
  vapaa_sivistystyo: 'Vapaa sivistystyö (Kokkolan seudun opisto)',
  muu: 'Muu',
};

const funder: Record<Funder, string> = {
  OKM: 'OKM',
  OPH: 'OPH',
  AVI: 'AVI',
  EU_ESR: 'EU / ESR+',
  muu: 'Muu',
};

/** Long forms for tooltips and exports. */
const funderLong: Record<Funder, string> = {
  OKM: 'Opetus- ja kulttuuriministeriö',
  OPH: 'Opetushallitus',
  AVI: 'Aluehallintovirasto',
  EU_ESR: 'Euroopan sosiaalirahasto (ESR+)',
  muu: 'Muu rahoittaja',
};

const grantType: Record<GrantType, string> = {
  valtionavustus: 'Valtionavustus',
  erityisavustus: 'Erityisavustus',
  hankeavustus: 'Hankeavustus',
  kehittamisavustus: 'Kehittämisavustus',
  muu: 'Muu',
};

const scope: Record<ProjectScope, string> = {
  oma: 'Oma',
  seudullinen: 'Seudullinen',
  maakunnallinen: 'Maakunnallinen',
  valtakunnallinen: 'Valtakunnallinen verkosto',
};

const status: Record<ProjectStatus, string> = {
  valmisteilla: 'Valmisteilla',
  haettu: 'Haettu',
  myonnetty: 'Myönnetty',
  kaynnissa: 'Käynnissä',
  paattynyt: 'Päättynyt',
  raportoitu: 'Raportoitu',
  hylatty: 'Hylätty',
};

const field = {
  nameFi: 'Nimi',
  nameSv: 'Ruotsinkielinen nimi',
  area: 'Vastuualue',
  funder: 'Rahoittaja',
  grantType: 'Avustuslaji',
  callName: 'Haun nimi',
  grantedCents: 'Myönnetty avustus',
  ownShare: 'Omarahoitusosuus',
  ownShareKind: 'Omarahoitusosuuden yksikkö',
  ownShareValue: 'Omarahoitusosuus',
  totalBudgetCents: 'Kokonaisbudjetti',
  startDate: 'Alkaa',
  endDate: 'Päättyy',
  period: 'Hankekausi',
  partnership: 'Oma hanke / kumppanuushanke',
  scope: 'Laajuus',
  partners: 'Kumppanit',
  responsiblePerson: 'Vastuuhenkilö',
  coordinator: 'Koordinaattori',
  status: 'Tila',
  decisionNumber: 'Avustuspäätöksen numero',
  decisionDate: 'Avustuspäätöksen päivä',
  reportDueDate: 'Loppuraportti viimeistään',
  description: 'Tavoitteet / kuvaus',
  updatedAt: 'Muokattu',
  isSample: 'Esimerkkiaineisto',
} satisfies Record<ProjectSortKey, string> & Record<string, string>;

export const projects = {
  title: 'Hankerekisteri',
  area,
  funder,
  funderLong,
  grantType,
  scope,
  status,
  field,
  partnership: { own: 'Oma hanke', partnership: 'Kumppanuushanke' },
  ownShareKind: { percent: '%', euros: '€' },
  copySuffix: '(kopio)',
  /** Message keys carried in ServiceError fields. */
  error: {
    conflict: 'Hanketta on muutettu toisaalla sen jälkeen, kun avasit sen. Muutoksiasi ei tallennettu.',
    deleteConflict: 'Hanketta on muutettu toisaalla sen jälkeen, kun luettelo luettiin. Hanketta ei poistettu.',
  },
  /**
   * The register's headers where the field's label is too long for its column. A soft hyphen
   * (\u00ad) lets a long compound break onto two lines, hyphenated, instead of being clipped;
   * accessible names leave it out.
   */
  columnHeader: {
    totalBudgetCents: 'Kokonais\u00adbudjetti',
    reportDueDate: 'Loppu\u00adraportti',
    responsiblePerson: 'Vastuu\u00adhenkilö',
  },
  totals: {
    count: 'Hankkeita',
    projectCount_one: '{{count}} hanke',
    projectCount_other: '{{count}} hanketta',
    granted: 'Myönnetty yhteensä',
    totalBudget: 'Kokonaisbudjetti yhteensä',
    byFunder: 'Rahoittajittain',
    byArea: 'Vastuualueittain',
  },
  filter: {
    search: 'Haku',
    activeOn: 'Käynnissä päivänä',
    year: 'Vuosi',
  },
  export: {
    fileBase: 'hankerekisteri',
    sheetName: 'Hankkeet',
    csv: 'Vie CSV',
    xlsx: 'Vie Excel (XLSX)',
  },
};
