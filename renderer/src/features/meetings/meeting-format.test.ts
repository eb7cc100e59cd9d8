import { describe, expect, it } from 'vitest';
import { dropTarget, isInSessionOrLater, keyboardMoveTarget, nextMeetingNumber, statusSteps } from './meeting-format';

describe('meeting screens: pure rules', () => {
  it('numbers a new meeting after the body\'s highest number of that year only', () => {
    const meetings = [
      { bodyId: 'a', year: 2024, number: 1 },
      { bodyId: 'a', year: 2024, number: 3 },
      { bodyId: 'b', year: 2024, number: 7 },
      { bodyId: 'a', year: 2023, number: 12 },
    ];
    expect(nextMeetingNumber(meetings, 'a', 2024)).toBe(4);
    expect(nextMeetingNumber(meetings, 'b', 2024)).toBe(8);
    expect(nextMeetingNumber(meetings, 'a', 2025)).toBe(1);
  });

  it('offers one step forward and one back, none back once the minutes are checked', () => {
    expect(statusSteps('suunniteltu')).toEqual({ forward: 'esityslista_lahetetty', back: null });
    expect(statusSteps('kokouksessa')).toEqual({ forward: 'paattynyt', back: 'esityslista_lahetetty' });
    expect(statusSteps('paattynyt')).toEqual({ forward: 'tarkastettu', back: 'kokouksessa' });
    expect(statusSteps('tarkastettu')).toEqual({ forward: 'julkaistu', back: null });
    expect(statusSteps('julkaistu')).toEqual({ forward: null, back: null });
    expect(isInSessionOrLater('esityslista_lahetetty')).toBe(false);
    expect(isInSessionOrLater('kokouksessa')).toBe(true);
  });

  it('moves a row by Alt+arrows and Alt+Home/End within the list, nothing without Alt or past the ends', () => {
    expect(keyboardMoveTarget('ArrowUp', true, 2, 5)).toBe(1);
    expect(keyboardMoveTarget('ArrowDown', true, 2, 5)).toBe(3);
    expect(keyboardMoveTarget('Home', true, 2, 5)).toBe(0);
    expect(keyboardMoveTarget('End', true, 2, 5)).toBe(4);
    expect(keyboardMoveTarget('ArrowDown', false, 2, 5)).toBeNull();
    expect(keyboardMoveTarget('ArrowUp', true, 0, 5)).toBeNull();
    expect(keyboardMoveTarget('ArrowDown', true, 4, 5)).toBeNull();
    expect(keyboardMoveTarget('x', true, 2, 5)).toBeNull();
    expect(dropTarget(0, 3, 5)).toBe(3);
    expect(dropTarget(3, 3, 5)).toBeNull();
  });
});
