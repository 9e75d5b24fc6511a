import { Temporal } from 'temporal-polyfill';
import { compareLegalDates, daysBetweenLegalDates } from './legal-date';

/** Every day-of-month 00–32 of every month of a few years around leap and century rules, as strings. */
const candidates = (): string[] => {
  const days: string[] = [];
  for (const year of [1900, 1999, 2000, 2023, 2024, 2025, 2100])
    for (let month = 1; month <= 12; month++)
      for (let day = 0; day <= 32; day++) days.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  return days;
};
const temporal = (value: string) => {
  try {
    return Temporal.PlainDate.from(value);
  } catch {
    return undefined;
  }
};

describe('legal dates: the arithmetic answers are the Temporal answers', () => {
  const days = candidates();
  const anchors = ['2024-02-29', '2000-03-01', '1900-02-28', '2025-12-31', '2024-02-30', '2023-13-01', '2024-01-10T00:00'];

  it('compares every candidate day with each anchor as Temporal.PlainDate.compare does (invalid days constrained or refused alike)', () => {
    for (const a of anchors)
      for (const b of days) {
        const [ta, tb] = [temporal(a), temporal(b)];
        if (!ta || !tb) expect(() => compareLegalDates(a, b)).toThrow();
        else expect([a, b, compareLegalDates(a, b)]).toEqual([a, b, Temporal.PlainDate.compare(ta, tb)]);
      }
  });

  it('counts the days between every candidate and each anchor as Temporal does', () => {
    for (const a of anchors)
      for (const b of days) {
        const [ta, tb] = [temporal(a), temporal(b)];
        if (!ta || !tb) expect(() => daysBetweenLegalDates(a, b)).toThrow();
        else expect([a, b, daysBetweenLegalDates(a, b)]).toEqual([a, b, ta.until(tb, { largestUnit: 'days' }).days]);
      }
  });
});
