import type { LegalDate, NoticeMethod } from '@lemon/domain';
import { addDays, addMonthsClamped } from '../calendar/legal-date';
import { addDaysOfType, type DayType } from '../calendar/day-type';
import { evaluatePresumption } from '../presumption/evaluate-presumption';
import { CaseHistory } from '@lemon/testing/case-history';
import type { Prong } from '../presumption/presumption.types';
import { RULE_PACKS, rulePackVersionFor, type JurisdictionCode } from '../registry';

/**
 * One row per jurisdiction, written by hand from the research extract (not read from the packs),
 * so the table checks the packs. Case: delivered 2024-01-10 at 10 miles, warranty 48 months /
 * 50,000 miles. `months` and `miles` are the resulting counting window (miles as the odometer
 * reading that closes it; null = no mileage limit). `unbounded`: attempts count after the period
 * once the first was inside it. `later`: whichever-later period. Safety: attempts needed, whether
 * written notice is an element, whether the scope is narrower than "serious safety".
 */
interface Row {
  code: JurisdictionCode;
  cite: string;
  att: number;
  attMore?: true;
  days: number;
  daysMore?: true;
  type: DayType;
  months: number;
  miles: number | null;
  later?: true;
  unbounded?: true;
  safety?: { n: number; notice: boolean; scope?: true };
  /** The manufacturer's final repair attempt is one of the repairs counted (NJ). */
  finalCounts?: true;
  /** A notice by this method satisfies the pack (FL: registered or express mail). */
  noticeMethod?: NoticeMethod;
}

