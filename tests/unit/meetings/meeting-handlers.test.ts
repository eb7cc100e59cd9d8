// Every bodies:* and meetings:* channel has its handler in the one table (the three Word exports
// are the document services'), and a refusal reaches the client as an envelope with its field.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import type { HandlerTable } from '../../../electron/services/dispatch';
import { handlerFactories } from '../../../electron/services/handler-factories';
import { bodyChannels, meetingChannels } from '../../../shared/ipc/channels/meetings';
import { openTestDb } from '../items/helpers';
import type { TestDb } from '../items/helpers';
import { rosterBody } from './meeting-fixtures';

describe('the meeting handlers', () => {
  let t: TestDb;
  let table: HandlerTable;
  beforeEach(() => {
    t = openTestDb();
    table = {};
    for (const factory of handlerFactories) Object.assign(table, factory(() => t.deps));
  });
  afterEach(() => { t.cleanup(); });

  it('answer every bodies:* and meetings:* channel but the exports', () => {
    const exports = ['meetings:exportAgenda', 'meetings:exportMinutes', 'meetings:exportExtract'];
    const channels = [...Object.keys(bodyChannels), ...Object.keys(meetingChannels)].filter((name) => !exports.includes(name));
    expect(channels.filter((name) => !(name in table))).toEqual([]);
    expect(channels).toHaveLength(15);
  });

  it('send a refusal back as its code and field message, and need the stamp a change read', async () => {
    const body = await rosterBody(t.deps);
    const created = await dispatch(table, 'meetings:create', { bodyId: body.id, date: '2024-01-23' });
    expect(created).toMatchObject({ ok: true, value: { number: 1, place: 'Kaupungintalo, kokoushuone 1' } });
    const again = await dispatch(table, 'meetings:create', { bodyId: body.id, number: 1, date: '2024-05-02' });
    expect(again).toEqual({ ok: false, error: { code: 'VALIDATION', message: expect.any(String) as unknown, fields: [{ path: 'number', message: 'meetingService.error.numberTaken' }] } });
    const id = created.ok ? (created.value as { id: string }).id : '';
    expect(await dispatch(table, 'meetings:update', { id, patch: { place: 'X' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'expectedUpdatedAt', message: 'validation.required' }] } });
    expect(await dispatch(table, 'meetings:get', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', fields: [{ message: 'meetingService.error.meetingNotFound' }] } });
  });
});
