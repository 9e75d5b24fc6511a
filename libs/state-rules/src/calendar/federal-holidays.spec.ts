import { federalHolidays, federalHolidayOn, isFederalHoliday } from './federal-holidays';

// Published OPM federal holiday schedules (observed dates) for 2024, 2025 and 2026.
const KNOWN: Record<number, string[]> = {
  2024: [
    '2024-01-01',
    '2024-01-15',
    '2024-02-19',
    '2024-05-27',
    '2024-06-19',
    '2024-07-04',
    '2024-09-02',
    '2024-10-14',
    '2024-11-11',
    '2024-11-28',
    '2024-12-25',
  ],
  2025: [
    '2025-01-01',
    '2025-01-20',
    '2025-02-17',
    '2025-05-26',
    '2025-06-19',
    '2025-07-04',
    '2025-09-01',
    '2025-10-13',
    '2025-11-11',
    '2025-11-27',
    '2025-12-25',
  ],
  2026: [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ],
};

describe('US federal holidays (5 U.S.C. 6103)', () => {
  it.each(Object.entries(KNOWN))('observed dates for %s match the published schedule', (year, dates) => {
    expect(federalHolidays(Number(year)).map((h) => h.observed)).toEqual(dates);
    for (const d of dates) expect(isFederalHoliday(d)).toBe(true);
  });

  it('moves a Saturday holiday to Friday and a Sunday holiday to Monday', () => {
    const july4th2026 = federalHolidays(2026).find((h) => h.name === 'Independence Day');
    expect(july4th2026).toEqual({ name: 'Independence Day', date: '2026-07-04', observed: '2026-07-03' });
    expect(isFederalHoliday('2026-07-04')).toBe(false); // the Saturday itself is a weekend day, not the holiday off
    expect(federalHolidays(2023).find((h) => h.name === "New Year's Day")?.observed).toBe('2023-01-02');
    expect(federalHolidays(2022).find((h) => h.name === 'Juneteenth National Independence Day')?.observed).toBe('2022-06-20');
  });

  it("observes New Year's Day 2022 (a Saturday) on Friday 2021-12-31", () => {
    expect(federalHolidayOn('2021-12-31')?.name).toBe("New Year's Day");
  });

  it('has Juneteenth only from 2021 and MLK Day only from 1986', () => {
    expect(federalHolidays(2020).some((h) => h.name.startsWith('Juneteenth'))).toBe(false);
    expect(federalHolidays(2021).some((h) => h.name.startsWith('Juneteenth'))).toBe(true);
    expect(federalHolidays(1985).some((h) => h.name.includes('King'))).toBe(false);
    expect(federalHolidays(1986).length).toBe(10);
  });

  it('is not a holiday on ordinary days', () => {
    expect(isFederalHoliday('2024-11-29')).toBe(false); // day after Thanksgiving
    expect(isFederalHoliday('2024-12-24')).toBe(false); // executive-order closure, not statutory
  });
});
