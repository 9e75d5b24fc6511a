import { checkVin, computeVinCheckDigit, VIN_CHECK_DIGIT_FIRST_MODEL_YEAR } from './vin';

const reasonOf = (vin: unknown, options?: Parameters<typeof checkVin>[1]): string => {
  const result = checkVin(vin, options);
  if (result.valid) throw new Error(`expected ${String(vin)} to be invalid`);
  return result.reason;
};

describe('checkVin', () => {
  describe('valid VINs (check digits verified by 49 CFR 565.15)', () => {
    it.each([
      // Classic textbook example: weighted sum 351 = 31 * 11 + 10, so the check digit is X.
      ['1M8GDM9AXKP042788', 'X'],
      // All ones: sum of the weights is 89 = 8 * 11 + 1.
      ['11111111111111111', '1'],
      ['1HGCM82633A004352', '3'], // sum 311 = 28 * 11 + 3
      ['WBA8E9G54GNU12345', '4'], // sum 400 = 36 * 11 + 4
      ['5YJ3E1EA2KF317000', '2'], // sum 288 = 26 * 11 + 2
      ['1FTFW1ET9DFC10312', '9'], // sum 295 = 26 * 11 + 9
      ['JH4KA9659MC000000', '9'], // sum 251 = 22 * 11 + 9
      ['2HGFC2F5XJH501234', 'X'], // sum 362 = 32 * 11 + 10
    ])('%s is valid (check digit %s)', (vin, digit) => {
      expect(computeVinCheckDigit(vin)).toBe(digit);
      expect(vin[8]).toBe(digit);
      expect(checkVin(vin)).toEqual({ valid: true });
    });
  });

  describe('length', () => {
    it.each([
      ['', 0],
      ['1M8GDM9AXKP04278', 16],
      ['1M8GDM9AXKP0427880', 18],
    ])('%j is rejected: it has %i characters', (vin, length) => {
      expect(reasonOf(vin)).toBe(`vin must be exactly 17 characters, but it has ${length}`);
    });

    it('rejects a non-string', () => {
      expect(reasonOf(12345678901234567)).toBe('vin must be a string of 17 capital letters and digits');
      expect(reasonOf(undefined)).toMatch(/must be a string/);
    });
  });

  describe('characters', () => {
    it.each([
      ['1M8GDM9AXKP0427I8', 'I', 16, '1'],
      ['OM8GDM9AXKP042788', 'O', 1, '0'],
      ['1M8GDMQAXKP042788', 'Q', 7, '0'],
    ])('%s: the letter %s is never allowed (names it and its position)', (vin, letter, position, lookalike) => {
      expect(reasonOf(vin)).toBe(
        `vin must not contain the letter ${letter} (found '${letter}' at position ${position}): VINs never use I, O or Q; did you mean ${lookalike}?`,
      );
    });

    it('reports a lower-case i, o or q as the forbidden letter, not as lower case', () => {
      expect(reasonOf('1M8GDM9AXKP0427o8')).toMatch(/must not contain the letter O \(found 'o' at position 16\)/);
    });

    it('rejects lower case, saying to use capitals (the DTOs upper-case before validating)', () => {
      expect(reasonOf('1m8gdm9axkp042788')).toBe("vin must be written in capital letters: position 2 is 'm', use 'M'");
      expect(checkVin('1m8gdm9axkp042788'.toUpperCase())).toEqual({ valid: true });
    });

    it('rejects punctuation and spaces with their position', () => {
      expect(reasonOf('1M8GDM9AX-P042788')).toBe('vin may contain only capital letters and digits: position 10 is "-"');
      expect(reasonOf('1M8GDM9AX P042788')).toBe('vin may contain only capital letters and digits: position 10 is " "');
    });
  });

  describe('check digit (position 9)', () => {
    it('explains a mismatch', () => {
      expect(reasonOf('1M8GDM9A5KP042788')).toBe('vin check digit is X but position 9 is 5: the VIN is mistyped');
      expect(reasonOf('1G1ZT51806F100000')).toBe('vin check digit is 7 but position 9 is 0: the VIN is mistyped');
    });

    it('catches a single mistyped character elsewhere', () => {
      // 1HGCM82633A004352 with its last digit changed: sum 313 = 28 * 11 + 5
      expect(reasonOf('1HGCM82633A004353')).toBe('vin check digit is 5 but position 9 is 3: the VIN is mistyped');
    });

    it('rejects a letter other than X in position 9', () => {
      expect(reasonOf('1M8GDM9AAKP042788')).toBe(
        "vin position 9 is the check digit and must be a digit or X, not 'A': the VIN is mistyped",
      );
    });

    it('can be skipped (pre-1981 model years) while every other rule still applies', () => {
      expect(VIN_CHECK_DIGIT_FIRST_MODEL_YEAR).toBe(1981);
      expect(checkVin('1M8GDM9A5KP042788', { checkDigit: false })).toEqual({ valid: true });
      expect(checkVin('1M8GDM9AAKP042788', { checkDigit: false })).toEqual({ valid: true });
      expect(reasonOf('1M8GDM9A5KP04278', { checkDigit: false })).toMatch(/exactly 17/);
      expect(reasonOf('1M8GDM9A5KP0427Q8', { checkDigit: false })).toMatch(/letter Q/);
    });
  });

  it('names the property it was given as label', () => {
    expect(reasonOf('1M8GDM9A5KP042788', { label: 'vehicle.vin' })).toMatch(/^vehicle\.vin check digit is X/);
  });

  it('computeVinCheckDigit refuses invalid input', () => {
    expect(() => computeVinCheckDigit('1M8GDM9AXKP04278')).toThrow(RangeError);
    expect(() => computeVinCheckDigit('1M8GDM9AXKP0427I8')).toThrow(RangeError);
  });
});
