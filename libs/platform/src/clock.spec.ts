import { Temporal } from 'temporal-polyfill';
import { LegalDayFinder, todayIn } from './clock';

describe('the legal day of an instant, remembered between calls', () => {
  it('gives the same date as todayIn for every quarter hour through both daylight-saving changes, forwards and backwards', () => {
    for (const timeZone of ['America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu', 'UTC']) {
      const finder = new LegalDayFinder(timeZone);
      const instants: Temporal.Instant[] = [];
      // 2024-03-09 … 2024-03-12 (spring forward) and 2024-11-02 … 2024-11-05 (fall back), every 15 minutes.
      for (const start of ['2024-03-09T00:00:00Z', '2024-11-02T00:00:00Z'])
        for (let minutes = 0; minutes < 4 * 24 * 60; minutes += 15) instants.push(Temporal.Instant.from(start).add({ minutes }));
      for (const instant of [...instants, ...[...instants].reverse()]) {
        expect({ timeZone, instant: instant.toString(), date: finder.dateAt(instant) }).toEqual({
          timeZone,
          instant: instant.toString(),
          date: todayIn({ now: () => instant }, timeZone),
        });
      }
    }
  });

  it('moves to the next day at midnight in the zone, not in UTC', () => {
    const finder = new LegalDayFinder('America/New_York');
    expect(finder.dateAt(Temporal.Instant.from('2024-03-02T04:59:59.999Z'))).toBe('2024-03-01');
    expect(finder.dateAt(Temporal.Instant.from('2024-03-02T05:00:00Z'))).toBe('2024-03-02');
    expect(finder.dateAt(Temporal.Instant.from('2024-03-02T04:59:59.999Z'))).toBe('2024-03-01');
  });
});
