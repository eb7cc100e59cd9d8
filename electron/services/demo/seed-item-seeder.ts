// Demo content of issue 3: the seed agenda item (../shared/reference/seed-agenda-item.txt) with
// its preparer, a few more people for the preparer picker, the director, and the organisation
// settings. The preparer and the director are the demo's users (issue 9).
// The item's live value is read from the just-seeded register ("27" on 1.1.2024) and, since the
// item has been handled at its meeting, frozen there like any approved proposal, with the rows of
// its project summary.
import { insertItemSync, insertPeopleSync, putSettingSync, registerTotalsSync, updateAppealTextsSync } from '../../../db/repositories/item-seed-sync';
import { fillAppealBlanks } from '../../../shared/domain/appeal';
import { listProjectsSync } from '../../../db/repositories/projects-repository';
import type { PersonDetails, ProjectSummarySource } from '../../../shared/domain/item';
import { defaultSettings } from '../../../shared/domain/settings';
import { seedAgendaItem, seedPreparer, seedPresenterName } from '../../../shared/demo/seed-item';
import { isProposalFrozen } from '../items/item-rules';
import { applyLiveTexts, freezeLiveValues } from '../items/live-values';
import { formatRegisterValue, registerFilter } from '../items/register-values';
import { freezeSummariesWith, summaryRowsOf } from '../items/summary-freeze';
import { organisationSettingsKey, withDefaults } from '../settings/settings-service';
import type { Seeder } from './seed-demo';

/** Invented people (sample data), so that the picker has more than one name. */
export const demoPeople: readonly PersonDetails[] = [
  { id: 'demo-person-opetuspaallikko', name: 'Kalle Malli', title: 'opetuspäällikkö', phone: '040 765 4321', email: 'kalle.malli@example.fi' },
  { id: 'demo-person-varhaiskasvatusjohtaja', name: 'Liisa Näyte', title: 'varhaiskasvatusjohtaja', phone: '040 222 3344', email: 'liisa.nayte@example.fi' },
  { id: 'demo-person-lautakunnan-sihteeri', name: 'Pekka Esimerkki', title: 'hallintosihteeri, lautakunnan sihteeri', phone: '040 555 6677', email: 'pekka.esimerkki@example.fi' },
];

/** The director (sivistysjohtaja) as a person and a user: the presenter who approves (issue 9). */
export const demoDirector: PersonDetails = { id: 'demo-person-sivistysjohtaja', name: seedPresenterName, title: 'sivistysjohtaja', phone: '040 111 2233', email: 'mikko.saari@example.fi' };

/** Invented contact details for the presets' address blanks, marked as sample data; a law's blank stays for the office. */
export function demoAppealFill(blank: string): string | null {
  if (/toimielin, postiosoite/iu.test(blank)) return 'Sivistyslautakunta, Kokkolan kaupunki, kirjaamo, PL 1, 67101 Kokkola, kirjaamo@example.fi, avoinna ma–pe klo 9–15 (esimerkkitieto)';
  if (/hallinto-oikeuden nimi/iu.test(blank)) return 'Hallinto-oikeus, PL 1, 65101 Vaasa, hallinto-oikeus@example.fi, avoinna ma–pe klo 8–16.15 (esimerkkitieto)';
  return null;
}

export const seedItemSeeder: Seeder = ({ db, sqlite, now }) => {
  putSettingSync(db, sqlite, organisationSettingsKey, withDefaults({ ...defaultSettings, presenterName: seedPresenterName }), now);
  updateAppealTextsSync(db, sqlite, (text) => fillAppealBlanks(text, demoAppealFill));
  // The seed's preparer prepares (valmistelija) and the director presents (esittelijä): the demo's users.
  insertPeopleSync(db, sqlite, [{ ...seedPreparer(), role: 'valmistelija' }, ...demoPeople, { ...demoDirector, role: 'esittelija' }], now);
  const item = seedAgendaItem();
  const background = applyLiveTexts(item.background, (query) =>
    formatRegisterValue(query.metric, registerTotalsSync(db, sqlite, registerFilter(query.activeOn, query.areas))),
  );
  if (!isProposalFrozen(item.status)) {
    insertItemSync(db, sqlite, { ...item, background });
    return;
  }
  const rowsOf = (summary: ProjectSummarySource) => summaryRowsOf(listProjectsSync(db, sqlite, registerFilter(summary.activeOn, summary.areas)), summary);
  insertItemSync(db, sqlite, { ...item, background: freezeLiveValues(background), ...freezeSummariesWith(item, item.createdAt, rowsOf) });
};
