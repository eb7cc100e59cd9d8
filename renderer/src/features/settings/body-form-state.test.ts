import { describe, expect, it } from 'vitest';
import type { Body } from '../../../../shared/domain/body';
import { bodyFormOf, bodyInputOf, localIssues } from './body-form-state';

let counter = 0;
const key = () => { counter += 1; return `k${String(counter)}`; };

const body: Body = {
  id: 'b1',
  name: 'Sivistyslautakunta',
  nameSv: 'Bildningsnämnden',
  defaultPlace: 'Kunnantalo',
  termStart: '2021-08-01',
  termEnd: '2025-05-31',
  members: [{ id: 'm1', name: 'Aino', role: 'puheenjohtaja', deputyName: 'Bea' }],
  others: [{ id: 'o1', name: 'Mikko', title: 'sivistysjohtaja', role: 'esittelija' }],
  sectionStarts: { '2025': 40, '2024': 12 },
  isSample: false,
  createdAt: '',
  updatedAt: 'u1',
};

describe('body editor form', () => {
  it('shows dates as d.m.yyyy and the yearly first § in year order, and gives back the same body', () => {
    const form = bodyFormOf(body, key);
    expect(form.termStart).toBe('1.8.2021');
    expect(form.sectionStarts.map((row) => [row.year, row.first])).toEqual([['2024', '12'], ['2025', '40']]);
    expect(localIssues(form)).toEqual({});
    expect(bodyInputOf(form, body.id, body.updatedAt)).toMatchObject({ termStart: '2021-08-01', termEnd: '2025-05-31', sectionStarts: { '2024': 12, '2025': 40 }, expectedUpdatedAt: 'u1' });
  });

  it('finds a bad date, a bad year, the same year twice and a first § below 1 before sending', () => {
    const form = bodyFormOf(body, key);
    form.termEnd = '31.2.2025';
    form.sectionStarts = [
      { key: 'a', year: '2024', first: '5' },
      { key: 'b', year: '2024', first: '0' },
      { key: 'c', year: '24', first: '3' },
    ];
    expect(localIssues(form)).toEqual({
      termEnd: 'meetings.bodies.dateInvalid',
      'sectionStarts.1.year': 'meetings.bodies.yearTwice',
      'sectionStarts.1.first': 'meetings.bodies.numberInvalid',
      'sectionStarts.2.year': 'meetings.bodies.yearInvalid',
    });
  });
});
