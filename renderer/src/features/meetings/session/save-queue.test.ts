import { describe, expect, it } from 'vitest';
import type { AppError, Envelope } from '../../../../../shared/ipc/define';
import { createSaveQueue } from './save-queue';
import type { QueueClock } from './save-queue';

type Patch = { a?: string; b?: string };

/** A service whose answers the test gives one by one, and a clock the test moves. */
function harness() {
  const sent: { patch: Patch; closing: boolean; answer: (envelope: Envelope<Patch>) => void }[] = [];
  const saved: Patch[] = [];
  const timers = new Map<number, () => void>();
  let next = 1;
  const clock: QueueClock = {
    setTimeout: (run) => {
      timers.set(next, run);
      next += 1;
      return next - 1;
    },
    clearTimeout: (handle) => { timers.delete(handle); },
  };
  const queue = createSaveQueue<Patch, Patch>({
    send: (patch, closing) => new Promise((resolve) => { sent.push({ patch, closing, answer: resolve }); }),
    onSaved: (result) => { saved.push(result); },
    onState: () => undefined,
    clock,
  });
  const runTimers = () => {
    const due = [...timers.values()];
    timers.clear();
    for (const run of due) run();
  };
  const settle = () => new Promise((resolve) => { setTimeout(resolve, 0); });
  return { queue, sent, saved, runTimers, settle, timers };
}

const validation: AppError = { code: 'VALIDATION', message: 'x', fields: [{ path: 'handling.votes.0.votes.m1', message: 'validation.meeting.voteByDisqualified' }] };
const stale: AppError = { code: 'CONFLICT', message: 'x', fields: [{ path: 'expectedUpdatedAt', message: 'validation.conflict' }] };

describe('session save queue', () => {
  it('sends a choice at once and keeps it on screen until stored', async () => {
    const { queue, sent, saved, settle } = harness();
    queue.change({ a: '1' }, 0);
    expect(sent.map((entry) => entry.patch)).toEqual([{ a: '1' }]);
    expect(queue.state()).toMatchObject({ local: { a: '1' }, saving: true });
    sent[0]?.answer({ ok: true, value: { a: '1' } });
    await settle();
    expect(saved).toEqual([{ a: '1' }]);
    expect(queue.state()).toMatchObject({ local: null, saving: false, error: null });
  });

  it('waits while typing, and sends what changed during a save right after it, merged', async () => {
    const { queue, sent, runTimers, settle } = harness();
    queue.change({ a: 'x' }, 700);
    queue.change({ a: 'xy' }, 700);
    expect(sent).toHaveLength(0);
    runTimers();
    expect(sent.map((entry) => entry.patch)).toEqual([{ a: 'xy' }]);
    queue.change({ b: 'choice' }, 0);
    // One request at a time: the choice waits for the save on its way.
    expect(sent).toHaveLength(1);
    sent[0]?.answer({ ok: true, value: {} });
    await settle();
    expect(sent.map((entry) => entry.patch)).toEqual([{ a: 'xy' }, { a: 'xy', b: 'choice' }]);
    expect(queue.state().local).toEqual({ a: 'xy', b: 'choice' });
  });

  it('keeps everything typed when a save is refused, and sends it all with the next change', async () => {
    const { queue, sent, settle } = harness();
    queue.change({ a: 'typed' }, 0);
    sent[0]?.answer({ ok: false, error: validation });
    await settle();
    expect(queue.state()).toMatchObject({ local: { a: 'typed' }, error: validation, blocked: false });
    queue.change({ b: 'fix' }, 0);
    expect(sent[1]?.patch).toEqual({ a: 'typed', b: 'fix' });
  });

  it('sends a change made during a refused save as soon as the refusal arrives', async () => {
    const { queue, sent, settle } = harness();
    queue.change({ a: 'wrong' }, 0);
    queue.change({ a: 'fixed' }, 0);
    expect(sent).toHaveLength(1);
    sent[0]?.answer({ ok: false, error: validation });
    await settle();
    expect(sent.map((entry) => entry.patch)).toEqual([{ a: 'wrong' }, { a: 'fixed' }]);
    sent[1]?.answer({ ok: true, value: { a: 'fixed' } });
    await settle();
    expect(queue.state()).toMatchObject({ local: null, error: null });
  });

  it('stops on a stale write until the user chooses: overwrite sends again, reload drops', async () => {
    const { queue, sent, settle } = harness();
    queue.change({ a: 'mine' }, 0);
    sent[0]?.answer({ ok: false, error: stale });
    await settle();
    expect(queue.state().blocked).toBe(true);
    queue.change({ b: 'more' }, 0);
    expect(sent).toHaveLength(1);
    queue.retry();
    expect(sent[1]?.patch).toEqual({ a: 'mine', b: 'more' });
    sent[1]?.answer({ ok: false, error: stale });
    await settle();
    queue.discard();
    expect(queue.state()).toEqual({ local: null, saving: false, error: null, blocked: false });
  });

  it('sends what waits with the closing flag when the page goes away', () => {
    const { queue, sent, timers } = harness();
    queue.change({ a: 'last words' }, 700);
    queue.sendClosing();
    expect(sent.map((entry) => [entry.patch, entry.closing])).toEqual([[{ a: 'last words' }, true]]);
    expect(timers.size).toBe(0);
  });
});
