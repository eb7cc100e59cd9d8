import { describe, expect, it } from 'vitest';
import { emptyForm, formFromCopy, formFromProject, placeFormIssues, readForm } from './form-state';
import type { ProjectForm } from './form-state';

const form = (changes: Partial<ProjectForm>): ProjectForm => ({ ...emptyForm, nameFi: 'Hanke', ...changes });

describe('project form reading', () => {
  it.each([['12 500,50 €', 1250050], ['12500,5', 1250050], ['12500.5', 1250050], ['12\u00a0500 €', 1250000]])('reads money "%s" as %i cents', (typed, cents) => {
    const read = readForm(form({ granted: typed }));
    expect(read).toMatchObject({ ok: true, input: { grantedCents: cents } });
  });

  it('reads d.m.yyyy dates, percent and euro own shares, and drops empty partners', () => {
    const percent = readForm(form({ startDate: '1.8.2024', endDate: '31.7.2025', ownShare: '15,5 %', partners: ['Kannus', ' ', ''] }));
    expect(percent).toMatchObject({ ok: true, input: { startDate: '2024-08-01', endDate: '2025-07-31', ownShareValue: 1550, partners: ['Kannus'] } });
    const euros = readForm(form({ ownShareKind: 'euros', ownShare: '2 000,00 €' }));
    expect(euros).toMatchObject({ ok: true, input: { ownShareKind: 'euros', ownShareValue: 200000 } });
  });

  it('puts each problem on its own field', () => {
    const read = readForm(form({ nameFi: '  ', granted: '-100', totalBudget: 'paljon', ownShare: '120', startDate: '1.8.2025', endDate: '1.1.2025', decisionDate: '31.2.2025' }));
    expect(read).toEqual({
      ok: false,
      issues: {
        nameFi: 'validation.project.nameRequired',
        granted: 'validation.money.negative',
        totalBudget: 'validation.money.invalid',
        ownShare: 'validation.project.ownShareOver100',
        endDate: 'validation.project.endBeforeStart',
        decisionDate: 'validation.date.invalid',
      },
      unplaced: [],
    });
  });

  it('marks the very partner whose name is too long, counted as saved (blank ones are not)', () => {
    const read = readForm(form({ partners: ['', 'Kannus', ' ', 'x'.repeat(201)] }));
    expect(read).toEqual({ ok: false, issues: { partners: 'validation.text.tooLong', partnerAt: 1 }, unplaced: [] });
  });

  it('maps server field paths, including update\'s "input." prefix, to form fields, and keeps the rest for the alert', () => {
    expect(placeFormIssues([
      { path: 'input.grantedCents', message: 'validation.money.negative' },
      { path: 'ownShareValue', message: 'validation.project.ownShareOver100' },
      { path: 'input.partners.3', message: 'validation.text.tooLong' },
      { path: 'somethingElse', message: 'validation.invalid' },
      { path: 'id', message: 'validation.text.tooLong' },
      { path: 'partnership', message: 'validation.invalid' },
      { path: '', message: 'validation.invalid' },
    ])).toEqual({
      issues: { granted: 'validation.money.negative', ownShare: 'validation.project.ownShareOver100', partners: 'validation.text.tooLong', partnerAt: 3 },
      unplaced: ['validation.invalid', 'validation.text.tooLong'],
    });
    expect(placeFormIssues(undefined)).toEqual({ issues: {}, unplaced: [] });
  });

  it('shows a stored project back as a Finn types it, and reads it back unchanged', () => {
    const read = readForm(form({ granted: '12 500,50 €', ownShare: '15 %', startDate: '1.1.2024' }));
    if (!read.ok) throw new Error('expected a valid form');
    const project = { ...read.input, id: 'x', isSample: false, createdAt: '', updatedAt: '' };
    const shown = formFromProject(project);
    expect(shown.granted).toBe('12\u00a0500,50\u00a0€');
    expect(shown.startDate).toBe('1.1.2024');
    expect(readForm(shown)).toEqual(read);
  });

  it('fills a copy with every field of the original and "<nimi> (kopio)" as its name, within the name\'s 300 characters', () => {
    const read = readForm(form({ nameFi: 'Lukuinto', granted: '1 000 €', ownShare: '15 %', startDate: '1.8.2024', partners: ['Kannus'], description: 'Tavoite' }));
    if (!read.ok) throw new Error('expected a valid form');
    const original = { ...read.input, id: 'x', isSample: true, createdAt: '', updatedAt: '' };
    const copy = formFromCopy(original, '(kopio)');
    expect(copy).toEqual({ ...formFromProject(original), nameFi: 'Lukuinto (kopio)' });
    expect(readForm(copy)).toEqual({ ok: true, input: { ...read.input, nameFi: 'Lukuinto (kopio)' } });
    const long = formFromCopy({ ...original, nameFi: 'x'.repeat(300) }, '(kopio)');
    expect(long.nameFi).toHaveLength(300);
    expect(long.nameFi.endsWith(' (kopio)')).toBe(true);
    expect(readForm(long).ok).toBe(true);
  });
});
