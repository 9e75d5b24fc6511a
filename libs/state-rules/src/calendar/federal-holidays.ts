import type { LegalDate } from '@lemon/domain';
import { addDays, isoDayOfWeek } from './legal-date';

/**
 * US federal holidays by rule, 5 U.S.C. 6103(a), with the in-lieu-of rule for a Monday-Friday
 * schedule (5 U.S.C. 6103(b); Executive Order 11582): a holiday on Saturday is observed on the
 * Friday before, one on Sunday on the Monday after. One-off closures by executive order (e.g. an
 * extra day at Christmas) are not statutory holidays and are not included.
 */

export interface FederalHoliday {
  name: string;
  /** The statutory date. */
  date: LegalDate;
  /** The weekday employees have off (equals `date` unless it falls on a weekend). */
  observed: LegalDate;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (year: number, month: number, day: number): LegalDate => `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;

/** The nth (1-based) given ISO weekday of a month. */
function nthWeekday(year: number, month: number, isoWeekday: number, n: number): LegalDate {
  const first = ymd(year, month, 1);
  const offset = (isoWeekday - isoDayOfWeek(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

/** The last given ISO weekday of a month. */
function lastWeekday(year: number, month: number, isoWeekday: number): LegalDate {
  const firstOfNext = month === 12 ? ymd(year + 1, 1, 1) : ymd(year, month + 1, 1);
  const last = addDays(firstOfNext, -1);
  const back = (isoDayOfWeek(last) - isoWeekday + 7) % 7;
  return addDays(last, -back);
}

function observedOn(date: LegalDate): LegalDate {
  const dow = isoDayOfWeek(date);
  if (dow === 6) return addDays(date, -1);
  if (dow === 7) return addDays(date, 1);
  return date;
}

const cache = new Map<number, readonly FederalHoliday[]>();

/** The federal holidays whose statutory date falls in `year`, in date order. */
export function federalHolidays(year: number): readonly FederalHoliday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const list: Array<[string, LegalDate]> = [["New Year's Day", ymd(year, 1, 1)]];
  // Birthday of Martin Luther King, Jr. was first observed in 1986 (Pub. L. 98-144).
  if (year >= 1986) list.push(['Birthday of Martin Luther King, Jr.', nthWeekday(year, 1, 1, 3)]);
  list.push(["Washington's Birthday", nthWeekday(year, 2, 1, 3)], ['Memorial Day', lastWeekday(year, 5, 1)]);
  // Juneteenth National Independence Day: added by Pub. L. 117-17 (2021).
  if (year >= 2021) list.push(['Juneteenth National Independence Day', ymd(year, 6, 19)]);
  list.push(
    ['Independence Day', ymd(year, 7, 4)],
    ['Labor Day', nthWeekday(year, 9, 1, 1)],
    ['Columbus Day', nthWeekday(year, 10, 1, 2)],
    ['Veterans Day', ymd(year, 11, 11)],
    ['Thanksgiving Day', nthWeekday(year, 11, 4, 4)],
    ['Christmas Day', ymd(year, 12, 25)],
  );
  const holidays = list.map(([name, date]) => ({ name, date, observed: observedOn(date) }));
  cache.set(year, holidays);
  return holidays;
}

/** True when `date` is a day off for federal employees (an observed federal holiday). */
export function isFederalHoliday(date: LegalDate): boolean {
  return federalHolidayOn(date) !== undefined;
}

const observedIndex = new Map<number, ReadonlyMap<LegalDate, FederalHoliday>>();

/** The holiday observed on `date`, if any (New Year's Day can be observed on Dec 31 of the year before). */
export function federalHolidayOn(date: LegalDate): FederalHoliday | undefined {
  const year = Number(date.slice(0, 4));
  let index = observedIndex.get(year);
  if (!index) {
    const entries = [...federalHolidays(year), ...federalHolidays(year + 1)]
      .filter((h) => h.observed.startsWith(`${String(year).padStart(4, '0')}-`))
      .map((h) => [h.observed, h] as const);
    index = new Map(entries);
    observedIndex.set(year, index);
  }
  return index.get(date);
}
