// Holds the window's close and the app's quit until the renderer has saved (architecture.md,
// "Autosave and closing"; VS Code's veto on shutdown): the first close is refused, the renderer
// is asked to flush, and when it answers (or the time limit passes) the close is done again and
// let through. Pure, so the order of events is unit-tested with a fake window and clock.

export interface CloseGuard {
  /**
   * For the window's 'close' and the app's 'before-quit': true lets the close happen now; false
   * means the caller must preventDefault(), and `retry` runs once the renderer has saved.
   */
  mayClose: (retry: () => void) => boolean;
}

/** `flush` asks the renderer to save; it must settle by itself (shell-requests.ts has the time limit). */
export function createCloseGuard(flush: () => Promise<unknown>): CloseGuard {
  let state: 'open' | 'saving' | 'released' = 'open';
  const retries: (() => void)[] = [];
  return {
    mayClose(retry) {
      if (state === 'released') return true;
      retries.push(retry);
      if (state === 'saving') return false;
      state = 'saving';
      const release = () => {
        state = 'released';
        // Closing the window usually quits the app, which asks again: by then the guard lets it through.
        for (const run of retries.splice(0)) run();
      };
      flush().then(release, release);
      return false;
    },
  };
}
