import { expectedCheckDigit, vinHint } from './vin';

describe('VIN check (49 CFR 565.15(c))', () => {
  it.each([
    ['5UXCR6C06R9S12345', null],
    ['1M8GDM9AXKP042788', null],
    ['5UXCR6C07R9S12345', 'The check digit (9th character) should be 6 for the other characters: one of them is probably mistyped.'],
    ['5UXCR6C0', '8 of 17 characters so far.'],
    ['5UXCR6CO6R9S12345', 'VINs never contain the letters I, O or Q: check for the digits 1 and 0.'],
    ['5UXCR6C06R9S1234-', 'Only letters and digits: no spaces or dashes.'],
  ])('%s -> %s', (vin, hint) => {
    expect(vinHint(vin)).toBe(hint);
  });
  it('computes X for a remainder of 10', () => {
    expect(expectedCheckDigit('1M8GDM9AXKP042788')).toBe('X');
  });
});
