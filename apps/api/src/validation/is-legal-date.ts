import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

/** The only accepted shape of a legal date: ISO calendar date, no time, no zone. */
export const LEGAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The same pattern as a string, for OpenAPI `pattern`. */
export const LEGAL_DATE_PATTERN_SOURCE = '^\\d{4}-\\d{2}-\\d{2}$';

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * True for a 'YYYY-MM-DD' string naming a real day of the (proleptic Gregorian) calendar:
 * '2024-02-29' yes; '2023-02-29', '2024-02-30', '2024-1-5', '2024-01-05T00:00:00Z', '0000-01-01' no.
 */
export const isLegalDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const match = LEGAL_DATE_PATTERN.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= daysInMonth;
};

export const IS_LEGAL_DATE = 'isLegalDate';

/**
 * The property is a legal date (see `isLegalDate`). Works with `{ each: true }` for arrays.
 * Message: "<property> must be a calendar date formatted YYYY-MM-DD".
 */
export function IsLegalDate(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_LEGAL_DATE,
      validator: {
        validate: (value): boolean => isLegalDate(value),
        defaultMessage: buildMessage(
          (eachPrefix) => `${eachPrefix}$property must be a calendar date formatted YYYY-MM-DD`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
