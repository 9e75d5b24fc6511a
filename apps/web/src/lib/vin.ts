/**
 * VIN check as it is typed (49 CFR 565: 17 characters, no I, O or Q, check digit in position 9
 * per 565.15(c)). Returns a plain-language hint, or null when the VIN is valid.
 */
const VALUES: Record<string, number> = {
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
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

export function expectedCheckDigit(vin: string): string {
  const sum = [...vin].reduce((total, ch, i) => total + (/\d/.test(ch) ? Number(ch) : (VALUES[ch] ?? 0)) * WEIGHTS[i], 0);
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

export function vinHint(raw: string, modelYear?: number): string | null {
  const vin = raw.trim().toUpperCase();
  if (!vin) return 'Enter the 17-character VIN from the windshield plate or the registration.';
  if (/[IOQ]/.test(vin)) return 'VINs never contain the letters I, O or Q: check for the digits 1 and 0.';
  if (/[^A-HJ-NPR-Z0-9]/.test(vin)) return 'Only letters and digits: no spaces or dashes.';
  if (vin.length < 17) return `${vin.length} of 17 characters so far.`;
  if (vin.length > 17) return `A VIN has 17 characters; this has ${vin.length}.`;
  if (modelYear !== undefined && modelYear < 1981) return null;
  const expected = expectedCheckDigit(vin);
  if (vin[8] !== expected)
    return `The check digit (9th character) should be ${expected} for the other characters: one of them is probably mistyped.`;
  return null;
}
