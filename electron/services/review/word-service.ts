// review:readWord and review:applyWord: a returned review copy read against the item (changing
// nothing), and the user's choices applied in one transaction: the accepted changes as ONE new
// version (reason 'wordImport', note = the file's name, authored by the person whose name Word
// recorded on the changes, else the current user), the chosen comments as rows (source 'word')
// with their anchors, a 'wordImported' review event. A stale screen gets CONFLICT; accepted changes
// whose text is no longer where the file says are returned unapplied, never placed by guess.
import type { AgendaItem, Person } from '../../../shared/domain/item';
import { itemLock } from '../../../shared/domain/item-workflow';
import type { Actor, ItemComment } from '../../../shared/domain/review';
import type { WordReviewReport } from '../../../shared/domain/word-review';
import { ServiceError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n/translate';
import type { WordApplyResult } from '../../../shared/ipc/channels/review';
import * as repo from '../../../db/repositories/items-repository';
import { listVersionHeads } from '../../../db/repositories/item-versions-repository';
import { listPeople } from '../../../db/repositories/people-repository';
import { insertComment, insertEvent, listComments } from '../../../db/repositories/review-repository';
import { isProposalFrozen } from '../items/item-rules';
import { itemNotFound, writeItemVersion } from '../items/item-write';
import type { ServiceDeps } from '../service-deps';
import { currentActor } from '../session/session-service';
import { readOrganisationSettings } from '../settings/settings-service';
import { inTransaction } from '../transaction';
import { assertUnchanged, nextTimestamp } from '../updated-at';
import { planApply } from './word-apply';
import type { ApplyPlan } from './word-apply';
import { ownChangeTestFor, readReviewCopy } from './word-read';
import type { ReviewRead } from './word-read';

type Db = ServiceDeps['db'];

export interface ReviewFileInput {
  itemId: string;
  fileName: string;
  dataBase64: string;
}

export interface ApplyWordInput extends ReviewFileInput {
  acceptChangeIds: string[];
  importCommentIds: string[];
  expectedUpdatedAt: string;
}

const samePerson = (a: string, b: string) => a.trim().toLocaleLowerCase('fi') === b.trim().toLocaleLowerCase('fi') && a.trim() !== '';

/** The person of the people list a Word author name is, if exactly one has it. */
function personNamed(people: readonly Person[], name: string): Person | undefined {
  const named = people.filter((person) => samePerson(person.name, name));
  return named.length === 1 ? named[0] : undefined;
}

function actorFor(people: readonly Person[], name: string): Actor {
  const person = personNamed(people, name);
  return person ? { personId: person.id, name: person.name } : { personId: null, name: name.trim() };
}

/** Word's date when it is one (comments keep the time they were made), else now. */
function commentTime(date: string | null, now: string): string {
  const parsed = date === null ? Number.NaN : Date.parse(date);
  return Number.isNaN(parsed) ? now : new Date(parsed).toISOString();
}

export class WordReviewService {
  constructor(private readonly deps: ServiceDeps) {}

  private async read(db: Db, item: AgendaItem, input: ReviewFileInput): Promise<ReviewRead> {
    const comments = await listComments(db, item.id);
    const versions = await listVersionHeads(db, item.id);
    const settings = await readOrganisationSettings(db);
    return readReviewCopy({
      bytes: Buffer.from(input.dataBase64, 'base64'),
      fileName: input.fileName,
      item,
      existingComments: comments,
      titleOfItem: async (id) => (await repo.getItem(db, id))?.title,
      organisation: settings.organisation,
      isOwnChange: ownChangeTestFor(versions.map((version) => ({ author: version.author.name, at: version.updatedAt }))),
    });
  }

  private async mustGet(db: Db, id: string): Promise<AgendaItem> {
    const item = await repo.getItem(db, id);
    if (!item) throw itemNotFound(id);
    return item;
  }

  /** The report the import screen and `pykala review import` show; writes nothing. */
  async readWord(input: ReviewFileInput): Promise<WordReviewReport> {
    const item = await this.mustGet(this.deps.db, input.itemId);
    const { report } = await this.read(this.deps.db, item, input);
    // Whose name the accepted changes will carry: said before anyone accepts them.
    const people = await listPeople(this.deps.db);
    const unknown = [...new Set(report.changes.filter((change) => change.match === 'matched').map((change) => change.author.trim()))].filter((name) => name !== '' && personNamed(people, name) === undefined);
    return { ...report, notes: [...report.notes, ...unknown.map((name) => translate('review.word.note.unknownChangeAuthor', { name }))] };
  }

  async applyWord(input: ApplyWordInput): Promise<WordApplyResult> {
    return inTransaction(this.deps.db, async (trx) => {
      const stored = await this.mustGet(trx, input.itemId);
      assertUnchanged(`Item ${stored.id}`, stored.updatedAt, input.expectedUpdatedAt, 'items.error.conflict');
      const { matched } = await this.read(trx, stored, input);
      const plan = planApply(stored, matched, input.acceptChangeIds, input.importCommentIds, this.deps.newId);
      this.assertAllowed(stored, plan);
      const people = await listPeople(trx);
      const now = this.deps.now();
      const nowIso = now.toISOString();
      const textChanged = plan.appliedChangeIds.length > 0;
      let item = stored;
      let version = await repo.currentVersion(trx, stored.id) ?? 1;
      if (textChanged || plan.marksAdded) {
        item = { ...plan.item, updatedAt: nextTimestamp(now, stored.updatedAt) };
        const author = textChanged ? await this.changesAuthor(trx, plan, matched.changes, people) : await currentActor(this.deps, trx);
        // Anchors only are no new version (the latest one's snapshot takes them); text changes are one.
        version = await writeItemVersion(trx, item, textChanged ? 'wordImport' : 'update', now, { actor: author, note: textChanged ? input.fileName : '' });
      }
      for (const entry of plan.imports) {
        const comment: Omit<ItemComment, 'detached'> = {
          id: entry.id,
          itemId: item.id,
          parentId: entry.parentId,
          field: entry.field,
          quote: entry.quote,
          body: entry.word.body,
          author: actorFor(people, entry.word.author),
          createdAt: commentTime(entry.word.date, nowIso),
          resolvedAt: null,
          resolvedBy: null,
          source: 'word',
          updatedAt: nowIso,
        };
        await insertComment(trx, comment);
      }
      if (textChanged || plan.imports.length > 0) {
        await insertEvent(trx, { id: this.deps.newId(), itemId: item.id, kind: 'wordImported', actor: await currentActor(this.deps, trx), at: nowIso, message: input.fileName, version });
      }
      return { item, appliedChangeIds: plan.appliedChangeIds, failedChangeIds: plan.failedChangeIds, importedCommentIds: plan.imports.map((entry) => entry.word.id) };
    });
  }

  /** The same freeze as an edit: checked minutes change nowhere, an approved proposal only in its decision. */
  private assertAllowed(item: AgendaItem, plan: ApplyPlan): void {
    const locked = itemLock(item.status) === 'record';
    const frozen = isProposalFrozen(item.status);
    const changed = [...plan.changedFields];
    if (locked && changed.length > 0) throw new ServiceError('FROZEN', `Checked minutes of ${item.id} cannot change`, [{ path: 'acceptChangeIds', message: 'items.error.recordLocked' }]);
    if (locked && plan.imports.length > 0) throw new ServiceError('FROZEN', `Checked minutes of ${item.id} take no comments`, [{ path: 'importCommentIds', message: 'reviewService.error.commentRecordLocked' }]);
    const proposalChanged = changed.filter((field) => field !== 'decision');
    if (frozen && proposalChanged.length > 0) {
      throw new ServiceError('FROZEN', `Approved proposal of ${item.id} cannot change: ${proposalChanged.join(', ')}`, [{ path: 'acceptChangeIds', message: 'items.error.frozen' }]);
    }
    // The comments' own rules (comments-service): the proposal's texts take new comments while it is open.
    if (frozen && plan.imports.some((entry) => entry.parentId === null && entry.field !== 'decision')) {
      throw new ServiceError('FROZEN', `Approved proposal of ${item.id} takes no new comments`, [{ path: 'importCommentIds', message: 'reviewService.error.commentProposalClosed' }]);
    }
  }

  /** The person whose name Word recorded on the applied changes (one name, on the people list), else the current user. */
  private async changesAuthor(trx: Db, plan: ApplyPlan, changes: WordReviewReport['changes'], people: readonly Person[]): Promise<Actor> {
    const applied = new Set(plan.appliedChangeIds);
    const names = new Set(changes.filter((change) => applied.has(change.id)).map((change) => change.author.trim()));
    const [name] = [...names];
    const person = names.size === 1 && name !== undefined ? personNamed(people, name) : undefined;
    return person ? { personId: person.id, name: person.name } : currentActor(this.deps, trx);
  }
}
