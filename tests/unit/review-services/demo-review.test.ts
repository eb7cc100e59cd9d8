// The demo of issue 9 through the real handler table: the preparer and the director are users,
// nobody is chosen (the app asks), and one item waits in the director's review: three versions by
// the secretary with real changes, sent with a message, and two open comments by the director on
// words that are in the text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import { demoReviewItemId } from '../../../electron/services/demo/seed-review';
import { dispatch } from '../../../electron/services/dispatch';
import { seedItemId } from '../../../shared/demo/seed-item';
import type { VersionEntry } from '../../../shared/domain/compare-types';
import type { AgendaItem } from '../../../shared/domain/item';
import type { ItemComment, ItemReviewState } from '../../../shared/domain/review';
import { richToPlainText } from '../../../shared/domain/rich-text';
import { formatVersionSummary } from '../../../shared/format/version-summary-text';
import type { ReviewQueueEntry, SessionState } from '../../../shared/ipc/channels/review';
import { tempDir } from '../db/helpers';

let context: AppContext;
async function ok<T>(channel: Parameters<typeof dispatch>[1], input: unknown): Promise<T> {
  const answer = await dispatch(context.handlers, channel, input);
  if (!answer.ok) throw new Error(`${String(channel)}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

beforeAll(async () => {
  context = openAppContext({ dataDir: tempDir(), seedDemoIfNew: true, now: () => new Date(2026, 10, 28, 15, 30) });
  await context.ready();
});
afterAll(() => {
  context.close();
});

describe('the review demo', () => {
  it('has the preparer and the director as users and chooses nobody', async () => {
    const session = await ok<SessionState>('session:get', {});
    expect(session.user).toBeNull();
    expect(session.users.map((user) => [user.name, user.title, user.role])).toEqual([
      ['Maria Esimerkki', 'kehittämispäällikkö', 'valmistelija'],
      ['Mikko Saari', 'sivistysjohtaja', 'esittelija'],
    ]);
  });

  it('has an item in review: three versions by the secretary with real changes, then her send', async () => {
    const item = await ok<AgendaItem>('items:get', { id: demoReviewItemId });
    expect([item.status, item.presenterName, item.isSample]).toEqual(['tarkastettavana', 'Mikko Saari', true]);
    const versions = await ok<VersionEntry[]>('versions:list', { id: demoReviewItemId });
    expect(versions.map((entry) => [entry.version, entry.reason, entry.author.name, entry.status])).toEqual([
      [1, 'create', 'Maria Esimerkki', 'luonnos'],
      [2, 'update', 'Maria Esimerkki', 'luonnos'],
      [3, 'update', 'Maria Esimerkki', 'luonnos'],
      [4, 'status', 'Maria Esimerkki', 'tarkastettavana'],
    ]);
    expect(versions.slice(1, 3).map((entry) => formatVersionSummary(entry.summary))).toEqual(['Päätösehdotus: kohta 2 muutettu', 'Selostus: 1 kappale lisätty']);
    const state = await ok<ItemReviewState>('review:state', { id: demoReviewItemId });
    expect(state.sentMessage).toMatchObject({ actor: { name: 'Maria Esimerkki' }, message: 'Palvelusetelin uusi arvo on laskettu kustannusten nousun mukaan. Tarkastathan perustelut.' });
    expect(state.events.map((event) => event.kind)).toEqual(['sent']);
  });

  it('has two open comments by the director on words that are in the text', async () => {
    const item = await ok<AgendaItem>('items:get', { id: demoReviewItemId });
    const comments = await ok<ItemComment[]>('comments:list', { itemId: demoReviewItemId });
    expect(comments.map((comment) => [comment.field, comment.author.name, comment.resolvedAt, comment.detached, comment.parentId])).toEqual([
      ['background', 'Mikko Saari', null, false, null],
      ['proposal', 'Mikko Saari', null, false, null],
    ]);
    expect(richToPlainText(item.background)).toContain(comments[0]?.quote);
    expect(richToPlainText(item.proposal)).toContain(comments[1]?.quote);
  });

  it('shows the item in the director’s queue once he is chosen, and the seed item is as before', async () => {
    await ok('session:setUser', { personId: 'demo-person-sivistysjohtaja' });
    const queue = await ok<ReviewQueueEntry[]>('review:queue', {});
    expect(queue.map((entry) => [entry.item.id, entry.currentVersion, entry.lastSeenVersion])).toEqual([[demoReviewItemId, 4, null]]);
    const seed = await ok<AgendaItem>('items:get', { id: seedItemId });
    expect(seed.status).toBe('tarkastettu');
  });
});
