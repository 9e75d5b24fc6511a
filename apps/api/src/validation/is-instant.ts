import { isLegalDate } from './is-legal-date';

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 instant with a zone ('2024-06-01T12:00:00Z', '…+02:00') as a Date, or undefined
 * when it names no real moment. `Date.parse` alone rolls '2024-02-30T…' over to 1 March; here the
 * calendar date, the clock time and the offset are each checked.
 */
export const parseInstant = (value: unknown): Date | undefined => {
  if (typeof value !== 'string') return undefined;
  const match = INSTANT.exec(value);
  if (!match) return undefined;
  const [, date, hours, minutes, seconds = '00', , zone, , offsetHours = '00', offsetMinutes = '00'] = match;
  if (!isLegalDate(date)) return undefined;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  if (zone !== 'Z' && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return undefined;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
};