const ROWS: Row[] = [
  { code: 'AL', cite: 'Ala. Code s 8-20A-1 et seq.', att: 3, days: 30, type: 'calendar', months: 24, miles: 24010 },
  { code: 'AK', cite: 'Alaska Stat. s 45.45.300 et seq.', att: 3, days: 30, type: 'business', months: 12, miles: 50000 },
  { code: 'AZ', cite: 'Ariz. Rev. Stat. s 44-1261 et seq.', att: 4, days: 30, type: 'calendar', months: 24, miles: 24010 },
  {
    code: 'AR',
    cite: 'Ark. Code Ann. s 4-90-401 et seq.',
    att: 3,
    days: 30,
    type: 'calendar',
    months: 24,
    miles: 24010,
    later: true,
    safety: { n: 1, notice: true },
  },
  {
    code: 'CA',
    cite: 'Cal. Civ. Code s 1793.22(b)',
    att: 4,
    days: 30,
    daysMore: true,
    type: 'calendar',
    months: 18,
    miles: 18000,
    safety: { n: 2, notice: true },
  },
  { code: 'CO', cite: 'Colo. Rev. Stat. s 42-10-101 et seq.', att: 4, days: 30, type: 'business', months: 12, miles: 50000 },
  {
    code: 'CT',
    cite: 'Conn. Gen. Stat. s 42-179',
    att: 4,
    days: 30,
    type: 'calendar',
    months: 24,
    miles: 24010,
    safety: { n: 2, notice: true },
  },
  { code: 'DE', cite: 'Del. Code tit. 6, s 5001 et seq.', att: 4, days: 30, daysMore: true, type: 'calendar', months: 12, miles: 50000 },
  {
    code: 'DC',
    cite: 'D.C. Code s 50-501 et seq.',
    att: 4,
    days: 30,
    type: 'calendar',
    months: 24,
    miles: 18010,
    safety: { n: 1, notice: false },
  },
  {
    code: 'FL',
    cite: 'Fla. Stat. s 681.104(1), (3)',
    att: 3,
    days: 30,
    type: 'calendar',
    months: 24,
    miles: null,
    noticeMethod: 'registered_mail',
  },
  {
    // GA-2 (deliveries from 2009-01-01): 24 months / 24,000 miles, one attempt for a serious safety defect.
    code: 'GA',
    cite: 'O.C.G.A. ss 10-1-782, 10-1-784(b)',
    att: 3,
    days: 30,
    type: 'calendar',
    months: 24,
    miles: 24010,
    safety: { n: 1, notice: false },
  },
  {
    code: 'HI',
    cite: 'Haw. Rev. Stat. ch. 481I',
    att: 3,
    days: 30,
    type: 'business',
    months: 24,
    miles: 24010,
    safety: { n: 1, notice: true },
  },
  {
    code: 'ID',
    cite: 'Idaho Code s 48-901 et seq.',
    att: 4,
    days: 30,
    type: 'business',
    months: 24,
    miles: 24010,
    safety: { n: 1, notice: true, scope: true },
  },
  { code: 'IL', cite: '815 ILCS 380', att: 4, days: 30, type: 'business', months: 12, miles: 12010 },
  { code: 'IN', cite: 'Ind. Code ch. 24-5-13', att: 4, days: 30, type: 'business_mon_sat', months: 18, miles: 18010 },
  { code: 'IA', cite: 'Iowa Code ch. 322G', att: 3, days: 30, type: 'calendar', months: 24, miles: 24010, safety: { n: 1, notice: true } },
  { code: 'KS', cite: 'Kan. Stat. s 50-645 et seq.', att: 4, days: 30, type: 'calendar', months: 12, miles: 50000 },
  { code: 'KY', cite: 'Ky. Rev. Stat. s 367.840-367.846', att: 4, days: 30, type: 'calendar', months: 12, miles: 12010 },
  { code: 'LA', cite: 'La. R.S. 51:1941-51:1948', att: 4, days: 30, type: 'calendar', months: 12, miles: 50000 },
  { code: 'ME', cite: 'Me. Rev. Stat. tit. 10, s 1163(1) (ME-2)', att: 3, days: 15, type: 'business', months: 36, miles: 18010 },
  {
    code: 'MD',
    cite: 'Md. Code, Com. Law s 14-1501 et seq.',
    att: 4,
    days: 30,
    type: 'calendar',
    months: 24,
    miles: 18010,
    safety: { n: 1, notice: true, scope: true },
  },
  { code: 'MA', cite: 'Mass. Gen. Laws ch. 90, s 7N1/2', att: 3, days: 15, type: 'business', months: 12, miles: 15010 },
  {
    code: 'MI',
    cite: 'Mich. Comp. Laws s 257.1401 et seq.',
    att: 4,
    days: 30,
    type: 'calendar',
    months: 12,
    miles: 50000,
    unbounded: true,
  },
  {
    // Subd. 3(e): the written notice conditions the paragraph (b) prongs only, not the braking/steering presumption of (c).
    code: 'MN',
    cite: 'Minn. Stat. s 325F.665, subd. 3(b), (c), (e)',
    att: 4,
    days: 30,
    type: 'business',
    months: 24,
    miles: 50000,
    safety: { n: 1, notice: false, scope: true },
  },
  { code: 'MS', cite: 'Miss. Code s 63-17-151 et seq.', att: 3, days: 15, type: 'working', months: 12, miles: 50000 },
  { code: 'MO', cite: 'Mo. Rev. Stat. s 407.560-407.579', att: 4, days: 30, type: 'working', months: 12, miles: 50000 },
  { code: 'MT', cite: 'Mont. Code s 61-4-501 et seq.', att: 4, days: 30, type: 'business', months: 24, miles: 18010 },
  { code: 'NE', cite: 'Neb. Rev. Stat. s 60-2701 et seq.', att: 4, days: 40, type: 'calendar', months: 12, miles: 50000 },
  { code: 'NV', cite: 'Nev. Rev. Stat. s 597.600-597.680', att: 4, days: 30, type: 'calendar', months: 12, miles: 50000 },
  { code: 'NH', cite: 'N.H. Rev. Stat. ch. 357-D', att: 3, days: 30, type: 'business', months: 48, miles: 50000 },
  {
    code: 'NJ',
    cite: 'N.J.S.A. 56:12-33',
    att: 3,
    days: 20,
    type: 'calendar',
    months: 24,
    miles: 24010,
    safety: { n: 1, notice: true },
    finalCounts: true,
  },
  { code: 'NM', cite: 'N.M. Stat. s 57-16A-1 et seq.', att: 4, days: 30, type: 'business', months: 12, miles: 50000 },
  { code: 'NY', cite: 'N.Y. Gen. Bus. Law s 198-a', att: 4, days: 30, type: 'calendar', months: 24, miles: 18010 },
  { code: 'NC', cite: 'N.C. Gen. Stat. s 20-351 et seq.', att: 4, days: 20, type: 'business', months: 24, miles: 24010 },
  { code: 'ND', cite: 'N.D. Cent. Code s 51-07-16 et seq.', att: 3, attMore: true, days: 30, type: 'business', months: 12, miles: 50000 },
  {
    code: 'OH',
    cite: 'Ohio Rev. Code s 1345.73(A)(1), (A)(2), (A)(4)',
    att: 3,
    days: 30,
    type: 'calendar',
    months: 12,
    miles: 18010,
    safety: { n: 1, notice: false },
  },
  { code: 'OK', cite: 'Okla. Stat. tit. 15, s 901', att: 4, days: 45, type: 'calendar', months: 12, miles: 50000 },
  // OR-2 (Oregon Laws 2009, ch. 448): 24 months / 24,000 on the odometer (ORS 646A.402(2)), 3 attempts, 1 for a serious safety defect.
  {
    code: 'OR',
    cite: 'Or. Rev. Stat. s 646A.402(2), 646A.406',
    att: 3,
    days: 30,
    type: 'business',
    months: 24,
    miles: 24000,
    safety: { n: 1, notice: true },
  },
  { code: 'PA', cite: '73 P.S. s 1951 et seq.', att: 3, days: 30, type: 'calendar', months: 12, miles: 12010 },
  { code: 'RI', cite: 'R.I. Gen. Laws s 31-5.2-1 et seq.', att: 4, days: 30, type: 'calendar', months: 12, miles: 15010 },
  { code: 'SC', cite: 'S.C. Code s 56-28-10 et seq.', att: 3, days: 30, type: 'calendar', months: 48, miles: 50000 },
  { code: 'SD', cite: 'S.D. Codified Laws ch. 32-6D', att: 4, days: 30, type: 'calendar', months: 24, miles: 24010 },
  { code: 'TN', cite: 'Tenn. Code s 55-24-205(a)(1)-(2)', att: 3, days: 30, type: 'calendar', months: 12, miles: 50000 },
  {
    code: 'TX',
    cite: 'Tex. Occ. Code s 2301.605',
    att: 4,
    days: 30,
    type: 'calendar',
    months: 24,
    miles: 24010,
    safety: { n: 2, notice: true },
  },
  { code: 'UT', cite: 'Utah Code s 13-20-1 et seq.', att: 4, days: 30, type: 'business', months: 12, miles: 50000 },
  { code: 'VT', cite: 'Vt. Stat. tit. 9, s 4170 et seq.', att: 3, days: 30, type: 'calendar', months: 48, miles: 50000, unbounded: true },
  {
    code: 'VA',
    cite: 'Va. Code s 59.1-207.9 et seq.',
    att: 3,
    days: 30,
    type: 'calendar',
    months: 18,
    miles: null,
    safety: { n: 1, notice: true },
  },
  { code: 'WA', cite: 'RCW 19.118', att: 4, days: 30, type: 'calendar', months: 24, miles: 24010, safety: { n: 2, notice: false } },
  {
    code: 'WV',
    cite: 'W. Va. Code s 46A-6A-1 et seq.',
    att: 3,
    days: 30,
    type: 'calendar',
    months: 12,
    miles: 50000,
    safety: { n: 1, notice: true },
  },
  { code: 'WI', cite: 'Wis. Stat. s 218.0171', att: 4, days: 30, type: 'calendar', months: 12, miles: 50000 },
  { code: 'WY', cite: 'Wyo. Stat. s 40-17-101', att: 3, attMore: true, days: 30, type: 'business', months: 12, miles: null },
];

