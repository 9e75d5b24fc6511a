/**
 * Vehicle Identification Numbers (49 CFR Part 565): 17 characters, capital letters and digits,
 * never I, O or Q, with a check digit in position 9 (49 CFR 565.15(c)).
 * Pure and dependency-free: the API's validators and the web app's as-you-type hint both use it.
 */
export const VIN_LENGTH = 17;
/** 49 CFR 565 (17-character VIN with a check digit) applies from model year 1981. */
export const VIN_CHECK_DIGIT_FIRST_MODEL_YEAR = 1981;
/** Position (1-based) of the check digit. */
export const VIN_CHECK_DIGIT_POSITION = 9;

export type VinCheck = { valid: true } | { valid: false; reason: string };

export interface CheckVinOptions {
  /** Verify the check digit (position 9). Default true; false for pre-1981 model years. */
  checkDigit?: boolean;
  /** Name used at the start of the reason; default 'vin' (the decorator passes the property name). */
  label?: string;
}

/** 49 CFR 565.15(c) Table IV: assigned values of letters (digits stand for themselves). */
const TRANSLITERATION: Readonly<Record<string, number>> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
/** 49 CFR 565.15(c) Table V: weight factor of each position (position 9, the check digit, weighs 0). */
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

const valueOf = (character: string): number => (character >= '0' && character <= '9' ? Number(character) : TRANSLITERATION[character]);

/**
 * The check digit a 17-character VIN of valid characters must carry in position 9: '0'-'9', or
 * 'X' when the weighted sum leaves a remainder of 10 when divided by 11.
 */
export const computeVinCheckDigit = (vin: string): string => {
  if (vin.length !== VIN_LENGTH || !/^[A-HJ-NPR-Z0-9]+$/.test(vin)) {
    throw new RangeError(`cannot compute a check digit for ${JSON.stringify(vin)}: not 17 valid VIN characters`);
  }
  let sum = 0;
  for (let index = 0; index < VIN_LENGTH; index += 1) sum += valueOf(vin[index]) * WEIGHTS[index];
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
};

const lookalike = (letter: string): string => (letter === 'I' ? '1' : '0');

/**
 * Checks a VIN and explains the first problem found. Pure; input must already be in capitals
 * (the DTOs upper-case with @ToUpperCase before validating; lower case here is reported).
 */
export const checkVin = (vin: unknown, options: CheckVinOptions = {}): VinCheck => {
  const label = options.label ?? 'vin';
  const checkDigit = options.checkDigit ?? true;
  if (typeof vin !== 'string') {
    return { valid: false, reason: `${label} must be a string of ${VIN_LENGTH} capital letters and digits` };
  }
  const characters = [...vin];
  if (characters.length !== VIN_LENGTH) {
    return {
      valid: false,
      reason: `${label} must be exactly ${VIN_LENGTH} characters, but it has ${characters.length}`,
    };
  }
  for (let index = 0; index < VIN_LENGTH; index += 1) {
    const character = characters[index];
    const position = index + 1;
    const upper = character.toUpperCase();
    if (upper === 'I' || upper === 'O' || upper === 'Q') {
      return {
        valid: false,
        reason: `${label} must not contain the letter ${upper} (found '${character}' at position ${position}): VINs never use I, O or Q; did you mean ${lookalike(upper)}?`,
      };
    }
    if (character >= 'a' && character <= 'z') {
      return {
        valid: false,
        reason: `${label} must be written in capital letters: position ${position} is '${character}', use '${upper}'`,
      };
    }
    if (!/^[A-Z0-9]$/.test(character)) {
      return {
        valid: false,
        reason: `${label} may contain only capital letters and digits: position ${position} is ${JSON.stringify(character)}`,
      };
    }
  }
  if (!checkDigit) return { valid: true };
  const actual = vin[VIN_CHECK_DIGIT_POSITION - 1];
  if (!/^[0-9X]$/.test(actual)) {
    return {
      valid: false,
      reason: `${label} position ${VIN_CHECK_DIGIT_POSITION} is the check digit and must be a digit or X, not '${actual}': the VIN is mistyped`,
    };
  }
  const expected = computeVinCheckDigit(vin);
  if (actual !== expected) {
    return {
      valid: false,
      reason: `${label} check digit is ${expected} but position ${VIN_CHECK_DIGIT_POSITION} is ${actual}: the VIN is mistyped`,
    };
  }
  return { valid: true };
};
