import { IsIn, type ValidationOptions } from 'class-validator';

/** The 50 states and the District of Columbia, by USPS code: the jurisdictions a case may be opened in. */
export const JURISDICTION_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC',
  'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
] as const;

export type JurisdictionCode = (typeof JURISDICTION_CODES)[number];

const CODES: ReadonlySet<string> = new Set(JURISDICTION_CODES);

export const isJurisdictionCode = (value: unknown): value is JurisdictionCode =>
  typeof value === 'string' && CODES.has(value);

export const JURISDICTION_MESSAGE = '$property must be one of the 50 US states or DC as a two-letter code';

/** Membership in JURISDICTION_CODES (exact, upper case: pair it with @ToUpperCase()). */
export function IsJurisdictionCode(validationOptions?: ValidationOptions): PropertyDecorator {
  return IsIn([...JURISDICTION_CODES], { message: JURISDICTION_MESSAGE, ...validationOptions });
}
