// items:export and items:exportSummary: gather the export's inputs from the database (live values
// resolved, preparers, settings) and hand them to the pure Word export in electron/export.
import { docxMimeType, exportAgendaItem, exportProjectSummary, suggestedFileName, suggestedSummaryFileName } from '../../export/index';
import type { AgendaExportKind } from '../../export/index';
import type { Person } from '../../../shared/domain/item';
import { itemSummary } from '../../../shared/domain/summary-project';
import type { OrganisationSettings } from '../../../shared/domain/settings';
import { ServiceError } from '../../../shared/errors';
import type { ExportFile } from '../../../shared/ipc/define';
import { listPeople } from '../../../db/repositories/people-repository';
import { listProjects } from '../../../db/repositories/projects-repository';
import type { ServiceDeps } from '../service-deps';
import { readOrganisationSettings } from '../settings/settings-service';
import { isResolutionEmpty } from '../../../shared/domain/resolution';
import { ItemService } from './item-service';
import { registerFilter } from './register-values';
import { liveSummaryProjects } from './summary-freeze';

export function toFile(fileName: string, bytes: Uint8Array): ExportFile {
  return { fileName, mimeType: docxMimeType, dataBase64: Buffer.from(bytes).toString('base64') };
}

/** The file properties' creator: the office, not a person's login name (files get published). */
export function exportAuthor(settings: OrganisationSettings): string {
  return [settings.organisation, settings.unit].filter((part) => part.trim() !== '').join(', ');
}

export class ItemExportService {
  constructor(private readonly deps: ServiceDeps) {}

  async exportItem(id: string, kind: AgendaExportKind): Promise<ExportFile> {
    const item = await new ItemService(this.deps).get(id);
    if (kind === 'minutes' && isResolutionEmpty(item.decision)) {
      throw new ServiceError('VALIDATION', `Item ${id} has no decision for the minutes`, [{ path: 'decision', message: 'items.error.minutesNeedDecision' }]);
    }
    const settings = await readOrganisationSettings(this.deps.db);
    const people = new Map((await listPeople(this.deps.db)).map((person) => [person.id, person]));
    const preparers = item.preparerIds.map((personId) => people.get(personId)).filter((person): person is Person => person !== undefined);
    const bytes = await exportAgendaItem({
      item,
      preparers,
      settings,
      kind,
      documentDate: item.meetingDate,
      author: exportAuthor(settings),
    });
    return toFile(suggestedFileName(item, kind), bytes);
  }

  async exportSummary(activeOn: string, areas: string[]): Promise<ExportFile> {
    const filter = registerFilter(activeOn, areas);
    const projects = await listProjects(this.deps.db, filter);
    const settings = await readOrganisationSettings(this.deps.db);
    const bytes = await exportProjectSummary({ projects, activeOn, areas, settings, author: exportAuthor(settings) });
    return toFile(suggestedSummaryFileName(activeOn), bytes);
  }

  /** The summary attached to the item, under its title: frozen rows once approved, the register's before. */
  async exportItemSummary(id: string): Promise<ExportFile> {
    const item = await new ItemService(this.deps).get(id);
    const attached = itemSummary(item);
    if (!attached) throw new ServiceError('VALIDATION', `Item ${id} has no project summary`, [{ path: 'supplementary', message: 'items.error.noSummary' }]);
    const { activeOn, areas, frozen } = attached.summary;
    const projects = frozen ? frozen.projects : await liveSummaryProjects(this.deps.db, attached.summary);
    const settings = await readOrganisationSettings(this.deps.db);
    const bytes = await exportProjectSummary({ projects, activeOn, areas, settings, title: attached.title, author: exportAuthor(settings) });
    return toFile(suggestedSummaryFileName(activeOn, attached.title.trim() || undefined), bytes);
  }
}
