// The desktop window's close and the app's quit wait for the renderer's save (close-guard.ts,
// shell-requests.ts). Electron cannot run here, so the window is a small fake with Electron's
// event order: 'close' with a preventable event, then closed unless prevented.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseGuard } from '../../../electron/main/close-guard';
import { createShellRequester } from '../../../electron/main/shell-requests';
import type { ShellRequest } from '../../../shared/ipc/shell';

class FakeWindow {
  closed = false;
  private closeListener: ((event: { preventDefault: () => void }) => void) | null = null;
  on(_name: 'close', listener: (event: { preventDefault: () => void }) => void): void {
    this.closeListener = listener;
  }
  close(): void {
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    this.closeListener?.(event);
    if (!event.prevented) this.closed = true;
  }
}

const timers = { setTimeout: (run: () => void, ms: number) => setTimeout(run, ms), clearTimeout: (handle: unknown) => { clearTimeout(handle as NodeJS.Timeout); } };

function setup(options: { rendererAlive?: boolean } = {}) {
  const sent: ShellRequest[] = [];
  const requester = createShellRequester((request) => {
    if (options.rendererAlive === false) return false;
    sent.push(request);
    return true;
  }, timers);
  const guard = createCloseGuard(() => requester.request('close', 3000));
  const window = new FakeWindow();
  window.on('close', (event) => { if (!guard.mayClose(() => { window.close(); })) event.preventDefault(); });
  return { sent, requester, guard, window };
}

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('closing the desktop window', () => {
  it('stays open until the renderer answers that it saved, then closes', async () => {
    const { sent, requester, window } = setup();
    window.close();
    expect(window.closed).toBe(false);
    expect(sent).toEqual([{ id: 1, kind: 'close' }]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(window.closed).toBe(false);
    requester.answer({ id: 1, saved: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(window.closed).toBe(true);
  });

  it('closes after the time limit when the renderer never answers', async () => {
    const { window } = setup();
    window.close();
    await vi.advanceTimersByTimeAsync(2999);
    expect(window.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(window.closed).toBe(true);
  });

  it('closes at once when there is no renderer to ask', async () => {
    const { window } = setup({ rendererAlive: false });
    window.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(window.closed).toBe(true);
  });

  it('asks once for a close and a quit that come together, and lets both through after the answer', async () => {
    const { sent, requester, guard, window } = setup();
    let quits = 0;
    const quit = () => { if (guard.mayClose(quit)) quits += 1; };
    window.close();
    quit();
    window.close();
    expect(sent).toHaveLength(1);
    expect(quits).toBe(0);
    requester.answer({ id: 1, saved: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(window.closed).toBe(true);
    expect(quits).toBe(1);
  });

  it('ignores answers that are not its own or not answers at all', async () => {
    const { requester, window } = setup();
    window.close();
    for (const message of [{ id: 2, saved: true }, { id: 1 }, { id: '1', saved: true }, null, 'saved']) requester.answer(message);
    await vi.advanceTimersByTimeAsync(100);
    expect(window.closed).toBe(false);
    requester.answer({ id: 1, saved: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(window.closed).toBe(true);
  });
});

describe('the shell requester', () => {
  it('tells saved, refused and no answer apart', async () => {
    const sent: ShellRequest[] = [];
    const requester = createShellRequester((request) => { sent.push(request); return true; }, timers);
    const saved = requester.request('save', 1000);
    const refused = requester.request('close', 1000);
    const silent = requester.request('close', 1000);
    requester.answer({ id: 1, saved: true });
    requester.answer({ id: 2, saved: false });
    await vi.advanceTimersByTimeAsync(1000);
    expect(await Promise.all([saved, refused, silent])).toEqual(['saved', 'notSaved', 'noAnswer']);
    expect(sent.map((request) => request.kind)).toEqual(['save', 'close', 'close']);
  });
});
