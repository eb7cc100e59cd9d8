// Agenda item use cases: one transaction per change, a version for every saved change,
// live register values refreshed on read, the approved proposal frozen.
import type { AgendaItem, ItemStatus } from '../../../shared/domain/item';
import { isStatusChangeAllowed, itemLock } from '../../../shared/domain/item-workflow';
import { changedCommentFields, changedDraftFields, isSameDraft } from '../../../shared/domain/draft-changes';
import { itemDraftSchema } from '../../../shared/domain/item-schema';
import { completenessPaths, missingParts } from '../../../shared/domain/item-completeness';
import { decisionAsProposed, isResolutionEmpty, proposalAsDecision } from '../../../shared/domain/resolution';
import type { RichDoc } from '../../../shared/domain/rich-text';
import type { ItemDraft, ItemQuery } from '../../../shared/domain/item-schema';
import { ServiceError } from '../../../shared/errors';
import type { ItemSummary } from '../../../shared/ipc/channels/items';
import * as repo from '../../../db/repositories/items-repository';
import type { VersionReason } from '../../../db/repositories/items-repository';
import * as versionsRepo from '../../../db/repositories/item-versions-repository';
import * as meetingsRepo from '../../../db/repositories/meetings-repository';
import type { ItemVersion } from '../../../db/repositories/item-versions-repository';
import { zodIssuesToFields } from '../dispatch';
import type { ServiceDeps } from '../service-deps';
import { assertUnchanged, nextTimestamp } from '../updated-at';
import { inTransaction } from '../transaction';
import { readOrganisationSettings } from '../settings/settings-service';
import { itemAppealDefaults } from './item-appeal';
import { changedProposalFields, draftOf, duplicateDraft, isProposalFrozen } from './item-rules';
import type { ItemTemplate } from './items-types';
import { freezeLiveValues, refreshLiveValues, unfreezeLiveValues } from './live-values';
import type { LiveValueQuery } from './live-values';
import { registerResolver, resolveRegisterValue } from './register-values';
import { freezeSummaries, unfreezeSummaries, withoutFrozenRows } from './summary-freeze';
import { templateDraft } from './templates';
import { insertPlainVersion, itemNotFound, versionCoalesceMs, writeItemVersion } from './item-write';
import { currentActor } from '../session/session-service';
import { assertMayTakeStep, recordStep, reviewStepOf } from '../review/review-step';

type Trx = ServiceDeps['db'];

export { itemNotFound, versionCoalesceMs };

/** What a review step states with a status change (review:send/approve/return); items:setStatus states neither. */
export interface StatusStep {
  /** The updatedAt the step was decided on: CONFLICT if the item was saved since. */
  expectedUpdatedAt: string | null;
  /** A send's optional message, a return's required reason. */
  message: string | null;
}

export interface NewItemOptions {
  isSample?: boolean;
  status?: ItemStatus;
  /** Writes that belong to the same transaction, before the item (an import's new people). */
  before?: (trx: Trx) => Promise<void>;
  /** The editor names a new item before storing it (it is created by its first change). */
  id?: string;
}

