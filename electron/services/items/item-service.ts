// Agenda item use cases: one transaction per change, a version for every saved change,
// live register values refreshed on read, the approved proposal frozen.
import type { AgendaItem, ItemStatus } from '../../../shared/domain/item';
import { isStatusChangeAllowed, itemLock } from '../../../shared/domain/item-workflow';
import { changedDraftFields, isSameDraft } from '../../../shared/domain/draft-changes';
import { itemDraftSchema } from '../../../shared/domain/item-schema';
import type { ItemDraft, ItemQuery } from '../../../shared/domain/item-schema';
import { ServiceError } from '../../../shared/errors';
import type { ItemSummary } from '../../../shared/ipc/channels/items';
import { todayIso } from '../../../shared/format/date';
import * as repo from '../../../db/repositories/items-repository';
import type { VersionReason } from '../../../db/repositories/items-repository';
import * as versionsRepo from '../../../db/repositories/item-versions-repository';
import type { ItemVersion } from '../../../db/repositories/item-versions-repository';
import { zodIssuesToFields } from '../dispatch';
import type { ServiceDeps } from '../service-deps';
import { readOrganisationSettings } from '../settings/settings-service';
import { changedProposalFields, draftOf, duplicateDraft, isDecisionEmpty, isProposalFrozen, proposalAsDecision } from './item-rules';
import type { ItemTemplate } from './items-types';
import { freezeLiveValues, refreshLiveValues, unfreezeLiveValues } from './live-values';
import type { LiveValueQuery } from './live-values';
import { registerResolver, resolveRegisterValue } from './register-values';
import { freezeSummaries, unfreezeSummaries, withoutFrozenRows } from './summary-freeze';
import { templateDraft } from './templates';

type Trx = ServiceDeps['db'];

/** Autosaves within this long of the previous autosave version replace it instead of adding one. */
export const versionCoalesceMs = 60_000;

export function itemNotFound(id: string): ServiceError {
  return new ServiceError('NOT_FOUND', `No agenda item ${id}`, [{ path: 'id', message: 'items.error.notFound' }]);
}

export interface NewItemOptions {
  isSample?: boolean;
  status?: ItemStatus;
  /** The editor names a new item before storing it (it is created by its first change). */
  id?: string;
}

