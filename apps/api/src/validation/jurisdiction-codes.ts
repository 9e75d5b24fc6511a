import { IsIn, type ValidationOptions } from 'class-validator';
import { JURISDICTION_CODES } from '@lemon/state-rules';

/** The 50 states and DC: exactly the jurisdictions that have a rule pack. */
export { isJurisdictionCode, JURISDICTION_CODES, type JurisdictionCode } from '@lemon/state-rules';

export const JURISDICTION_MESSAGE = '$property must be one of the 50 US states or DC as a two-letter code';

/** Membership in JURISDICTION_CODES (exact, upper case: pair it with @ToUpperCase()). */
export function IsJurisdictionCode(validationOptions?: ValidationOptions): PropertyDecorator {
  return IsIn([...JURISDICTION_CODES], { message: JURISDICTION_MESSAGE, ...validationOptions });
}
