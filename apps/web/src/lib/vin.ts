import { checkVin, computeVinCheckDigit, VIN_CHECK_DIGIT_FIRST_MODEL_YEAR, VIN_LENGTH } from '@lemon/domain/vin';

/**
 * The VIN hint as it is typed, in plain words. The rule (49 CFR 565: 17 characters, no I, O or Q,
 * the check digit in position 9 per 565.15(c)) is the domain's own `checkVin`, the one the API
 * validates with; this only words it for someone still typing. Null when the VIN is valid.
 */
export function vinHint(raw: string, modelYear?: number): string | null {
  const vin = raw.trim().toUpperCase();
  if (!vin) return 'Enter the 17-character VIN from the windshield plate or the registration.';
  if (/[IOQ]/.test(vin)) return 'VINs never contain the letters I, O or Q: check for the digits 1 and 0.';
  if (/[^A-HJ-NPR-Z0-9]/.test(vin)) return 'Only letters and digits: no spaces or dashes.';
  if (vin.length < VIN_LENGTH) return `${vin.length} of ${VIN_LENGTH} characters so far.`;
  if (vin.length > VIN_LENGTH) return `A VIN has ${VIN_LENGTH} characters; this has ${vin.length}.`;
  const checkDigit = modelYear === undefined || modelYear >= VIN_CHECK_DIGIT_FIRST_MODEL_YEAR;
  if (checkVin(vin, { checkDigit }).valid) return null;
  return `The check digit (9th character) should be ${computeVinCheckDigit(vin)} for the other characters: one of them is probably mistyped.`;
}