export class ItemService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Strictly increasing, so that expectedUpdatedAt tells two saves in the same millisecond apart. */
  private nextTimestamp(previous: string | null): string {
    const now = this.deps.now().getTime();
    const floor = previous === null ? 0 : Date.parse(previous) + 1;
    return new Date(Math.max(now, floor)).toISOString();
  }

  private async refreshed(item: AgendaItem, db: Trx = this.deps.db): Promise<AgendaItem> {
    return { ...item, background: await refreshLiveValues(item.background, registerResolver(db)) };
  }

  private async checkPreparers(trx: Trx, draft: ItemDraft): Promise<void> {
    const known = await repo.existingPersonIds(trx, draft.preparerIds);
    const missing = draft.preparerIds.findIndex((id) => !known.has(id));
    if (missing >= 0) {
      throw new ServiceError('VALIDATION', `Unknown preparer ${draft.preparerIds[missing] ?? ''}`, [{ path: `preparerIds.${String(missing)}`, message: 'items.error.unknownPreparer' }]);
    }
  }

  /** Writes the row and its version: a new version, or the latest autosave version replaced. */
  private async write(trx: Trx, item: AgendaItem, reason: VersionReason): Promise<void> {
    const latest = await versionsRepo.latestVersion(trx, item.id);
    const now = this.deps.now();
    const coalesce = reason === 'update' && latest?.reason === 'update' && now.getTime() - Date.parse(latest.createdAt) < versionCoalesceMs;
    const version = coalesce ? latest.version : (latest?.version ?? 0) + 1;
    if (latest === undefined) await repo.insertItem(trx, item, version);
    else if (!(await repo.updateItem(trx, item, version))) throw itemNotFound(item.id);
    if (coalesce) await versionsRepo.replaceVersion(trx, item, version, now.toISOString());
    else await versionsRepo.insertVersion(trx, item, version, reason, now.toISOString());
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

  async create(template: ItemTemplate, options: Pick<NewItemOptions, 'id'> = {}): Promise<AgendaItem> {
    const settings = await readOrganisationSettings(this.deps.db);
    return this.createFromDraft(templateDraft(template, settings, todayIso(this.deps.now())), options);
  }

  /**
   * A new item's starting draft, with its live figures read, and nothing written: the editor
   * stores the item only once someone changes it, so "Uusi tyhjä asia" opened and left leaves
   * no empty item behind (and no version of one).
   */
  async newDraft(template: ItemTemplate): Promise<ItemDraft> {
    const settings = await readOrganisationSettings(this.deps.db);
    const draft = templateDraft(template, settings, todayIso(this.deps.now()));
    return { ...draft, background: await refreshLiveValues(draft.background, registerResolver(this.deps.db)) };
  }

  /** Also the way demo content and imports enter: validated like an editor's draft. */
  async createFromDraft(input: ItemDraft, options: NewItemOptions = {}): Promise<AgendaItem> {
    const parsed = itemDraftSchema.safeParse(input);
    if (!parsed.success) throw new ServiceError('VALIDATION', 'Invalid agenda item', zodIssuesToFields(parsed.error));
    const id = options.id ?? this.deps.newId();
    return this.deps.db.transaction().execute(async (trx) => {
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
      if (isProposalFrozen(status)) item = { ...item, background: freezeLiveValues(item.background), ...(await freezeSummaries(item, trx, now)) };
      await this.write(trx, item, 'create');
      return item;
    });
  }

  /** Autosave of the whole draft. CONFLICT if someone saved since; FROZEN if an approved proposal would change. */
  async update(id: string, draft: ItemDraft, expectedUpdatedAt: string | null): Promise<AgendaItem> {
    return this.deps.db.transaction().execute(async (trx) => {
      const stored = await this.mustGet(trx, id);
      if (expectedUpdatedAt !== null && expectedUpdatedAt !== stored.updatedAt) {
        throw new ServiceError('CONFLICT', `Item ${id} was saved at ${stored.updatedAt}, not ${expectedUpdatedAt}`, [{ path: 'expectedUpdatedAt', message: 'items.error.conflict' }]);
      }
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
      // Saving what is already stored (an editor that was only opened) is no change: no version, same updatedAt.
      if (isSameDraft(draftOf(stored), draftOf(merged))) return this.refreshed(stored, trx);
      await this.checkPreparers(trx, draft);
      const next: AgendaItem = { ...merged, updatedAt: this.nextTimestamp(stored.updatedAt) };
      await this.write(trx, next, 'update');
      return this.refreshed(next, trx);
    });
  }

  /** Last year's review as this year's starting point: "(kopio)", a draft, no decision, live values following the register. */
  async duplicate(id: string): Promise<AgendaItem> {
    const original = await this.mustGet(this.deps.db, id);
    return this.createFromDraft(duplicateDraft(original), { isSample: original.isSample });
  }

  async delete(id: string): Promise<{ id: string }> {
    return this.deps.db.transaction().execute(async (trx) => {
      const item = await this.mustGet(trx, id);
      if (itemLock(item.status) === 'record') throw new ServiceError('FROZEN', `Checked minutes of ${id} cannot be deleted`, [{ path: 'id', message: 'items.error.recordLocked' }]);
      const version = (await versionsRepo.latestVersion(trx, id))?.version ?? 0;
      const now = this.deps.now().toISOString();
      await repo.setDeletedAt(trx, id, now, version + 1);
      await versionsRepo.insertVersion(trx, item, version + 1, 'delete', now);
      return { id };
    });
  }

  async restore(id: string): Promise<AgendaItem> {
    return this.deps.db.transaction().execute(async (trx) => {
      const item = await repo.getDeletedItem(trx, id);
      if (!item) throw itemNotFound(id);
      const version = (await versionsRepo.latestVersion(trx, id))?.version ?? 0;
      await repo.setDeletedAt(trx, id, null, version + 1);
      await versionsRepo.insertVersion(trx, item, version + 1, 'restore', this.deps.now().toISOString());
      return this.refreshed(item, trx);
    });
  }

  /**
   * Only the workflow's changes (item-workflow.ts); asking for the current status again is no change.
   * Approval freezes every live value at its current register text and every attached project
   * summary at its current rows; reopening lets them follow the register again.
   */
  async setStatus(id: string, status: ItemStatus): Promise<AgendaItem> {
    return this.deps.db.transaction().execute(async (trx) => {
      const stored = await this.mustGet(trx, id);
      if (stored.status === status) return this.refreshed(stored, trx);
      if (!isStatusChangeAllowed(stored.status, status)) {
        throw new ServiceError('STATUS_NOT_ALLOWED', `Item ${id} cannot go from ${stored.status} to ${status}`, [{ path: 'status', message: 'items.error.statusNotAllowed' }]);
      }
      // The minutes record what the board decided: an item is not handled, nor its minutes checked, without its decision.
      if ((status === 'kasitelty' || status === 'tarkastettu') && isDecisionEmpty(stored.decision)) {
        throw new ServiceError('VALIDATION', `Item ${id} has no decision`, [{ path: 'decision', message: 'items.error.decisionMissing' }]);
      }
      let frozenParts: Pick<AgendaItem, 'background' | 'attachments' | 'supplementary'> = { background: stored.background, attachments: stored.attachments, supplementary: stored.supplementary };
      const wasFrozen = isProposalFrozen(stored.status);
      const willFreeze = isProposalFrozen(status);
      if (!wasFrozen && willFreeze) {
        const background = freezeLiveValues(await refreshLiveValues(stored.background, registerResolver(trx)));
        frozenParts = { background, ...(await freezeSummaries(stored, trx, this.deps.now().toISOString())) };
      }
      if (wasFrozen && !willFreeze) frozenParts = { background: unfreezeLiveValues(stored.background), ...unfreezeSummaries(stored) };
      const next: AgendaItem = { ...stored, status, ...frozenParts, updatedAt: this.nextTimestamp(stored.updatedAt) };
      await this.write(trx, next, 'status');
      return this.refreshed(next, trx);
    });
  }

  /** One action at the meeting: the proposal becomes the decision, unless a decision is already written. */
  async copyProposalToDecision(id: string): Promise<AgendaItem> {
    return this.deps.db.transaction().execute(async (trx) => {
      const stored = await this.mustGet(trx, id);
      if (itemLock(stored.status) === 'record') {
        throw new ServiceError('FROZEN', `Checked minutes of ${id} cannot change`, [{ path: 'decision', message: 'items.error.recordLocked' }]);
      }
      if (!isDecisionEmpty(stored.decision)) {
        throw new ServiceError('CONFLICT', `Item ${id} already has a decision`, [{ path: 'decision', message: 'items.error.decisionNotEmpty' }]);
      }
      const next: AgendaItem = { ...stored, decision: proposalAsDecision(stored.proposal), updatedAt: this.nextTimestamp(stored.updatedAt) };
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
  };
}
