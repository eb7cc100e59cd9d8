// shared/format (money and dates) as the services and exports rely on it.
import { describe, expect, it } from 'vitest';
import { formatAmount, formatEuros, formatPercent, parseEuros, parsePercent } from '../../../shared/format/money';
import { formatFinnishDate, isIsoDate, parseFinnishDate, todayIso } from '../../../shared/format/date';
import { parseWholeNumber } from '../../../shared/format/whole-number';
import { translate } from '../../../shared/i18n/translate';
import { itemDraftSchema } from '../../../shared/domain/item-schema';

const nbsp = '\u00a0';

describe('money', () => {
  it.each([
    ['12 500,50 €', 1250050],
    ['12500,5', 1250050],
    ['12500.5', 1250050],
    ['12.500,50', 1250050],
    ['12,500.50', 1250050],
    [`12${nbsp}500 €`, 1250000],
    ['0,05', 5],
    ['100 euroa', 10000],
    ['-100', -10000],
  ])('parses %j as %i cents', (input, cents) => {
    expect(parseEuros(input)).toEqual({ ok: true, cents });
  });

  // '1,234': a lone comma is the decimal separator, and three decimals are not money.
  it.each(['', 'abc', '12,345,67', '1,234', '12.5.5', '€', '1 2 3 x', '--5'])('rejects %j', (input) => {
    expect(parseEuros(input)).toEqual({ ok: false });
  });

  it('formats with no-break spaces, whole euros without decimals', () => {
    expect(formatEuros(1250000).replace(/\s/gu, ' ')).toBe('12 500 €');
    expect(formatEuros(1250000)).not.toContain(' ');
    expect(formatEuros(1250050).replace(/\s/gu, ' ')).toBe('12 500,50 €');
    expect(formatAmount(1250050).replace(/\s/gu, ' ')).toBe('12 500,50');
    expect(formatEuros(0).replace(/\s/gu, ' ')).toBe('0 €');
  });

  it('round-trips formatted amounts', () => {
    for (const cents of [0, 5, 99, 100, 1250050, 123456789]) expect(parseEuros(formatEuros(cents))).toEqual({ ok: true, cents });
  });

  it('parses and formats percents as basis points', () => {
    expect(parsePercent('15,5 %')).toEqual({ ok: true, basisPoints: 1550 });
    expect(parsePercent('x')).toEqual({ ok: false });
    expect(formatPercent(1550).replace(/\s/gu, ' ')).toBe('15,5 %');
  });
});

describe('dates', () => {
  it('formats d.m.yyyy without leading zeros', () => {
    expect(formatFinnishDate('2024-01-01')).toBe('1.1.2024');
    expect(formatFinnishDate('2026-11-28')).toBe('28.11.2026');
  });

  it.each([
    ['1.1.2024', '2024-01-01'],
    ['01.01.2024', '2024-01-01'],
    [' 28.11.2026 ', '2026-11-28'],
    ['2024-02-29', '2024-02-29'],
  ])('parses %j', (input, iso) => {
    expect(parseFinnishDate(input)).toBe(iso);
  });

  it.each(['31.2.2024', '29.2.2023', '1.13.2024', '2024-02-30', '1/1/2024', '', 'huomenna', '1.1.2', '1.1.024', '1.1.20245', '31.2.24', '29.2.23'])('rejects %j', (input) => {
    expect(parseFinnishDate(input)).toBeNull();
  });

  // A two-digit year is the one within 50 years of today's: [today − 50, today + 49].
  it.each([
    ['1.1.24', 2025, '2024-01-01'],
    ['01.01.24', 2025, '2024-01-01'],
    ['29.2.24', 2025, '2024-02-29'],
    ['31.12.30', 2025, '2030-12-31'],
    ['1.1.74', 2025, '2074-01-01'],
    ['1.1.75', 2025, '1975-01-01'],
    ['1.1.99', 2025, '1999-01-01'],
    ['1.1.00', 2025, '2000-01-01'],
    // The window moves with the years: in 2060 it is 2010–2109.
    ['1.1.10', 2060, '2010-01-01'],
    ['1.1.09', 2060, '2109-01-01'],
  ])('reads %j in %i as %j', (input, year, iso) => {
    expect(parseFinnishDate(input, new Date(year, 5, 15))).toBe(iso);
  });

  it('checks ISO dates strictly and gives today in local time', () => {
    expect(isIsoDate('2024-01-01')).toBe(true);
    expect(isIsoDate('2024-1-1')).toBe(false);
    expect(todayIso(new Date(2024, 0, 1, 23, 59))).toBe('2024-01-01');
  });
});

describe('agenda and section numbers', () => {
  it.each([['5', 5], [' 12 ', 12], ['9999', 9999], ['007', 7]])('parses %j', (input, number) => {
    expect(parseWholeNumber(input)).toBe(number);
  });

  it.each(['', '0', '5,5', '5.0', '-3', '10000', 'viisi', '§ 5'])('rejects %j', (input) => {
    expect(parseWholeNumber(input)).toBeNull();
  });

  it('accepts exactly what the item schema accepts', () => {
    for (const text of ['1', '9999', '0', '10000']) {
      const number = parseWholeNumber(text);
      const schemaAccepts = itemDraftSchema.shape.agendaNumber.safeParse(Number(text)).success;
      expect(number !== null, text).toBe(schemaAccepts);
    }
  });
});

describe('Finnish plurals on the Node side', () => {
  it('chooses key_one for 1 and key_other otherwise, like i18next in the UI', () => {
    expect(translate('items.list.count', { count: 1 })).toBe('1 asia');
    expect(translate('items.list.count', { count: 0 })).toBe('0 asiaa');
    expect(translate('cli.projects.countActive', { count: 1, date: '1.1.2024' })).toBe('1 hanke käynnissä 1.1.2024');
    expect(translate('cli.projects.countActive', { count: 27, date: '1.1.2024' })).toBe('27 hanketta käynnissä 1.1.2024');
    // A plain key still works, with or without a count.
    expect(translate('projects.totals.count', { count: 2 })).toBe('Hankkeita');
  });
});
