// The status workflow (shared/domain/item-workflow.ts) as the service enforces it: every change in
// the table is made, every other one is refused with STATUS_NOT_ALLOWED and writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ItemService } from '../../../electron/services/items/item-service';
import { draftOf, proposalAsDecision } from '../../../electron/services/items/item-rules';
import { collectLiveValues } from '../../../electron/services/items/live-values';
import { itemStatuses, proposalFrozenStatuses } from '../../../shared/domain/item';
import type { AgendaItem, ItemStatus } from '../../../shared/domain/item';
import { isStatusChangeAllowed, statusTransitions } from '../../../shared/domain/item-workflow';
import { translate } from '../../../shared/i18n/translate';
import { openTestDb, rejection } from './helpers';
import type { TestDb } from './helpers';

let t: TestDb;
let items: ItemService;
let template: AgendaItem;

beforeEach(async () => {
  t = openTestDb();
  items = new ItemService(t.deps);
  template = await items.create('projectReview');
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
    const changed = await items.setStatus(item.id, to);
    expect(changed.status).toBe(to);
    expect((await items.get(item.id)).status).toBe(to);
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
