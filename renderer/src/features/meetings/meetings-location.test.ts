import { describe, expect, it } from 'vitest';
import { parseLocation } from './meetings-location';

describe('the meetings address', () => {
  it('reads the year, the open meeting and its view; a bad year falls back, a view without a meeting is kept but unused', () => {
    expect(parseLocation('year=2024&meeting=abc&view=agenda', 2026)).toEqual({ year: 2024, meetingId: 'abc', view: 'agenda' });
    expect(parseLocation('year=24', 2026)).toEqual({ year: 2026, meetingId: null, view: null });
    expect(parseLocation('', 2025)).toEqual({ year: 2025, meetingId: null, view: null });
    expect(parseLocation('year=2024&meeting=&view=other', 2026)).toEqual({ year: 2024, meetingId: null, view: null });
  });
});
