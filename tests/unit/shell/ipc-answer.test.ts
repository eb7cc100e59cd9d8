// The desktop shell's IPC answer, without Electron: a trusted call gets dispatch's envelope, a
// stranger FORBIDDEN, and anything that goes wrong around dispatch (a destroyed frame, a table
// that cannot be read) still an envelope, so the renderer's invoke() never rejects.
import { describe, expect, it } from 'vitest';
import { appEntryUrl } from '../../../electron/main/app-origin';
import { answerIpc } from '../../../electron/main/ipc-answer';
import type { HandlerTable } from '../../../electron/services/dispatch';

const app = () => ({ url: appEntryUrl, isMainFrame: true });
const table: HandlerTable = { 'people:list': () => [] };

describe('answerIpc', () => {
  it('answers the app’s own frame through dispatch', async () => {
    expect(await answerIpc('people:list', {}, app, () => table)).toEqual({ ok: true, value: [] });
    expect(await answerIpc('people:list', { extra: 1 }, app, () => ({}))).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses another frame, a subframe and a destroyed one with FORBIDDEN', async () => {
    for (const sender of [() => ({ url: 'https://example.org/', isMainFrame: true }), () => ({ url: appEntryUrl, isMainFrame: false }), () => null]) {
      expect(await answerIpc('people:list', {}, sender, () => table)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const destroyed = () => { throw new Error('Render frame was disposed before WebFrameMain could be accessed'); };
    expect(await answerIpc('people:list', {}, destroyed, () => table)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers INTERNAL, not a rejection, when the handler table cannot be read', async () => {
    const broken = (): HandlerTable => { throw new Error('no context'); };
    await expect(answerIpc('people:list', {}, app, broken)).resolves.toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Internal error' } });
  });

  it('answers VALIDATION for input nested 100,000 levels deep', async () => {
    let deep: unknown = [];
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    await expect(answerIpc('people:list', { deep }, app, () => table)).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
