import { describe, expect, it } from 'vitest';
import { appendEarlierHandling, earlierHandlingLine, firstSectionNumber, nextSectionNumber, numberSections, sectionRangeText } from '../../../shared/domain/meeting-rules';

describe('nextSectionNumber', () => {
  it('starts a body’s year at 1', () => {
    expect(nextSectionNumber([], {}, 2024)).toBe(1);
  });

  it('continues after the highest § the body used that year, whatever order they come in', () => {
    expect(nextSectionNumber([9, 1, 8, 3], {}, 2024)).toBe(10);
  });

  it('starts at the year’s configured first § and ignores other years’ starts', () => {
    expect(nextSectionNumber([], { '2024': 41, '2023': 7 }, 2024)).toBe(41);
    expect(nextSectionNumber([], { '2023': 7 }, 2024)).toBe(1);
    expect(nextSectionNumber([41, 42], { '2024': 41 }, 2024)).toBe(43);
  });
});

describe('numberSections', () => {
  it('numbers the §§ in the given order from the first number', () => {
    expect(numberSections(['a', 'b', 'c'], 9)).toEqual([
      { sectionId: 'a', sectionNumber: 9 },
      { sectionId: 'b', sectionNumber: 10 },
      { sectionId: 'c', sectionNumber: 11 },
    ]);
  });

  it('renumbers after a reorder from the meeting’s own first §', () => {
    const before = numberSections(['a', 'b', 'c', 'd'], 9);
    const first = firstSectionNumber(before.map((entry) => entry.sectionNumber));
    expect(first).toBe(9);
    expect(numberSections(['a', 'c', 'd', 'b'], first!).map((entry) => `${entry.sectionId}${String(entry.sectionNumber)}`)).toEqual(['a9', 'c10', 'd11', 'b12']);
    expect(firstSectionNumber([null, null])).toBeNull();
  });

  it('writes the range for "Asiat §§ 1–8"', () => {
    expect(sectionRangeText([3, 1, 8, null])).toBe('1–8');
    expect(sectionRangeText([5])).toBe('5');
    expect(sectionRangeText([null])).toBe('');
  });
});

describe('earlier handling', () => {
  it('writes "Sivistyslautakunta 23.1.2024 § 5"', () => {
    expect(earlierHandlingLine('Sivistyslautakunta', '2024-01-23', 5)).toBe('Sivistyslautakunta 23.1.2024 § 5');
  });

  it('adds the line on a new line, once', () => {
    const line = 'Sivistyslautakunta 23.1.2024 § 5';
    expect(appendEarlierHandling('', line)).toBe(line);
    expect(appendEarlierHandling('KH 20.6.2023 § 156', line)).toBe(`KH 20.6.2023 § 156\n${line}`);
    expect(appendEarlierHandling(`KH 20.6.2023 § 156\n${line}`, line)).toBe(`KH 20.6.2023 § 156\n${line}`);
  });
});
