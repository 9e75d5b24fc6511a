/** The 50 states and the District of Columbia, by USPS code. */
export const JURISDICTION_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC',
  'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
] as const;

export type JurisdictionCode = (typeof JURISDICTION_CODES)[number];

const CODE_SET: ReadonlySet<string> = new Set(JURISDICTION_CODES);

export function isJurisdictionCode(value: unknown): value is JurisdictionCode {
  return typeof value === 'string' && CODE_SET.has(value);
}