export class ItemService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Strictly increasing, so that expectedUpdatedAt tells two saves in the same millisecond apart. */
  private nextTimestamp(previous: string | null): string {
    return nextTimestamp(this.deps.now(), previous);
  }

  /** Live register figures may stand in any of the item's texts; each is read from the register now. */
  private async refreshed(item: AgendaItem, db: Trx = this.deps.db): Promise<AgendaItem> {
    const resolve = registerResolver(db);
    const refresh = (doc: RichDoc | null) => (doc === null ? Promise.resolve(null) : refreshLiveValues(doc, resolve));
    return {
      ...item,
      background: await refreshLiveValues(item.background, resolve),
      proposal: await refreshLiveValues(item.proposal, resolve),
      proposalSv: await refresh(item.proposalSv),
      decision: await refresh(item.decision),
      decisionSv: await refresh(item.decisionSv),
    };
  }

  private async checkPreparers(trx: Trx, draft: ItemDraft): Promise<void> {
    const known = await repo.existingPersonIds(trx, draft.preparerIds);
    const missing = draft.preparerIds.findIndex((id) => !known.has(id));
    if (missing >= 0) {
      throw new ServiceError('VALIDATION', `Unknown preparer ${draft.preparerIds[missing] ?? ''}`, [{ path: `preparerIds.${String(missing)}`, message: 'items.error.unknownPreparer' }]);
    }
  }

  /** Writes the row and its version (authored by the current user): a new version, or the latest autosave version replaced. */
  private async write(trx: Trx, item: AgendaItem, reason: VersionReason, note = ''): Promise<number> {
    return writeItemVersion(trx, item, reason, this.deps.now(), { actor: await currentActor(this.deps, trx), note });
  }

  private async mustGet(trx: Trx, id: string): Promise<AgendaItem> {
    const item = await repo.getItem(trx, id);
    if (!item) throw itemNotFound(id);
    return item;
  }

  list(query: ItemQuery): Promise<ItemSummary[]> {
    return repo.listItems(this.deps.db, query);
  }

  /** The item with its live values read from the register now (frozen ones stay as approved). */
  async get(id: string): Promise<AgendaItem> {
    return this.refreshed(await this.mustGet(this.deps.db, id));
  }

  /** A new draft from a template. The project review is about a year: the meeting's, or the one given; never the clock's. */
  async create(template: ItemTemplate, meetingDate: string | null = null, year: number | null = null, options: Pick<NewItemOptions, 'id'> = {}): Promise<AgendaItem> {
    return this.createFromDraft(await this.templateDraftFor(template, meetingDate, year), options);
  }

  /**
   * A new item's starting draft, with its live figures read, and nothing written: the editor
   * stores the item only once someone changes it, so "Uusi tyhjä asia" opened and left leaves
   * no empty item behind (and no version of one).
   */
  async newDraft(template: ItemTemplate, meetingDate: string | null = null, year: number | null = null): Promise<ItemDraft> {
    const draft = await this.templateDraftFor(template, meetingDate, year);
    const resolve = registerResolver(this.deps.db);
    return { ...draft, background: await refreshLiveValues(draft.background, resolve), proposal: await refreshLiveValues(draft.proposal, resolve) };
  }

  private async templateDraftFor(template: ItemTemplate, meetingDate: string | null, year: number | null): Promise<ItemDraft> {
    if (template === 'projectReview' && meetingDate === null && year === null) {
      throw new ServiceError('VALIDATION', 'The project review needs its meeting date or year', [{ path: 'meetingDate', message: 'validation.item.templateYearRequired' }]);
    }
    const settings = await readOrganisationSettings(this.deps.db);
    const appeal = await itemAppealDefaults(this.deps.db);
    return templateDraft(template, { settings, meetingDate, year, appeal }, this.deps.newId);
  }

  /** Also the way demo content and imports enter: validated like an editor's draft. */
  async createFromDraft(input: ItemDraft, options: NewItemOptions = {}): Promise<AgendaItem> {
    const parsed = itemDraftSchema.safeParse(input);
    if (!parsed.success) throw new ServiceError('VALIDATION', 'Invalid agenda item', zodIssuesToFields(parsed.error));
    const id = options.id ?? this.deps.newId();
    return inTransaction(this.deps.db, async (trx) => {
      await options.before?.(trx);
      // A second tab (or a save repeated as a page closed) creating the same new item: the first won.
      if (options.id !== undefined && (await versionsRepo.latestVersion(trx, id)) !== undefined) {
        throw new ServiceError('CONFLICT', `Item ${id} exists already`, [{ path: 'id', message: 'items.error.conflict' }]);
      }
      await this.checkPreparers(trx, parsed.data);
      const now = this.nextTimestamp(null);
      const status = options.status ?? 'luonnos';
      let item: AgendaItem = { ...parsed.data, id, status, isSample: options.isSample ?? false, createdAt: now, updatedAt: now };
      item = await this.refreshed(item, trx);
      // The schema dropped any summary rows the input carried: approved ones are taken from the register now.
      if (isProposalFrozen(status)) item = { ...item, ...freezeProposalTexts(item), ...(await freezeSummaries(item, trx, now)) };
      await this.write(trx, item, 'create');
      return item;
    });
  }

  /**
   * Autosave of the whole draft. CONFLICT if someone saved since; FROZEN if an approved proposal
   * would change. `as` names another kind of change of the whole draft (an old version restored).
   */
  async update(id: string, input: ItemDraft, expectedUpdatedAt: string | null, as: { reason: 'update' | 'restoreVersion'; note: string } = { reason: 'update', note: '' }): Promise<AgendaItem> {
    return inTransaction(this.deps.db, async (trx) => {
      const stored = await this.mustGet(trx, id);
      if (expectedUpdatedAt !== null) assertUnchanged(`Item ${id}`, stored.updatedAt, expectedUpdatedAt, 'items.error.conflict');
      // On a meeting's agenda the meeting keeps the item's meeting data (issue 8): the editor shows it read-only.
      const onMeeting = (await meetingsRepo.activeSectionOfItem(trx, id)) !== undefined;
      const draft: ItemDraft = onMeeting ? { ...input, ...pickMeetingFields(stored) } : input;
      // Frozen summary rows are the service's own: a draft neither sets nor removes them.
      const storedDraft = withoutFrozenRows(draftOf(stored));
      const comparable = withoutFrozenRows(draft);
      if (itemLock(stored.status) === 'record') {
        const changed = changedDraftFields(storedDraft, comparable);
        if (changed.length > 0) {
          throw new ServiceError('FROZEN', `Checked minutes of ${id} cannot change: ${changed.join(', ')}`, changed.map((path) => ({ path, message: 'items.error.recordLocked' })));
        }
      }
      const frozen = isProposalFrozen(stored.status);
      if (frozen) {
        const changed = changedProposalFields(storedDraft, comparable);
        if (changed.length > 0) {
          throw new ServiceError('FROZEN', `Approved proposal of ${id} cannot change: ${changed.join(', ')}`, changed.map((path) => ({ path, message: 'items.error.frozen' })));
        }
      }
      if (stored.status === 'kasitelty' && stored.decision !== null && draft.decision === null) {
        throw new ServiceError('VALIDATION', `Item ${id} was handled: its decision cannot be removed`, [{ path: 'decision', message: 'items.error.decisionRequiredHandled' }]);
      }
      // When frozen, the stored proposal parts stay byte for byte as approved.
      // An open proposal's summaries follow the register: a draft cannot set their rows.
      const merged: AgendaItem = { ...stored, ...draft, ...(frozen ? pickProposal(stored) : unfreezeSummaries(draft)) };
      // Saving what is already stored (an editor that was only opened) is no change: no version, same
      // updatedAt. Comment anchors count here (the editor saves a new comment's mark), though not as a new version.
      if (isSameDraft(draftOf(stored), draftOf(merged)) && changedCommentFields(draftOf(stored), draftOf(merged)).length === 0) return this.refreshed(stored, trx);
      await this.checkPreparers(trx, draft);
      const next: AgendaItem = { ...merged, updatedAt: this.nextTimestamp(stored.updatedAt) };
      await this.write(trx, next, as.reason, as.note);
      return this.refreshed(next, trx);
    });
  }

  /** Last year's review as this year's starting point: "(kopio)", a draft, no decision, live values following the register. */
  async duplicate(id: string): Promise<AgendaItem> {
    const original = await this.mustGet(this.deps.db, id);
    return this.createFromDraft(duplicateDraft(original), { isSample: original.isSample });
  }

  async delete(id: string): Promise<{ id: string }> {
    return inTransaction(this.deps.db, async (trx) => {
      const item = await this.mustGet(trx, id);
      if (itemLock(item.status) === 'record') throw new ServiceError('FROZEN', `Checked minutes of ${id} cannot be deleted`, [{ path: 'id', message: 'items.error.recordLocked' }]);
      // An agenda's item leaves it through the meeting (back to the pool), never by vanishing from it.
      if ((await meetingsRepo.activeSectionOfItem(trx, id)) !== undefined) {
        throw new ServiceError('STATUS_NOT_ALLOWED', `Item ${id} is on a meeting`, [{ path: 'id', message: 'meetingService.error.itemManagedByMeeting' }]);
      }
      const version = (await versionsRepo.latestVersion(trx, id))?.version ?? 0;
      const now = this.deps.now().toISOString();
      await repo.setDeletedAt(trx, id, now, version + 1);
      await insertPlainVersion(trx, item, version + 1, 'delete', now, await currentActor(this.deps, trx));
      return { id };
    });
  }

  async restore(id: string): Promise<AgendaItem> {
    return inTransaction(this.deps.db, async (trx) => {
      const item = await repo.getDeletedItem(trx, id);
      if (!item) throw itemNotFound(id);
      const version = (await versionsRepo.latestVersion(trx, id))?.version ?? 0;
      await repo.setDeletedAt(trx, id, null, version + 1);
      await insertPlainVersion(trx, item, version + 1, 'restore', this.deps.now().toISOString(), await currentActor(this.deps, trx));
      return this.refreshed(item, trx);
    });
  }

  /**
   * Only the workflow's changes (item-workflow.ts); asking for the current status again is no change.
   * Approval freezes every live value at its current register text and every attached project
   * summary at its current rows; reopening lets them follow the register again. The review round's
   * rules apply here too (review-step.ts): approving needs the presenter, a return its reason
   * (review:return), and each step is recorded with who and when.
   */
  async setStatus(id: string, status: ItemStatus, step: StatusStep = { expectedUpdatedAt: null, message: null }): Promise<AgendaItem> {
    return inTransaction(this.deps.db, async (trx) => {
      const stored = await this.mustGet(trx, id);
      // Two instances taking the same step on what they read: the second is told, not silently agreed with.
      if (step.expectedUpdatedAt !== null) assertUnchanged(`Item ${id}`, stored.updatedAt, step.expectedUpdatedAt, 'reviewService.error.itemConflict');
      if (stored.status === status) return this.refreshed(stored, trx);
      if ((await meetingsRepo.activeSectionOfItem(trx, id)) !== undefined) {
        throw new ServiceError('STATUS_NOT_ALLOWED', `Item ${id} is on a meeting`, [{ path: 'status', message: 'meetingService.error.itemManagedByMeeting' }]);
      }
      if (!isStatusChangeAllowed(stored.status, status)) {
        throw new ServiceError('STATUS_NOT_ALLOWED', `Item ${id} cannot go from ${stored.status} to ${status}`, [{ path: 'status', message: 'items.error.statusNotAllowed' }]);
      }
      const kind = reviewStepOf(stored.status, status);
      if (kind === 'returned' && (step.message ?? '').trim() === '') {
        throw new ServiceError('VALIDATION', `Returning item ${id} needs its reason`, [{ path: 'reason', message: 'review.error.reasonRequired' }]);
      }
      const actor = await assertMayTakeStep(this.deps, trx, stored, kind);
      // The minutes record what the board decided: an item is not handled, nor its minutes checked, without its decision.
      if ((status === 'kasitelty' || status === 'tarkastettu') && isResolutionEmpty(stored.decision)) {
        throw new ServiceError('VALIDATION', `Item ${id} has no decision`, [{ path: 'decision', message: 'items.error.decisionMissing' }]);
      }
      // Nothing incomplete goes to the presenter, gets approved or goes on the agenda (item-completeness.ts).
      const missing = missingParts(stored, status);
      if (missing.length > 0) {
        throw new ServiceError('INCOMPLETE', `Item ${id} lacks ${missing.join(', ')} for ${status}`, missing.map((part) => ({ path: completenessPaths[part], message: `items.incomplete.${part}` })));
      }
      const wasFrozen = isProposalFrozen(stored.status);
      const willFreeze = isProposalFrozen(status);
      let parts: Partial<AgendaItem> = {};
      if (!wasFrozen && willFreeze) {
        parts = { ...freezeProposalTexts(await this.refreshed(stored, trx)), ...(await freezeSummaries(stored, trx, this.deps.now().toISOString())) };
      }
      if (wasFrozen && !willFreeze) parts = { ...unfreezeProposalTexts(stored), ...unfreezeSummaries(stored) };
      // Handled: what the decision quotes from the register stays as decided.
      if (status === 'kasitelty' && stored.decision !== null) parts = { ...parts, decision: freezeLiveValues(stored.decision) };
      const next: AgendaItem = { ...stored, status, ...parts, updatedAt: this.nextTimestamp(stored.updatedAt) };
      const message = (step.message ?? '').trim();
      const version = await writeItemVersion(trx, next, 'status', this.deps.now(), { actor, note: message });
      if (kind !== null) await recordStep(this.deps, trx, next, kind, actor, message, version);
      return this.refreshed(next, trx);
    });
  }

  /** One action at the meeting: the proposal becomes the decision ("päättää" → "päätti"), unless a decision is already written. */
  copyProposalToDecision(id: string): Promise<AgendaItem> {
    return this.writeDecision(id, (stored) => ({ decision: proposalAsDecision(stored.proposal), decisionSv: stored.proposalSv === null ? null : proposalAsDecision(stored.proposalSv) }));
  }

  /** One action at the meeting: "Hyväksyttiin päätösehdotuksen mukaisesti." */
  decideAsProposed(id: string): Promise<AgendaItem> {
    return this.writeDecision(id, () => ({ decision: decisionAsProposed(), decisionSv: null }));
  }

  private async writeDecision(id: string, decide: (stored: AgendaItem) => Pick<AgendaItem, 'decision' | 'decisionSv'>): Promise<AgendaItem> {
    return inTransaction(this.deps.db, async (trx) => {
      const stored = await this.mustGet(trx, id);
      if (itemLock(stored.status) === 'record') {
        throw new ServiceError('FROZEN', `Checked minutes of ${id} cannot change`, [{ path: 'decision', message: 'items.error.recordLocked' }]);
      }
      if (!isResolutionEmpty(stored.decision)) {
        throw new ServiceError('CONFLICT', `Item ${id} already has a decision`, [{ path: 'decision', message: 'items.error.decisionNotEmpty' }]);
      }
      // The decision quotes the proposal as approved: its register figures as frozen then.
      const next: AgendaItem = { ...stored, ...decide(await this.refreshed(stored, trx)), updatedAt: this.nextTimestamp(stored.updatedAt) };
      await this.write(trx, next, 'decision');
      return this.refreshed(next, trx);
    });
  }

  async resolveLiveValue(query: LiveValueQuery): Promise<{ text: string }> {
    return { text: await resolveRegisterValue(this.deps.db, query) };
  }

  versions(id: string): Promise<ItemVersion[]> {
    return versionsRepo.listVersions(this.deps.db, id);
  }
}