const DELIVERY = '2024-01-10';
const FIRST_REPAIR = '2024-02-05'; // a Monday
const OPEN_AS_OF = '2024-09-30';

/** Opened case with nc-1 (and safety defect nc-s), written notice and a failed final repair, so only counts decide. */
function history(code: JurisdictionCode, withNotice = true, method: NoticeMethod = 'certified_mail'): CaseHistory {
  const h = new CaseHistory({ jurisdiction: code, deliveryDate: DELIVERY }).nonconformity('nc-1').nonconformity('nc-s', true);
  if (withNotice) h.notice('2024-01-20', [], undefined, method);
  return h.finalRepair('2024-01-25', { on: '2024-01-26' });
}

/** `n` one-day repairs of `nc`, a week apart from FIRST_REPAIR, 100 miles apart from 1,000. */
function repairs(h: CaseHistory, n: number, nc = 'nc-1'): CaseHistory {
  for (let i = 0; i < n; i++) {
    const day = addDays(FIRST_REPAIR, 7 * i);
    h.repair(`${nc}-r${i + 1}`, { dateIn: day, dateOut: day, mileageIn: 1000 + 100 * i, nc });
  }
  return h;
}

const run = (code: JurisdictionCode, h: CaseHistory, asOf: LegalDate = OPEN_AS_OF, scope?: string[]) =>
  evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS[code], asOf, ...(scope ? { safetyScopeConfirmed: scope } : {}) });

