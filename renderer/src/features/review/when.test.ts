import { describe, expect, it } from 'vitest';
import { whenParts } from './when';

describe('when a review step was taken', () => {
  it('reads as the Finnish date and a dotted time in local time', () => {
    const local = new Date(2024, 0, 12, 14, 5);
    expect(whenParts(local.toISOString())).toEqual({ date: '12.1.2024', time: '14.05' });
    expect(whenParts(new Date(2024, 10, 3, 9, 0).toISOString())).toEqual({ date: '3.11.2024', time: '9.00' });
  });

  it('says nothing of a time it cannot read', () => {
    expect(whenParts('')).toBeNull();
    expect(whenParts('eilen')).toBeNull();
  });
});
