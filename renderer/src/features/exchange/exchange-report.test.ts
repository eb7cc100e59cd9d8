import { describe, expect, it } from 'vitest';
import type { ExchangeEntry, ExchangeReport } from '../../../../shared/domain/exchange';
import type { AppError } from '../../../../shared/ipc/define';
import { changesSomething, importFlow, reportGroups } from './exchange-report';
import type { ImportFlow } from './exchange-report';

const entry = (id: string, action: ExchangeEntry['action'], reason = ''): ExchangeEntry => ({ kind: 'item', id, title: `Asia ${id}`, action, reason });
const report = (entries: ExchangeEntry[], extra: Partial<ExchangeReport> = {}): ExchangeReport => ({
  fileName: 'kokous.pykala',
  dryRun: true,
  organisationName: 'Kokkolan kaupunki',
  adoptedOrganisation: false,
  added: entries.filter((e) => e.action === 'added').length,
  updated: entries.filter((e) => e.action === 'updated').length,
  skipped: entries.filter((e) => e.action === 'skipped').length,
  conflicts: entries.filter((e) => e.action === 'conflict').length,
  entries,
  ...extra,
});
const file = { fileName: 'kokous.pykala', dataBase64: 'UEsDBA==' };
const refusal: AppError = { code: 'VALIDATION', message: 'tampered' };

describe('exchange import report', () => {
  it('groups conflicts first, then added, updated and skipped, leaving out empty groups', () => {
    const groups = reportGroups(report([entry('1', 'skipped', 'ei muutoksia'), entry('2', 'added'), entry('3', 'conflict'), entry('4', 'added')]));
    expect(groups.map((group) => [group.action, group.entries.map((e) => e.id)])).toEqual([
      ['conflict', ['3']],
      ['added', ['2', '4']],
      ['skipped', ['1']],
    ]);
  });

  it('offers the import only when it would change something or adopt the organisation', () => {
    expect(changesSomething(report([entry('1', 'skipped', 'ei muutoksia')]))).toBe(false);
    expect(changesSomething(report([entry('1', 'skipped')], { adoptedOrganisation: true }))).toBe(true);
    expect(changesSomething(report([entry('1', 'conflict')]))).toBe(true);
    expect(changesSomething(report([entry('1', 'updated')]))).toBe(true);
  });
});

describe('exchange import steps', () => {
  const preview: ImportFlow = { step: 'preview', file, report: report([entry('1', 'added')]), error: null };

  it('goes from the dry run to the import and shows the real report', () => {
    const importing = importFlow(preview, { type: 'import' });
    expect(importing).toMatchObject({ step: 'importing', file });
    const real = report([entry('1', 'added')], { dryRun: false });
    expect(importFlow(importing, { type: 'imported', report: real })).toEqual({ step: 'done', report: real });
  });

  it('keeps the dry run on screen with the reason when the real import is refused', () => {
    const importing = importFlow(preview, { type: 'import' });
    expect(importFlow(importing, { type: 'refused', error: refusal })).toEqual({ ...preview, error: refusal });
  });

  it('refuses a file before any report when the dry run itself is refused', () => {
    expect(importFlow(importFlow({ step: 'idle' }, { type: 'read' }), { type: 'refused', error: refusal })).toEqual({ step: 'refused', error: refusal });
  });

  it('imports once: a second "Tuo" or a close while importing changes nothing', () => {
    const importing = importFlow(preview, { type: 'import' });
    expect(importFlow(importing, { type: 'import' })).toBe(importing);
    expect(importFlow(importing, { type: 'close' })).toBe(importing);
    expect(importFlow(preview, { type: 'close' })).toEqual({ step: 'idle' });
    // A real report arriving when no import runs (the dialog was closed) is not shown.
    expect(importFlow({ step: 'idle' }, { type: 'imported', report: report([]) })).toEqual({ step: 'idle' });
  });
});
