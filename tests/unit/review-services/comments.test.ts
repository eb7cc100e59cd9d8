// Comments (issue 9): anchored by the editor's mark (or the title's quote), detached computed on
// read, replies, resolve, delete only by the author and not with replies, FROZEN once the
// proposal is approved (proposal texts) or the minutes are checked (everything).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ItemService } from '../../../electron/services/items/item-service';
import { writeItemVersion } from '../../../electron/services/items/item-write';
import { CommentsService } from '../../../electron/services/review/comments-service';
import type { NewComment } from '../../../electron/services/review/comments-service';
import { ReviewService } from '../../../electron/services/review/review-service';
import type { AgendaItem } from '../../../shared/domain/item';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { paragraphsDoc } from '../../../shared/domain/rich-text';
import { openTestDb, rejection } from '../items/helpers';
import type { TestDb } from '../items/helpers';
import { actAs, addUsers, readyItem } from './helpers';
import type { Users } from './helpers';

let t: TestDb;
let users: Users;
let comments: CommentsService;
beforeEach(async () => {
  t = openTestDb();
  users = await addUsers(t.deps);
  comments = new CommentsService(t.deps);
});
afterEach(() => {
  t.cleanup();
});

/** The background's first paragraph with its words from..to under the comment's mark (as the editor saves it). */
function withMark(doc: RichDoc, id: string, from: number, to: number): RichDoc {
  const text = doc.content[0]?.content?.[0]?.text ?? '';
  const parts = [
    { type: 'text' as const, text: text.slice(0, from) },
    { type: 'text' as const, text: text.slice(from, to), marks: [{ type: 'comment' as never, attrs: { id } }] },
    { type: 'text' as const, text: text.slice(to) },
  ].filter((part) => part.text !== '');
  return { ...doc, content: [{ type: 'paragraph', content: parts }, ...doc.content.slice(1)] };
}

async function save(item: AgendaItem, change: Partial<AgendaItem>): Promise<AgendaItem> {
  t.advance(1000);
  const next: AgendaItem = { ...item, ...change, updatedAt: new Date(t.deps.now()).toISOString() };
  await t.deps.db.transaction().execute((trx) => writeItemVersion(trx, next, 'update', t.deps.now(), { actor: { personId: null, name: '' } }));
  return next;
}

const comment = (item: AgendaItem, overrides: Partial<NewComment> = {}): NewComment => ({ id: randomUUID(), itemId: item.id, parentId: null, field: 'background', quote: 'kilpailutetaan', body: 'Millä perusteella?', ...overrides });

