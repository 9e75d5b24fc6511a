import type { LegalDate } from '@lemon/domain';
import { Temporal } from 'temporal-polyfill';

/**
 * Legal dates are ISO calendar dates without a time zone. Month arithmetic goes through
 * Temporal.PlainDate; day arithmetic uses integer "epoch days" (days since 1970-01-01),
 * which keeps interval counting fast and free of any clock or time-zone read.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in month `m` (1-12) of year `y`, proleptic Gregorian (as Temporal's ISO calendar). */
const daysInMonth = (y: number, m: number): number => (m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]);

/**
 * A yyyy-mm-dd string naming a day that exists (2024-02-30 does not): the same answer as
 * Temporal.PlainDate.from(value, { overflow: 'reject' }), by arithmetic. The evaluators ask this
 * of every date of every record, so it must not parse through the Temporal polyfill.
 */
export function isLegalDate(value: unknown): value is LegalDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(value.slice(0, 4)), m);
}

/** Parses yyyy-mm-dd strictly (2024-02-30 is rejected, not clamped). */
export function parseLegalDate(value: LegalDate): Temporal.PlainDate {
  if (!ISO_DATE.test(value)) throw new RangeError(`not a legal date (yyyy-mm-dd): ${value}`);
  return Temporal.PlainDate.from(value, { overflow: 'reject' });
}

export function formatLegalDate(date: Temporal.PlainDate): LegalDate {
  return date.toString();
}

/** Civil date -> days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil). */
export function toEpochDay(date: LegalDate): number {
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 -> civil date (H. Hinnant's civil_from_days). */
export function fromEpochDay(epochDay: number): LegalDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(date: LegalDate, days: number): LegalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Adds calendar months; a day that does not exist in the target month is clamped to its last
 * day (Aug 31 + 6 months = Feb 28, or Feb 29 in a leap year), Temporal's `overflow: 'constrain'`.
 */
export function addMonthsClamped(date: LegalDate, months: number): LegalDate {
  if (!isLegalDate(date)) parseLegalDate(date); // throws the RangeError parseLegalDate gives
  const total = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  if (y < 0 || y > 9999) return formatLegalDate(parseLegalDate(date).add({ months }, { overflow: 'constrain' })); // outside yyyy: Temporal's own form
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LegalDate, to: LegalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** ISO yyyy-mm-dd strings order lexicographically like the dates they name. */
export function compareLegalDates(a: LegalDate, b: LegalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minLegalDate(a: LegalDate, b: LegalDate): LegalDate {
  return a <= b ? a : b;
}

export function maxLegalDate(a: LegalDate, b: LegalDate): LegalDate {
  return a >= b ? a : b;
}

/** ISO day of week: 1 = Monday ... 7 = Sunday. */
export function isoDayOfWeek(date: LegalDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
}
