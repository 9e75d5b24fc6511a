import type { LegalDate } from '@lemon/domain';
import { isFederalHoliday } from './federal-holidays';
import { addDays, isoDayOfWeek, toEpochDay, fromEpochDay } from './legal-date';

/**
 * How a statute counts days.
 * - `calendar`: every day.
 * - `business`: Monday-Friday except US federal holidays (5 U.S.C. 6103). Statutes that say
 *   "business days" rarely define them; federal holidays are the one calendar that is the same
 *   everywhere. State holidays are not included (see README).
 * - `working`: Mississippi and Missouri say "working days" without a definition in the
 *   reference material; we count them like business days and flag every use as an
 *   interpretation (low confidence) until counsel confirms.
 * - `business_mon_sat`: Monday-Saturday except US federal holidays, for statutes whose business
 *   day is "a day other than Sunday or a legal holiday" (Indiana, IC 24-5-13-2). State-only
 *   legal holidays are not included, as for `business`.
 */
export type DayType = 'calendar' | 'business' | 'working' | 'business_mon_sat';

export const DAY_TYPES: readonly DayType[] = ['calendar', 'business', 'working', 'business_mon_sat'];

export const DAY_TYPE_DEFINITIONS: Readonly<Record<DayType, string>> = {
  calendar: 'Every day of the year.',
  business: 'Monday to Friday, except US federal holidays as observed (5 U.S.C. 6103).',
  working:
    'Not defined in the reference material for MS or MO; counted as Monday to Friday except US federal holidays, and flagged as an interpretation.',
  business_mon_sat: 'Monday to Saturday, except US federal holidays as observed (a day other than Sunday or a legal holiday).',
};

/** The adjective a sentence puts before "day(s)": "30 business days", "30 Monday-to-Saturday business days". */
export const DAY_TYPE_WORDS: Readonly<Record<DayType, string>> = {
  calendar: 'calendar',
  business: 'business',
  working: 'working',
  business_mon_sat: 'Monday-to-Saturday business',
};

export function isCountableDay(date: LegalDate, dayType: DayType): boolean {
  if (dayType === 'calendar') return true;
  const dow = isoDayOfWeek(date);
  const lastCountedWeekday = dayType === 'business_mon_sat' ? 6 : 5;
  return dow <= lastCountedWeekday && !isFederalHoliday(date);
}

/** Counts the days of `dayType` from `from` to `to`, both included (0 when `to` < `from`). */
export function countDaysOfType(from: LegalDate, to: LegalDate, dayType: DayType): number {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  if (end < start) return 0;
  if (dayType === 'calendar') return end - start + 1;
  let n = 0;
  for (let d = start; d <= end; d++) if (isCountableDay(fromEpochDay(d), dayType)) n++;
  return n;
}

/**
 * The date `n` days of `dayType` after `date` (the start day itself is not counted, as in
 * "within 10 business days after receipt"). `n = 0` returns `date`. Negative `n` counts back.
 */
export function addDaysOfType(date: LegalDate, n: number, dayType: DayType): LegalDate {
  if (dayType === 'calendar' || n === 0) return addDays(date, n);
  const step = n > 0 ? 1 : -1;
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (isCountableDay(current, dayType)) remaining--;
  }
  return current;
}

export function addBusinessDays(date: LegalDate, n: number): LegalDate {
  return addDaysOfType(date, n, 'business');
}
