// The review round (issue 9): the secretary sends with a message, only the presenter (or a deputy)
// approves or returns, a return needs its reason and shows it until the next send, every step is
// an event with who, when and which version; items:setStatus follows the same rules.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ItemService } from '../../../electron/services/items/item-service';
import { ReviewService } from '../../../electron/services/review/review-service';
import { VersionsService } from '../../../electron/services/review/versions-service';
import { draftOf } from '../../../shared/domain/item-schema';
import { paragraphsDoc } from '../../../shared/domain/rich-text';
import { translate } from '../../../shared/i18n/translate';
import { openTestDb, rejection } from '../items/helpers';
import type { TestDb } from '../items/helpers';
import { actAs, addPerson, addUsers, readyItem } from './helpers';
import type { Users } from './helpers';

let t: TestDb;
let users: Users;
let review: ReviewService;
let items: ItemService;
beforeEach(async () => {
  t = openTestDb();
  users = await addUsers(t.deps);
  review = new ReviewService(t.deps);
  items = new ItemService(t.deps);
});
afterEach(() => {
  t.cleanup();
});

describe('the review round', () => {
  it('send, return with a reason, fix, send again, approve: each step recorded and shown', async () => {
    await actAs(t.deps, users.secretary);
    const item = await readyItem(t.deps);
    t.advance(120_000);
    const sent = await review.send(item.id, 'Katsotko hinnat?', item.updatedAt);
    expect(sent.status).toBe('tarkastettavana');
    let state = await review.state(item.id);
    expect(state.sentMessage).toMatchObject({ actor: { personId: users.secretary.id, name: 'Sanna Sihteeri' }, message: 'Katsotko hinnat?' });
    expect(state.canReview).toBe(false);

    // The secretary cannot approve her own draft, nor return it.
    const ownApproval = await rejection(review.approve(item.id, sent.updatedAt));
    expect(ownApproval.code).toBe('FORBIDDEN');
    expect(ownApproval.fields).toEqual([{ path: 'id', message: 'reviewService.error.notPresenterApprove', params: { presenter: 'Mikko Saari' } }]);
    expect(translate(ownApproval.fields?.[0]?.message ?? '', ownApproval.fields?.[0]?.params)).toBe('Vain asian esittelijä (Mikko Saari) tai varaesittelijä voi hyväksyä asian.');
    expect((await rejection(review.returnForChanges(item.id, 'Itse', sent.updatedAt))).code).toBe('FORBIDDEN');
    expect((await items.get(item.id)).updatedAt).toBe(sent.updatedAt);

    await actAs(t.deps, users.director);
    expect((await review.state(item.id)).canReview).toBe(true);
    t.advance(60_000);
    const returned = await review.returnForChanges(item.id, 'Lisää perustelu hinnalle.', sent.updatedAt);
    expect(returned.status).toBe('palautettu');
    state = await review.state(item.id);
    expect(state.returnReason).toMatchObject({ actor: { name: 'Mikko Saari' }, message: 'Lisää perustelu hinnalle.' });
    expect(state.sentMessage).toBeNull();

    await actAs(t.deps, users.secretary);
    t.advance(120_000);
    const fixed = await items.update(item.id, { ...draftOf(returned), background: paragraphsDoc(['Koulukuljetukset kilpailutetaan.', 'Tarjouksia saatiin kolme.', 'Hinta on edullisin.']) }, returned.updatedAt);
    t.advance(60_000);
    const resent = await review.send(item.id, '', fixed.updatedAt);
    state = await review.state(item.id);
    // The reason shows until the next send.
    expect([state.returnReason, state.sentMessage?.message]).toEqual([null, '']);

    await actAs(t.deps, users.director);
    t.advance(60_000);
    const approved = await review.approve(item.id, resent.updatedAt);
    expect(approved.status).toBe('hyvaksytty');
    state = await review.state(item.id);
    const versions = await new VersionsService(t.deps).list(item.id);
    const latest = versions.at(-1);
    expect(state.approved).toEqual({ actor: { personId: users.director.id, name: 'Mikko Saari' }, at: approved.updatedAt, version: latest?.version });
    expect(state.lastApprovedVersion).toBe(latest?.version);
    expect(latest?.author.name).toBe('Mikko Saari');
    expect(state.events.map((event) => [event.kind, event.actor.name, event.message])).toEqual([
      ['approved', 'Mikko Saari', ''],
      ['sent', 'Sanna Sihteeri', ''],
      ['returned', 'Mikko Saari', 'Lisää perustelu hinnalle.'],
      ['sent', 'Sanna Sihteeri', 'Katsotko hinnat?'],
    ]);
    // Each step names the version it made; the send's message is the version's note too.
    const sentVersion = versions.find((entry) => entry.note === 'Katsotko hinnat?');
    expect(state.events.at(-1)?.version).toBe(sentVersion?.version);

    // Reopened: the approval no longer shows, the reopening is an event.
    t.advance(60_000);
    await items.setStatus(item.id, 'luonnos');
    state = await review.state(item.id);
    expect(state.approved).toBeNull();
    expect(state.events[0]?.kind).toBe('reopened');
  });

  it('a deputy presenter may approve in place of the presenter; another presenter may not', async () => {
    const deputy = await addPerson(t.deps, 'Ville Varanen', 'poytakirjanpitaja', true);
    const other = await addPerson(t.deps, 'Olli Toinen', 'esittelija');
    const item = await readyItem(t.deps);
    await actAs(t.deps, other);
    const refused = await rejection(review.approve(item.id, item.updatedAt));
    expect([refused.code, refused.fields?.[0]?.params]).toEqual(['FORBIDDEN', { presenter: 'Mikko Saari' }]);
    await actAs(t.deps, deputy);
    expect((await review.approve(item.id, item.updatedAt)).status).toBe('hyvaksytty');
  });

  it('items:setStatus follows the same rules: approval by a non-presenter is FORBIDDEN, a return needs review:return', async () => {
    await actAs(t.deps, users.secretary);
    const item = await readyItem(t.deps);
    const refused = await rejection(items.setStatus(item.id, 'hyvaksytty'));
    expect([refused.code, refused.fields?.[0]?.message]).toEqual(['FORBIDDEN', 'reviewService.error.notPresenterApprove']);
    const sent = await items.setStatus(item.id, 'tarkastettavana');
    expect((await review.state(item.id)).events.map((event) => [event.kind, event.message])).toEqual([['sent', '']]);
    await actAs(t.deps, users.director);
    const noReason = await rejection(items.setStatus(item.id, 'palautettu'));
    expect([noReason.code, noReason.fields]).toEqual(['VALIDATION', [{ path: 'reason', message: 'review.error.reasonRequired' }]]);
    expect((await items.get(item.id)).updatedAt).toBe(sent.updatedAt);
    expect((await items.setStatus(item.id, 'hyvaksytty')).status).toBe('hyvaksytty');
    expect((await review.state(item.id)).approved?.actor.name).toBe('Mikko Saari');
  });

  it('with users but nobody chosen, approving asks who is working', async () => {
    const item = await readyItem(t.deps);
    const refused = await rejection(review.approve(item.id, item.updatedAt));
    expect([refused.code, refused.fields?.[0]?.message]).toEqual(['FORBIDDEN', 'reviewService.error.noCurrentUser']);
  });

  it('an item naming no presenter may be approved by any presenter; the refusal then names none', async () => {
    const item = await readyItem(t.deps);
    const unnamed = await items.update(item.id, { ...draftOf(item), presenterName: '' }, item.updatedAt);
    await actAs(t.deps, users.secretary);
    const refused = await rejection(review.approve(item.id, unnamed.updatedAt));
    expect(refused.fields?.[0]?.message).toBe('reviewService.error.notPresenterApproveAny');
    const other = await addPerson(t.deps, 'Olli Toinen', 'esittelija');
    await actAs(t.deps, other);
    // An item without its presenter is incomplete: approval is refused for that, not for who approves.
    expect((await rejection(review.approve(item.id, unnamed.updatedAt))).code).toBe('INCOMPLETE');
  });

  it('a step decided on a stale read is a CONFLICT, and review:approve does not take an item off an agenda', async () => {
    const item = await readyItem(t.deps);
    await actAs(t.deps, users.director);
    const approved = await review.approve(item.id, item.updatedAt);
    // Approving again on the old read: CONFLICT, nothing written.
    expect((await rejection(review.approve(item.id, item.updatedAt))).code).toBe('CONFLICT');
    expect((await items.get(item.id)).updatedAt).toBe(approved.updatedAt);
    // Approving again on the current read is no change.
    expect((await review.approve(item.id, approved.updatedAt)).updatedAt).toBe(approved.updatedAt);
    expect((await review.state(item.id)).events).toHaveLength(1);
  });
});

