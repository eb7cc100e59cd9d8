// items:export with comments and/or changesSince: the proposal's review copy (issue 9). Gathers
// the item, its versions (who saved each, when) and its comments, and hands them to the pure
// Word export (electron/export/review-copy.ts).
import { exportReviewCopy } from '../../export/index';
import type { AgendaExportKind, ReviewVersion } from '../../export/index';
import type { Person } from '../../../shared/domain/item';
import { ServiceError } from '../../../shared/errors';
import { reviewWord } from '../../../shared/i18n/fi/review-word';
import type { ExportFile } from '../../../shared/ipc/define';
import { listPeople } from '../../../db/repositories/people-repository';
import { listVersions } from '../../../db/repositories/item-versions-repository';
import type { ItemVersion } from '../../../db/repositories/item-versions-repository';
import type { ServiceDeps } from '../service-deps';
import { readOrganisationSettings } from '../settings/settings-service';
import { withDate } from '../../export/file-name';
import { exportAuthor, toFile } from './item-export';
import { CommentsService } from '../review/comments-service';
import { ItemService } from './item-service';

export interface ReviewCopyOptions {
  comments: boolean;
  /** The version whose changes since are written as tracked changes; null: none. */
  changesSince: number | null;
}

/** A stored version as the review copy needs it: its tracked changes are dated when its text was last saved. */
function reviewVersion(version: ItemVersion): ReviewVersion {
  return { version: version.version, item: version.snapshot, author: version.author, at: version.updatedAt };
}

export class ReviewCopyService {
  constructor(private readonly deps: ServiceDeps) {}

  async export(id: string, kind: AgendaExportKind, options: ReviewCopyOptions): Promise<ExportFile> {
    if (kind !== 'proposal') throw new ServiceError('VALIDATION', `A review copy is of the proposal, not of the ${kind}`, [{ path: 'kind', message: 'reviewWord.error.changesNeedProposal' }]);
    const item = await new ItemService(this.deps).get(id);
    const versions = await listVersions(this.deps.db, id);
    const current = versions.at(-1)?.version ?? 1;
    let changes = null;
    if (options.changesSince !== null) {
      const since = options.changesSince;
      const from = versions.find((version) => version.version === since);
      if (from === undefined) {
        throw new ServiceError('NOT_FOUND', `Item ${id} has no version ${String(since)}`, [{ path: 'changesSince', message: 'reviewWord.error.versionNotFound', params: { version: since } }]);
      }
      changes = { from: reviewVersion(from), between: versions.filter((version) => version.version > since).map(reviewVersion) };
    }
    const settings = await readOrganisationSettings(this.deps.db);
    const people = new Map((await listPeople(this.deps.db)).map((person) => [person.id, person]));
    const preparers = item.preparerIds.map((personId) => people.get(personId)).filter((person): person is Person => person !== undefined);
    const bytes = await exportReviewCopy({
      item,
      preparers,
      settings,
      documentDate: item.meetingDate,
      author: exportAuthor(settings),
      version: current,
      comments: options.comments ? await new CommentsService(this.deps).list(id) : null,
      changes,
    });
    return toFile(withDate(item.meetingDate ?? item.updatedAt.slice(0, 10), item.title, reviewWord.fileKind), bytes);
  }
}
