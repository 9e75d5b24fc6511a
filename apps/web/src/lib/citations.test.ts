import { presumptionSection } from './citations';

/** The prong citations are the rule packs' own (libs/state-rules/src/jurisdictions/*.rule-pack.ts, current versions). */
describe('the presumption section named above the prongs', () => {
  it.each([
    [
      'NY: repairs and days prongs, GBL 198-a(d)(1) and (d)(2)',
      ['N.Y. Gen. Bus. Law s 198-a(d)(1)', 'N.Y. Gen. Bus. Law s 198-a(d)(2)'],
      'N.Y. Gen. Bus. Law s 198-a(d)',
    ],
    [
      'CA: every prong cites Civ. Code 1793.22(b)',
      ['Cal. Civ. Code s 1793.22(b)', 'Cal. Civ. Code s 1793.22(b)'],
      'Cal. Civ. Code s 1793.22(b)',
    ],
    ['AK: 45.45.320(1) and (2)', ['Alaska Stat. s 45.45.320(1)', 'Alaska Stat. s 45.45.320(2)'], 'Alaska Stat. s 45.45.320'],
    [
      'MN: subd. 3(b)(1), 3(c) and 3(b)(2)',
      ['Minn. Stat. s 325F.665, subd. 3(b)(1)', 'Minn. Stat. s 325F.665, subd. 3(c)', 'Minn. Stat. s 325F.665, subd. 3(b)(2)'],
      'Minn. Stat. s 325F.665, subd. 3',
    ],
    [
      'MD: one section, each prong with its words',
      ['Md. Code, Com. Law s 14-1502 (presumption: 4 or more repairs)', 'Md. Code, Com. Law s 14-1502 (presumption: 30 or more days)'],
      'Md. Code, Com. Law s 14-1502',
    ],
    [
      'CO: one prong adds a definition after ";"',
      ['Colo. Rev. Stat. s 42-10-103', 'Colo. Rev. Stat. s 42-10-103; s 42-10-101(2.5)'],
      'Colo. Rev. Stat. s 42-10-103',
    ],
    [
      'WI: (1)(h)1. and (1)(h)2. cut at a whole subsection',
      ['Wis. Stat. s 218.0171(1)(h)1.', 'Wis. Stat. s 218.0171(1)(h)2.'],
      'Wis. Stat. s 218.0171(1)',
    ],
    [
      'AR: the sections differ (4-90-410, 4-90-406): the first prong',
      ['Ark. Code Ann. s 4-90-410(a)(1); s 4-90-406(a)(1)', 'Ark. Code Ann. s 4-90-406(a)(1); s 4-90-410(a)(1)'],
      'Ark. Code Ann. s 4-90-410(a)(1); s 4-90-406(a)(1)',
    ],
    [
      'VA: "s" against "ss": the first prong',
      ['Va. Code s 59.1-207.13(B)(1)', 'Va. Code ss 59.1-207.11 ("serious safety defect"), 59.1-207.13(B)(2)'],
      'Va. Code s 59.1-207.13(B)(1)',
    ],
    ['one prong: its own citation', ['Ohio Rev. Code s 1345.73(A)(1)'], 'Ohio Rev. Code s 1345.73(A)(1)'],
  ])('%s', (_state, citations, section) => {
    expect(presumptionSection(citations, 'unused')).toBe(section);
  });

  it("names the statute's first part when there is no prong yet", () => {
    expect(presumptionSection([], 'Cal. Civ. Code ss 1790-1795.8 (Song-Beverly Consumer Warranty Act); s 1793.22 (Tanner Act)')).toBe(
      'Cal. Civ. Code ss 1790-1795.8 (Song-Beverly Consumer Warranty Act)',
    );
  });
});