describe('the presenter queue and what they last saw', () => {
  it('lists the items in review the user may approve, with the changes since their last look', async () => {
    await actAs(t.deps, users.secretary);
    const mine = await readyItem(t.deps);
    const otherPresenter = await readyItem(t.deps);
    const others = await items.update(otherPresenter.id, { ...draftOf(otherPresenter), presenterName: 'Olli Toinen' }, otherPresenter.updatedAt);
    t.advance(120_000);
    const sent = await review.send(mine.id, 'Tarkastathan.', mine.updatedAt);
    await review.send(others.id, '', others.updatedAt);
    expect(await review.queue()).toEqual([]);

    await actAs(t.deps, users.director);
    let queue = await review.queue();
    expect(queue.map((entry) => [entry.item.id, entry.presenterName, entry.sent?.message, entry.lastSeenVersion, entry.changesSinceSeen])).toEqual([[mine.id, 'Mikko Saari', 'Tarkastathan.', null, null]]);
    const seenVersion = queue[0]?.currentVersion ?? 0;
    await review.markSeen(mine.id, seenVersion);
    expect((await review.state(mine.id)).lastSeenVersion).toBeNull();

    // The secretary edits meanwhile.
    await actAs(t.deps, users.secretary);
    t.advance(120_000);
    await items.update(mine.id, { ...draftOf(sent), proposal: paragraphsDoc(['Sivistyslautakunta päättää hyväksyä edullisimman tarjouksen ja valtuuttaa sivistysjohtajan allekirjoittamaan sopimuksen.']) }, sent.updatedAt);

    await actAs(t.deps, users.director);
    queue = await review.queue();
    expect(queue[0]?.lastSeenVersion).toBe(seenVersion);
    expect(queue[0]?.currentVersion).toBe(seenVersion + 1);
    expect(queue[0]?.changesSinceSeen?.fields.map((field) => field.field)).toEqual(['proposal']);
    // Opened before marking: "since I last looked" is the earlier look; after marking it stays so for this opening.
    expect((await review.state(mine.id)).lastSeenVersion).toBe(seenVersion);
    expect(await review.markSeen(mine.id, seenVersion + 1)).toEqual({ version: seenVersion + 1 });
    expect((await review.state(mine.id)).lastSeenVersion).toBe(seenVersion);
    // A version beyond the item's is taken as its latest; an older one changes nothing.
    expect(await review.markSeen(mine.id, 999)).toEqual({ version: seenVersion + 1 });
    expect(await review.markSeen(mine.id, 1)).toEqual({ version: seenVersion + 1 });
    expect((await review.queue())[0]?.changesSinceSeen).toBeNull();
  });
});