describe('comments', () => {
  it('are anchored by their mark, detached once the marked text is deleted, and replies follow their comment', async () => {
    const item = await readyItem(t.deps);
    await actAs(t.deps, users.director);
    const id = randomUUID();
    // "Koulukuljetukset kilpailutetaan." → "kilpailutetaan" is 17..31.
    const anchored = await save(item, { background: withMark(item.background, id, 17, 31) });
    const added = await comments.add(comment(item, { id }));
    expect(added).toMatchObject({ id, field: 'background', quote: 'kilpailutetaan', body: 'Millä perusteella?', author: { personId: users.director.id, name: 'Mikko Saari' }, detached: false, resolvedAt: null, source: 'app' });
    const titleComment = await comments.add(comment(item, { field: 'title', quote: 'hankinta', body: 'Tarkempi otsikko?' }));
    expect(titleComment.detached).toBe(false);

    await actAs(t.deps, users.secretary);
    const reply = await comments.add(comment(item, { parentId: id, field: 'title', quote: 'ignored', body: 'Laki edellyttää.' }));
    expect([reply.field, reply.quote, reply.detached, reply.author.name]).toEqual(['background', '', false, 'Sanna Sihteeri']);
    const replyToReply = await rejection(comments.add(comment(item, { parentId: reply.id })));
    expect([replyToReply.code, replyToReply.fields?.[0]?.message]).toEqual(['VALIDATION', 'reviewService.error.commentReplyToReply']);
    expect((await rejection(comments.add(comment(item, { id })))).code).toBe('CONFLICT');

    // The commented words deleted: the comment and its reply stay, with the quote, detached; the title lost its quote too.
    await save(anchored, { background: paragraphsDoc(['Tarjouksia saatiin kolme.']), title: 'Koulukuljetukset' });
    const listed = await comments.list(item.id);
    expect(listed.map((entry) => [entry.body, entry.quote, entry.detached])).toEqual([
      ['Millä perusteella?', 'kilpailutetaan', true],
      ['Tarkempi otsikko?', 'hankinta', true],
      ['Laki edellyttää.', '', true],
    ]);
  });

  it('resolve and reopen record who; a stale resolve is a CONFLICT', async () => {
    const item = await readyItem(t.deps);
    await actAs(t.deps, users.director);
    const added = await comments.add(comment(item));
    await actAs(t.deps, users.secretary);
    t.advance(1000);
    const resolved = await comments.resolve(added.id, true, added.updatedAt);
    expect([resolved.resolvedBy, resolved.resolvedAt !== null]).toEqual([{ personId: users.secretary.id, name: 'Sanna Sihteeri' }, true]);
    expect((await rejection(comments.resolve(added.id, false, added.updatedAt))).code).toBe('CONFLICT');
    t.advance(1000);
    const reopened = await comments.resolve(added.id, false, resolved.updatedAt);
    expect([reopened.resolvedAt, reopened.resolvedBy]).toEqual([null, null]);
  });

  it('only its author deletes a comment, and not once it has replies', async () => {
    const item = await readyItem(t.deps);
    await actAs(t.deps, users.director);
    const first = await comments.add(comment(item));
    const second = await comments.add(comment(item, { body: 'Toinen.' }));
    await actAs(t.deps, users.secretary);
    const notOwn = await rejection(comments.delete(second.id, second.updatedAt));
    expect([notOwn.code, notOwn.fields?.[0]?.message]).toEqual(['FORBIDDEN', 'reviewService.error.commentNotOwn']);
    await comments.add(comment(item, { parentId: first.id, body: 'Vastaus.' }));
    await actAs(t.deps, users.director);
    const withReplies = await rejection(comments.delete(first.id, first.updatedAt));
    expect([withReplies.code, withReplies.fields?.[0]?.message]).toEqual(['VALIDATION', 'reviewService.error.commentHasReplies']);
    expect((await rejection(comments.delete(second.id, 'stale'))).code).toBe('CONFLICT');
    expect(await comments.delete(second.id, second.updatedAt)).toEqual({ id: second.id });
    expect((await comments.list(item.id)).map((entry) => entry.body)).toEqual(['Millä perusteella?', 'Vastaus.']);
  });

  it('are FROZEN on an approved proposal (the decision and replies still open) and on checked minutes', async () => {
    const item = await readyItem(t.deps);
    await actAs(t.deps, users.director);
    const before = await comments.add(comment(item));
    const approved = await new ReviewService(t.deps).approve(item.id, item.updatedAt);
    expect(approved.status).toBe('hyvaksytty');
    const refused = await rejection(comments.add(comment(item)));
    expect([refused.code, refused.fields]).toEqual(['FROZEN', [{ path: 'field', message: 'reviewService.error.commentProposalClosed' }]]);
    expect((await comments.add(comment(item, { field: 'decision', quote: '' }))).field).toBe('decision');
    expect((await comments.add(comment(item, { parentId: before.id, body: 'Vastaus.' }))).parentId).toBe(before.id);

    // The minutes checked: nothing about the item changes any more.
    t.handle.sqlite.prepare("UPDATE agenda_items SET status = 'tarkastettu' WHERE id = ?").run(item.id);
    for (const attempt of [comments.add(comment(item, { field: 'decision' })), comments.add(comment(item, { parentId: before.id })), comments.resolve(before.id, true, before.updatedAt), comments.delete(before.id, before.updatedAt)]) {
      const locked = await rejection(attempt);
      expect([locked.code, locked.fields?.[0]?.message]).toEqual(['FROZEN', 'reviewService.error.commentRecordLocked']);
    }
    expect(await new ItemService(t.deps).get(item.id)).toMatchObject({ status: 'tarkastettu' });
  });
});