/** Approval: the register figures quoted in the background and the proposal stop following the register. */
export function freezeProposalTexts(item: AgendaItem): Pick<AgendaItem, 'background' | 'proposal' | 'proposalSv'> {
  return {
    background: freezeLiveValues(item.background),
    proposal: freezeLiveValues(item.proposal),
    proposalSv: item.proposalSv === null ? null : freezeLiveValues(item.proposalSv),
  };
}

export function unfreezeProposalTexts(item: AgendaItem): Pick<AgendaItem, 'background' | 'proposal' | 'proposalSv'> {
  return {
    background: unfreezeLiveValues(item.background),
    proposal: unfreezeLiveValues(item.proposal),
    proposalSv: item.proposalSv === null ? null : unfreezeLiveValues(item.proposalSv),
  };
}

function pickProposal(item: AgendaItem): Partial<AgendaItem> {
  const draft = draftOf(item);
  return {
    title: draft.title,
    titleSv: draft.titleSv,
    caseNumber: draft.caseNumber,
    earlierHandling: draft.earlierHandling,
    bodyName: draft.bodyName,
    preparerIds: draft.preparerIds,
    background: draft.background,
    attachments: draft.attachments,
    supplementary: draft.supplementary,
    presenterTitle: draft.presenterTitle,
    presenterName: draft.presenterName,
    proposal: draft.proposal,
    proposalSv: draft.proposalSv,
  };
}

/** The data a meeting keeps on its items while they are on its agenda. */
function pickMeetingFields(item: AgendaItem): Pick<ItemDraft, 'bodyName' | 'meetingDate' | 'meetingNumber' | 'agendaNumber' | 'sectionNumber'> {
  return { bodyName: item.bodyName, meetingDate: item.meetingDate, meetingNumber: item.meetingNumber, agendaNumber: item.agendaNumber, sectionNumber: item.sectionNumber };
}