const prong = (prongs: Prong[], kind: Prong['kind'], nc?: string): Prong => {
  const found = prongs.find((p) => p.kind === kind && (nc === undefined || p.nonconformityId === nc));
  if (!found) throw new Error(`no ${kind} prong${nc ? ` for ${nc}` : ''}`);
  return found;
};

describe.each(ROWS)('$code - $cite', (row) => {
  const needed = row.attMore ? row.att + 1 : row.att;
  // Repairs to record so that `n` attempts count (NJ: the failed final attempt in `history` is one of them).
  const plain = (n: number) => n - (row.finalCounts ? 1 : 0);
  const neededDays = row.daysMore ? row.days + 1 : row.days;
  const periodEnd = addMonthsClamped(DELIVERY, row.months);

  it(`is not met one attempt short of ${needed} (${row.attMore ? 'more than ' : ''}${row.att}) and met at ${needed}`, () => {
    const under = run(row.code, repairs(history(row.code, true, row.noticeMethod), plain(needed - 1)));
    expect(under.status).toBe('NOT_MET');
    expect(prong(under.prongs, 'same_nonconformity_attempts', 'nc-1')).toMatchObject({
      count: needed - 1,
      met: false,
      distance: { remaining: 1, text: '1 more repair attempt' },
    });
    const at = run(row.code, repairs(history(row.code, true, row.noticeMethod), plain(needed)));
    expect(prong(at.prongs, 'same_nonconformity_attempts', 'nc-1')).toMatchObject({ count: needed, met: true });
    expect(at.status).toBe('MET');
  });

  it(`counts ${row.days} ${row.type} days ${row.daysMore ? '(more than)' : '(at least)'}: one day short is not met, ${neededDays} is`, () => {
    const dayRepair = (n: number) =>
      history(row.code, true, row.noticeMethod).repair('long', {
        dateIn: FIRST_REPAIR,
        dateOut: addDaysOfType(FIRST_REPAIR, n - 1, row.type),
        mileageIn: 1000,
        nc: 'nc-1',
      });
    const under = run(row.code, dayRepair(neededDays - 1));
    expect(prong(under.prongs, 'days_out_of_service')).toMatchObject({
      count: neededDays - 1,
      met: false,
      dayType: row.type,
      distance: { remaining: 1 },
    });
    expect(under.status).toBe('NOT_MET');
    const at = run(row.code, dayRepair(neededDays));
    expect(prong(at.prongs, 'days_out_of_service')).toMatchObject({ count: neededDays, met: true });
    expect(at.status).toBe('MET');
  });

  it(`closes the period by date on ${periodEnd}: an attempt that day counts, the next day ${row.unbounded ? 'still counts (first attempt was inside)' : row.later ? 'counts only past the mileage too' : 'does not'}`, () => {
    const lateMileage = row.later ? 30000 : 3000;
    const onLastDay = repairs(history(row.code, true, row.noticeMethod), plain(needed - 1)).repair('last', {
      dateIn: periodEnd,
      mileageIn: lateMileage,
      nc: 'nc-1',
    });
    const asOf = addDays(periodEnd, 30);
    expect(prong(run(row.code, onLastDay, asOf).prongs, 'same_nonconformity_attempts', 'nc-1').met).toBe(true);
    const dayAfter = repairs(history(row.code, true, row.noticeMethod), plain(needed - 1)).repair('last', {
      dateIn: addDays(periodEnd, 1),
      mileageIn: lateMileage,
      nc: 'nc-1',
    });
    const result = run(row.code, dayAfter, asOf);
    const p = prong(result.prongs, 'same_nonconformity_attempts', 'nc-1');
    if (row.unbounded) {
      expect(p.met).toBe(true);
    } else {
      expect(p.met).toBe(false);
      expect(p.excluded).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'last', reason: 'outside_period_by_date' })]));
      expect(result.status).toBe('PERIOD_EXPIRED');
    }
  });

  it(
    row.miles === null
      ? 'has no mileage limit: a high-mileage attempt inside the months counts'
      : `closes the period at ${row.miles} on the odometer: ${row.miles} counts, ${row.miles} + 1 ${row.later || row.unbounded ? 'still counts' : 'does not'}`,
    () => {
      const limit = row.miles ?? 60000;
      const atLimit = repairs(history(row.code, true, row.noticeMethod), plain(needed - 1)).repair('last', {
        dateIn: '2024-06-03',
        mileageIn: limit,
        nc: 'nc-1',
      });
      expect(prong(run(row.code, atLimit).prongs, 'same_nonconformity_attempts', 'nc-1').met).toBe(true);
      const past = repairs(history(row.code, true, row.noticeMethod), plain(needed - 1)).repair('last', {
        dateIn: '2024-06-03',
        mileageIn: limit + 1,
        nc: 'nc-1',
      });
      const p = prong(run(row.code, past).prongs, 'same_nonconformity_attempts', 'nc-1');
      if (row.miles === null || row.later || row.unbounded) {
        expect(p.met).toBe(true);
      } else {
        expect(p.met).toBe(false);
        expect(p.excluded).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'last', reason: 'outside_period_by_mileage' })]));
      }
    },
  );

  if (row.safety) {
    const safety = row.safety;
    it(`serious-safety prong: ${safety.n} attempt(s) with notice is met; without notice ${safety.notice ? 'is not' : 'still is'}`, () => {
      const scope = safety.scope ? ['nc-s'] : undefined;
      const withNotice = run(row.code, repairs(history(row.code), safety.n, 'nc-s'), OPEN_AS_OF, scope);
      const met = withNotice.prongs.filter((p) => p.kind === 'serious_safety_attempts' && p.met);
      expect(met.length).toBeGreaterThan(0);
      expect(withNotice.status).toBe('MET');
      const without = run(row.code, repairs(history(row.code, false), safety.n, 'nc-s'), OPEN_AS_OF, scope);
      const anyMet = without.prongs.some((p) => p.kind === 'serious_safety_attempts' && p.met);
      expect(anyMet).toBe(!safety.notice);
      if (safety.notice) {
        const missing = without.prongs
          .filter((p) => p.kind === 'serious_safety_attempts')
          .flatMap((p) => p.missingPreconditions.map((m) => m.kind));
        expect(missing).toContain('manufacturer_notice');
      }
      if (safety.n > 1) {
        const under = run(row.code, repairs(history(row.code), safety.n - 1, 'nc-s'), OPEN_AS_OF, scope);
        expect(under.prongs.some((p) => p.kind === 'serious_safety_attempts' && p.met)).toBe(false);
      }
      if (safety.scope) {
        const unconfirmed = run(row.code, repairs(history(row.code), safety.n, 'nc-s'));
        expect(unconfirmed.prongs.filter((p) => p.kind === 'serious_safety_attempts').every((p) => !p.met)).toBe(true);
      }
    });
  } else {
    it('has no serious-safety prong', () => {
      // The version the rows' delivery falls under (CO-2, from 2024-08-07, added a safety prong).
      expect(rulePackVersionFor(row.code, DELIVERY).seriousSafety.value).toEqual([]);
    });
  }
});

it('covers all 51 jurisdictions', () => {
  expect(new Set(ROWS.map((r) => r.code)).size).toBe(51);
  expect(ROWS.map((r) => r.code).sort()).toEqual(Object.keys(RULE_PACKS).sort());
});
