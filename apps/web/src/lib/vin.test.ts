import { vinHint } from './vin';

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
  it('names an X check digit (a remainder of 10)', () => {
    expect(vinHint('1M8GDM9A5KP042788')).toContain('should be X');
  });
  it('skips the check digit before model year 1981', () => {
    expect(vinHint('5UXCR6C07R9S12345', 1979)).toBeNull();
  });
});
