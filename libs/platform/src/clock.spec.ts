import { Temporal } from 'temporal-polyfill';
import { epochMillisecondsOf, LegalDayFinder, systemClock, todayIn } from './clock';

describe('the legal day of an instant, remembered between calls', () => {
  it('gives the same date as todayIn for every quarter hour through both daylight-saving changes, forwards and backwards', () => {
    for (const timeZone of ['America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu', 'UTC']) {
      const finder = new LegalDayFinder(timeZone);
      const instants: Temporal.Instant[] = [];
      // 2024-03-09 … 2024-03-12 (spring forward) and 2024-11-02 … 2024-11-05 (fall back), every 15 minutes.
      for (const start of ['2024-03-09T00:00:00Z', '2024-11-02T00:00:00Z'])
        for (let minutes = 0; minutes < 4 * 24 * 60; minutes += 15) instants.push(Temporal.Instant.from(start).add({ minutes }));
      for (const instant of [...instants, ...[...instants].reverse()]) {
        expect({ timeZone, instant: instant.toString(), date: finder.dateAt(instant.epochMilliseconds) }).toEqual({
          timeZone,
          instant: instant.toString(),
          date: todayIn({ now: () => instant }, timeZone),
        });
      }
    }
  });

  it('moves to the next day at midnight in the zone, not in UTC', () => {
    const finder = new LegalDayFinder('America/New_York');
    expect(finder.dateAt(Temporal.Instant.from('2024-03-02T04:59:59.999Z').epochMilliseconds)).toBe('2024-03-01');
    expect(finder.dateAt(Temporal.Instant.from('2024-03-02T05:00:00Z').epochMilliseconds)).toBe('2024-03-02');
    expect(finder.dateAt(Temporal.Instant.from('2024-03-02T04:59:59.999Z').epochMilliseconds)).toBe('2024-03-01');
  });
});

describe('the clock in epoch milliseconds', () => {
  it('is the system clock’s own instant, and any other clock’s instant when it has no fast path', () => {
    const before = Date.now();
    const system = epochMillisecondsOf(systemClock);
    expect(system).toBeGreaterThanOrEqual(before);
    expect(system).toBeLessThanOrEqual(Date.now());
    expect(Math.abs(systemClock.now().epochMilliseconds - system)).toBeLessThan(1_000);
    const fixed = Temporal.Instant.from('2024-03-01T15:00:00Z');
    expect(epochMillisecondsOf({ now: () => fixed })).toBe(fixed.epochMilliseconds);
  });
});
