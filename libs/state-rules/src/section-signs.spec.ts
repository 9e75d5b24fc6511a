import { sectionSigns } from './section-signs';

describe('section signs in citations', () => {
  it('prints "s" / "ss" before a section number as § / §§', () => {
    expect(sectionSigns('Cal. Civ. Code s 1793.22(b)')).toBe('Cal. Civ. Code § 1793.22(b)');
    expect(sectionSigns('Miss. Code ss 63-17-151 to 63-17-165')).toBe('Miss. Code §§ 63-17-151 to 63-17-165');
    expect(sectionSigns('Cal. Civ. Code ss 1790-1795.8; s 1793.2(d)')).toBe('Cal. Civ. Code §§ 1790-1795.8; § 1793.2(d)');
    expect(sectionSigns('no fixed day count (s 2301.606(b)).')).toBe('no fixed day count (§ 2301.606(b)).');
    expect(sectionSigns('s 60-2702 (read) sets the window;s 60-2704 counts')).toBe('§ 60-2702 (read) sets the window;§ 60-2704 counts');
  });

  it('leaves an "s" that is not before a section number alone', () => {
    expect(sectionSigns('2 s 4 and the vehicle s')).toBe('2 § 4 and the vehicle s');
    expect(sectionSigns('Miles s of 12 and Parts s Co')).toBe('Miles s of 12 and Parts s Co');
    expect(sectionSigns('Cal. Civ. Code 1793.22(b)')).toBe('Cal. Civ. Code 1793.22(b)');
    expect(sectionSigns('Units 4s 12 and 4ss 9')).toBe('Units 4s 12 and 4ss 9'); // part of a word
  });
});
