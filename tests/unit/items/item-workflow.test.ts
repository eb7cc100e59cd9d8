// The status workflow (shared/domain/item-workflow.ts) as the service enforces it: every change in
// the table is made, every other one is refused with STATUS_NOT_ALLOWED and writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ItemService } from '../../../electron/services/items/item-service';
import { draftOf } from '../../../electron/services/items/item-rules';
import { proposalAsDecision } from '../../../shared/domain/resolution';
import { docOf, paragraphNode } from '../../../shared/domain/rich-text-build';
import { collectLiveValues } from '../../../electron/services/items/live-values';
import { itemStatuses, proposalFrozenStatuses } from '../../../shared/domain/item';
import type { AgendaItem, ItemStatus } from '../../../shared/domain/item';
import { isStatusChangeAllowed, itemLock, statusTransitions } from '../../../shared/domain/item-workflow';
import { translate } from '../../../shared/i18n/translate';
import { completeItem, openTestDb, rejection } from './helpers';
import type { TestDb } from './helpers';

let t: TestDb;
let items: ItemService;
let template: AgendaItem;

beforeEach(async () => {
  t = openTestDb();
  items = new ItemService(t.deps);
  template = await completeItem(t.deps, (await items.create('projectReview', '2025-03-20')).id);
});
afterEach(() => {
  t.cleanup();
});

/** An item in the status, with the decision the meeting recorded (handling requires one). */
async function itemIn(status: ItemStatus, decided = true): Promise<AgendaItem> {
  return items.createFromDraft({ ...draftOf(template), decision: decided ? proposalAsDecision(template.proposal) : null }, { status });
}


describe('the workflow table', () => {
  it('reaches every status from the draft, and published is the end', () => {
    const reached = new Set<ItemStatus>(['luonnos']);
    for (let grew = true; grew; ) {
      const before = reached.size;
      for (const from of [...reached]) for (const { to } of statusTransitions[from]) reached.add(to);
      grew = reached.size > before;
    }
    expect([...reached].sort()).toEqual([...itemStatuses].sort());
    expect(statusTransitions.julkaistu).toEqual([]);
  });

  it('never unfreezes the proposal once the meeting has handled the item', () => {
    for (const from of ['kasitelty', 'tarkastettu', 'julkaistu'] as const) {
      for (const { to } of statusTransitions[from]) expect(proposalFrozenStatuses).toContain(to);
    }
  });

  it('locks nothing before approval, the proposal from approval until the minutes are checked, then the whole item', () => {
    expect(Object.fromEntries(itemStatuses.map((status) => [status, itemLock(status)]))).toEqual({
      luonnos: 'none', tarkastettavana: 'none', palautettu: 'none', hyvaksytty: 'proposal', esityslistalla: 'proposal', kasitelty: 'proposal', tarkastettu: 'record', julkaistu: 'record',
    });
  });

  it('never leaves checked minutes for a status that could change them', () => {
    for (const from of ['tarkastettu', 'julkaistu'] as const) {
      for (const { to } of statusTransitions[from]) expect(itemLock(to)).toBe('record');
    }
  });

  it('has a Finnish label for every action', () => {
    for (const transitions of Object.values(statusTransitions)) {
      for (const { action } of transitions) expect(translate(`items.statusAction.${action}`)).not.toBe(`items.statusAction.${action}`);
    }
  });
});

