import { Temporal } from 'temporal-polyfill';
import type { LegalDate } from '../case/case.events';
import { ruleViolation } from './domain-error';

/**
 * Parses an ISO calendar date (yyyy-mm-dd). Shapes are validated at the HTTP edge; this guard
 * only keeps a malformed date from surfacing as a RangeError deep inside a rule.
 */
export const parseLegalDate = (value: LegalDate, field: string): Temporal.PlainDate => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw ruleViolation(`${field} "${value}" is not a calendar date (yyyy-mm-dd)`, field);
  }
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw ruleViolation(`${field} "${value}" is not a calendar date (yyyy-mm-dd)`, field);
  }
};

/** Negative when a is earlier than b, 0 on the same day, positive when a is later. */
export const compareLegalDates = (a: LegalDate, b: LegalDate): number =>
  Temporal.PlainDate.compare(Temporal.PlainDate.from(a), Temporal.PlainDate.from(b));

export const isBefore = (a: LegalDate, b: LegalDate): boolean => compareLegalDates(a, b) < 0;
export const isAfter = (a: LegalDate, b: LegalDate): boolean => compareLegalDates(a, b) > 0;

/** Calendar year of a legal date. */
export const yearOf = (date: LegalDate): number => Temporal.PlainDate.from(date).year;

/** 12400 -> "12,400": fixed US grouping, independent of the runtime's locale data. */
export const formatMiles = (miles: number): string => {
  const [whole, fraction] = String(miles).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
};

/** Whole days from a to b (negative when b is earlier). */
export const daysBetweenLegalDates = (a: LegalDate, b: LegalDate): number =>
  Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days;
