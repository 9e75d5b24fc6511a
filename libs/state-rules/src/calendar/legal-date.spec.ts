import { Temporal } from 'temporal-polyfill';
import { addDays, addMonthsClamped, daysBetween, fromEpochDay, isLegalDate, isoDayOfWeek, parseLegalDate, toEpochDay } from './legal-date';

describe('legal dates', () => {
  it('parses strictly and formats back', () => {
    expect(parseLegalDate('2024-02-29').toString()).toBe('2024-02-29');
    expect(() => parseLegalDate('2023-02-29')).toThrow();
    expect(() => parseLegalDate('2024-2-9')).toThrow();
    expect(isLegalDate('2024-13-01')).toBe(false);
    expect(isLegalDate('2024-12-31')).toBe(true);
    expect(isLegalDate(20241231)).toBe(false);
  });

  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
  ])('epoch day of %s is %d and back', (date, n) => {
    expect(toEpochDay(date)).toBe(n);
    expect(fromEpochDay(n)).toBe(date);
  });

  it('round-trips every day of 1999-2031 through epoch days', () => {
    for (let d = toEpochDay('1999-01-01'); d <= toEpochDay('2031-12-31'); d += 1) {
      expect(toEpochDay(fromEpochDay(d))).toBe(d);
    }
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2024-01-10', '2024-02-09')).toBe(30);
  });

  it.each([
    // [start, months, expected] — month-end clamping (Temporal overflow: 'constrain')
    ['2023-08-31', 6, '2024-02-29'], // leap year
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-01-10', 18, '2025-07-10'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-05-31', -3, '2024-02-29'],
  ])('%s + %d months = %s', (start, months, expected) => {
    expect(addMonthsClamped(start, months)).toBe(expected);
  });

  it('answers as Temporal does, by arithmetic: validity of every day-of-month 00-32 of 1899-2101, and month additions with clamping', () => {
    const temporalValid = (s: string) => {
      try {
        Temporal.PlainDate.from(s, { overflow: 'reject' });
        return true;
      } catch {
        return false;
      }
    };
    for (const y of [1899, 1900, 1999, 2000, 2023, 2024, 2025, 2028, 2100, 2101]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect([s, isLegalDate(s)]).toEqual([s, temporalValid(s)]);
          if (temporalValid(s)) {
            for (const months of [-25, -12, -1, 1, 6, 12, 18, 24, 48, 120]) {
              const expected = Temporal.PlainDate.from(s).add({ months }, { overflow: 'constrain' }).toString();
              expect([s, months, addMonthsClamped(s, months)]).toEqual([s, months, expected]);
            }
          }
        }
      }
    }
    expect(() => addMonthsClamped('2023-02-29', 1)).toThrow(RangeError);
  });

  it('knows the ISO day of week', () => {
    expect(isoDayOfWeek('2024-01-01')).toBe(1); // Monday
    expect(isoDayOfWeek('2026-07-04')).toBe(6); // Saturday
    expect(isoDayOfWeek('2024-11-28')).toBe(4); // Thanksgiving, Thursday
    expect(isoDayOfWeek('2023-12-31')).toBe(7);
  });
});