describe('ItemService.setStatus follows the workflow', () => {
  const pairs = itemStatuses.flatMap((from) => itemStatuses.filter((to) => to !== from).map((to) => [from, to] as const));

  it.each(pairs.filter(([from, to]) => isStatusChangeAllowed(from, to)))('allows %s → %s', async (from, to) => {
    const item = await itemIn(from);
    t.advance(1000);
    // A return states its reason (issue 9: review:return); the bare status change is refused below.
    const changed = await items.setStatus(item.id, to, { expectedUpdatedAt: null, message: to === 'palautettu' ? 'Tarkenna perustelut.' : null });
    expect(changed.status).toBe(to);
    expect((await items.get(item.id)).status).toBe(to);
  });

  it('refuses a return without its reason and writes nothing', async () => {
    const item = await itemIn('tarkastettavana');
    const versions = await items.versions(item.id);
    t.advance(1000);
    const error = await rejection(items.setStatus(item.id, 'palautettu'));
    expect([error.code, error.fields]).toEqual(['VALIDATION', [{ path: 'reason', message: 'review.error.reasonRequired' }]]);
    expect((await items.get(item.id)).updatedAt).toBe(item.updatedAt);
    expect(await items.versions(item.id)).toEqual(versions);
  });

  it.each(pairs.filter(([from, to]) => !isStatusChangeAllowed(from, to)))('refuses %s → %s and writes nothing', async (from, to) => {
    const item = await itemIn(from);
    const versions = await items.versions(item.id);
    t.advance(1000);
    const error = await rejection(items.setStatus(item.id, to));
    expect([error.code, error.fields]).toEqual(['STATUS_NOT_ALLOWED', [{ path: 'status', message: 'items.error.statusNotAllowed' }]]);
    const stored = await items.get(item.id);
    expect([stored.status, stored.updatedAt]).toEqual([from, item.updatedAt]);
    expect(await items.versions(item.id)).toEqual(versions);
  });

  it('keeps a handled item’s frozen proposal and figures when it is asked to go back to draft', async () => {
    const handled = await itemIn('kasitelty');
    expect((await rejection(items.setStatus(handled.id, 'luonnos'))).code).toBe('STATUS_NOT_ALLOWED');
    const stored = await items.get(handled.id);
    expect(stored.proposal).toEqual(handled.proposal);
    expect(collectLiveValues(stored.background).every((value) => value.frozenText !== null)).toBe(true);
  });

  it('takes a handled mark back to the agenda with its decision and frozen proposal kept', async () => {
    const handled = await itemIn('kasitelty');
    t.advance(1000);
    const back = await items.setStatus(handled.id, 'esityslistalla');
    expect([back.status, back.decision, back.proposal, back.background]).toEqual(['esityslistalla', handled.decision, handled.proposal, handled.background]);
  });

  it('refuses every change to checked minutes, the decision included, and writes nothing', async () => {
    for (const status of ['tarkastettu', 'julkaistu'] as const) {
      const checked = await itemIn(status);
      const versions = await items.versions(checked.id);
      t.advance(1000);
      const decision = { ...checked.decision!, content: checked.decision!.content.slice(1) };
      const edit = await rejection(items.update(checked.id, { ...draftOf(checked), decision, forInformation: ['Rehtorit'] }, checked.updatedAt));
      expect([edit.code, edit.fields]).toEqual(['FROZEN', [
        { path: 'decision', message: 'items.error.recordLocked' },
        { path: 'forInformation', message: 'items.error.recordLocked' },
      ]]);
      const stored = await items.get(checked.id);
      expect([stored.decision, stored.forInformation, stored.updatedAt]).toEqual([checked.decision, checked.forInformation, checked.updatedAt]);
      expect(await items.versions(checked.id)).toEqual(versions);
      // Saving what is stored (the editor opened) is still no change, not a refusal.
      expect((await items.update(checked.id, draftOf(checked), checked.updatedAt)).updatedAt).toBe(checked.updatedAt);
    }
  });

  it('refuses to delete checked or published minutes, and deletes nothing', async () => {
    for (const status of ['tarkastettu', 'julkaistu'] as const) {
      const checked = await itemIn(status);
      const error = await rejection(items.delete(checked.id));
      expect([error.code, error.fields]).toEqual(['FROZEN', [{ path: 'id', message: 'items.error.recordLocked' }]]);
      expect((await items.get(checked.id)).status).toBe(status);
    }
    const handled = await itemIn('kasitelty');
    await items.delete(handled.id);
    expect((await rejection(items.get(handled.id))).code).toBe('NOT_FOUND');
  });

  it('refuses to check minutes whose decision is empty, and to remove the decision of a handled item; its text stays editable', async () => {
    const handled = await itemIn('kasitelty');
    const cleared = await rejection(items.update(handled.id, { ...draftOf(handled), decision: null }, handled.updatedAt));
    expect([cleared.code, cleared.fields]).toEqual(['VALIDATION', [{ path: 'decision', message: 'items.error.decisionRequiredHandled' }]]);
    // An opening with nothing after it says nothing yet.
    const emptied = docOf(paragraphNode('Lautakunta päätti'));
    t.advance(1000);
    const saved = await items.update(handled.id, { ...draftOf(handled), decision: emptied }, handled.updatedAt);
    t.advance(1000);
    const error = await rejection(items.setStatus(handled.id, 'tarkastettu'));
    expect([error.code, error.fields]).toEqual(['VALIDATION', [{ path: 'decision', message: 'items.error.decisionMissing' }]]);
    expect((await items.get(handled.id)).updatedAt).toBe(saved.updatedAt);
  });

  it('refuses to copy the proposal into the decision of checked minutes', async () => {
    const checked = await itemIn('tarkastettu', false);
    const error = await rejection(items.copyProposalToDecision(checked.id));
    expect([error.code, error.fields]).toEqual(['FROZEN', [{ path: 'decision', message: 'items.error.recordLocked' }]]);
    expect((await items.get(checked.id)).decision).toBeNull();
  });

  it('refuses to mark an item handled before its decision is recorded, and writes nothing', async () => {
    const onAgenda = await itemIn('esityslistalla', false);
    t.advance(1000);
    const error = await rejection(items.setStatus(onAgenda.id, 'kasitelty'));
    expect([error.code, error.fields]).toEqual(['VALIDATION', [{ path: 'decision', message: 'items.error.decisionMissing' }]]);
    expect((await items.get(onAgenda.id)).updatedAt).toBe(onAgenda.updatedAt);
  });

  it('treats asking for the current status again as no change, even where no step leads back to it', async () => {
    const published = await itemIn('julkaistu');
    t.advance(1000);
    expect((await items.setStatus(published.id, 'julkaistu')).updatedAt).toBe(published.updatedAt);
  });

  it('says the refusal in Finnish', () => {
    expect(translate('error.STATUS_NOT_ALLOWED')).toMatch(/^Asian tilaa ei voi vaihtaa/u);
    expect(translate('items.error.statusNotAllowed')).not.toBe('items.error.statusNotAllowed');
  });
});
