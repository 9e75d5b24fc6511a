import { checkVerifiedRows, weeklyRepairs, type VerifiedRow } from './verified-rows.spec-helpers';
import { CaseHistory } from '@lemon/testing/case-history';
import { evaluatePresumption } from '../presumption/evaluate-presumption';
import type { Prong } from '../presumption/presumption.types';
import { RULE_PACKS, rulePackVersionFor } from '../registry';

/**
 * Values re-read against the statute text on 2026-11-28 (issue 13 §3, "mo-or" group: MO, MT, NE,
 * NV, NH, NM, NY, ND, OK, OR; table in libs/state-rules/verification/mo-or.md). Each row is
 * written by hand from the text read, so it checks the pack rather than restating it. Rows at M
 * pin the subsection citation of a value whose text was only partly read.
 */

const ALL = ['same_nonconformity_attempts', 'serious_safety_attempts', 'days_out_of_service', 'any_defect_attempts'];

const ROWS: VerifiedRow[] = [
  // Missouri: s 407.571 (RSMo 2000 text), s 407.573 (text)
  { code: 'MO', section: 'Mo. Rev. Stat. 407.571', field: 'period.value.months', expected: 12, confidence: 'H', citation: '407.571' },
  {
    code: 'MO',
    section: 'Mo. Rev. Stat. 407.571',
    field: 'period.value.endsWithExpressWarranty',
    expected: true,
    confidence: 'H',
    citation: '407.571',
  },
  { code: 'MO', section: 'Mo. Rev. Stat. 407.571', field: 'period.value.miles', expected: null, confidence: 'H', citation: '407.571' },
  {
    code: 'MO',
    section: 'Mo. Rev. Stat. 407.571(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '407.571(1)',
  },
  { code: 'MO', section: 'Mo. Rev. Stat. 407.571', field: 'seriousSafety.value', expected: [], confidence: 'H', citation: '407.571' },
  {
    code: 'MO',
    section: 'Mo. Rev. Stat. 407.571(2)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '407.571(2)',
  },
  {
    code: 'MO',
    section: 'Mo. Rev. Stat. 407.571(2)',
    field: 'daysOutOfService.value.dayType',
    expected: 'working',
    confidence: 'H',
    citation: '407.571(2)',
  },
  {
    code: 'MO',
    section: 'Mo. Rev. Stat. 407.573.2',
    field: 'notice.value.required',
    expected: 'yes',
    confidence: 'H',
    citation: '407.573.2',
  },
  {
    code: 'MO',
    section: 'Mo. Rev. Stat. 407.573.2',
    field: 'notice.value.conditionsProngs',
    expected: [],
    confidence: 'H',
    citation: '407.573.2',
  },
  {
    code: 'MO',
    section: 'Mo. Rev. Stat. 407.573.2',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: 10,
    confidence: 'H',
    citation: '407.573.2',
  },
  {
    code: 'MO',
    section: 'Mo. Rev. Stat. 407.573.2',
    field: 'finalRepairOpportunity.value.repairWindowFrom',
    expected: 'facility_delivery',
    confidence: 'H',
    citation: '407.573.2',
  },
  {
    code: 'MO',
    section: 'Mo. Rev. Stat. 407.573.2',
    field: 'finalRepairOpportunity.value.dayType',
    expected: 'calendar',
    confidence: 'H',
    citation: '407.573.2',
  },
  {
    code: 'MO',
    section: 'Mo. Rev. Stat. 407.573.3',
    field: 'timeToFile.value.known',
    expected: true,
    confidence: 'H',
    citation: '407.573.3',
  },
  // Montana: s 61-4-502 (MCA 2021), s 61-4-507
  {
    code: 'MT',
    section: 'Mont. Code Ann. 61-4-502(2)',
    field: 'notice.value.required',
    expected: 'yes',
    confidence: 'H',
    citation: '61-4-502(2)',
  },
  {
    code: 'MT',
    section: 'Mont. Code Ann. 61-4-502(2)',
    field: 'notice.value.conditionsProngs',
    expected: ALL,
    confidence: 'H',
    citation: '61-4-502(2)',
  },
  {
    code: 'MT',
    section: 'Mont. Code Ann. 61-4-502(2)',
    field: 'finalRepairOpportunity.value.required',
    expected: 'yes',
    confidence: 'H',
    citation: '61-4-502(2)',
  },
  {
    code: 'MT',
    section: 'Mont. Code Ann. 61-4-502(2)',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: null,
    confidence: 'H',
    citation: '61-4-502(2)',
  },
  {
    code: 'MT',
    section: 'Mont. Code Ann. 61-4-507',
    field: 'disputeProgram.value.compliance',
    expected: 'state_certified',
    confidence: 'H',
    citation: '61-4-507',
  },
  // Nebraska: s 60-2702 (reporting window only)
  { code: 'NE', section: 'Neb. Rev. Stat. 60-2702', field: 'period.value.months', expected: 12, confidence: 'H', citation: '60-2702' },
  // Nevada: NRS 597.610, 597.620
  { code: 'NV', section: 'Nev. Rev. Stat. 597.610', field: 'notice.value.required', expected: 'yes', confidence: 'H', citation: '597.610' },
  {
    code: 'NV',
    section: 'Nev. Rev. Stat. 597.610',
    field: 'notice.value.conditionsProngs',
    expected: [],
    confidence: 'H',
    citation: '597.610',
  },
  { code: 'NV', section: 'Nev. Rev. Stat. 597.610', field: 'period.value.months', expected: 12, confidence: 'H', citation: '597.610' },
  {
    code: 'NV',
    section: 'Nev. Rev. Stat. 597.620',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '597.620',
  },
  {
    code: 'NV',
    section: 'Nev. Rev. Stat. 597.620',
    field: 'disputeProgram.value.compliance',
    expected: '16_cfr_703',
    confidence: 'H',
    citation: '597.620',
  },
  // New Hampshire: RSA 357-D:4, I
  { code: 'NH', section: 'RSA 357-D:4, I', field: 'notice.value.required', expected: 'yes', confidence: 'H', citation: '357-D:4, I' },
  { code: 'NH', section: 'RSA 357-D:4, I', field: 'notice.value.conditionsProngs', expected: [], confidence: 'H', citation: '357-D:4, I' },
  // New Mexico: s 57-16A-6
  {
    code: 'NM',
    section: 'N.M. Stat. 57-16A-6',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '57-16A-6',
  },
  // North Dakota: ss 51-07-17, 51-07-18(3) (in part)
  { code: 'ND', section: 'N.D. Cent. Code 51-07-17', field: 'period.value.months', expected: 12, confidence: 'H', citation: '51-07-17' },
  {
    code: 'ND',
    section: 'N.D. Cent. Code 51-07-18(3)',
    field: 'disputeProgram.value.compliance',
    expected: '16_cfr_703',
    confidence: 'H',
    citation: '51-07-18(3)',
  },
  // New York: GBL 198-a(a)(2), (b)
  {
    code: 'NY',
    section: 'N.Y. Gen. Bus. Law 198-a(a)(2)',
    field: 'period.value.months',
    expected: 24,
    confidence: 'H',
    citation: '198-a(a)(2)',
  },
  {
    code: 'NY',
    section: 'N.Y. Gen. Bus. Law 198-a(a)(2)',
    field: 'period.value.miles',
    expected: 18000,
    confidence: 'H',
    citation: '198-a(a)(2)',
  },
  {
    code: 'NY',
    section: 'N.Y. Gen. Bus. Law 198-a(a)(2)',
    field: 'period.value.combine',
    expected: 'whichever_first',
    confidence: 'H',
    citation: '198-a(a)(2)',
  },
  // Oklahoma: 15 O.S. 901(B) (reporting window only)
  { code: 'OK', section: 'Okla. Stat. tit. 15, 901(B)', field: 'period.value.months', expected: 12, confidence: 'H', citation: '901(B)' },
  // Oregon OR-2 (Oregon Laws 2009, ch. 448): ORS 646A.402, 646A.416 (current text)
  { code: 'OR', section: 'ORS 646A.402(2)', field: 'period.value.months', expected: 24, confidence: 'H', citation: '646A.402(2)' },
  { code: 'OR', section: 'ORS 646A.402(2)', field: 'period.value.miles', expected: 24000, confidence: 'H', citation: '646A.402(2)' },
  {
    code: 'OR',
    section: 'ORS 646A.402(2)',
    field: 'period.value.combine',
    expected: 'whichever_first',
    confidence: 'H',
    citation: '646A.402(2)',
  },
  {
    code: 'OR',
    section: 'ORS 646A.402(2)',
    field: 'period.value.mileageBasis',
    expected: 'odometer',
    confidence: 'H',
    citation: '646A.402(2)',
  },
  { code: 'OR', section: 'ORS 646A.402(3)', field: 'notice.value.required', expected: 'yes', confidence: 'H', citation: '646A.402(3)' },
  {
    code: 'OR',
    section: 'ORS 646A.402(3)',
    field: 'notice.value.conditionsProngs',
    expected: ALL,
    confidence: 'H',
    citation: '646A.402(3)',
  },
  {
    code: 'OR',
    section: 'ORS 646A.402(3)',
    field: 'finalRepairOpportunity.value.required',
    expected: 'yes',
    confidence: 'H',
    citation: '646A.402(3)',
  },
  {
    code: 'OR',
    section: 'ORS 646A.416',
    field: 'timeToFile.value.deadline',
    expected: { terms: [{ anchor: 'rights_period_end', months: 12 }], combine: 'earliest' },
    confidence: 'H',
    citation: '646A.416',
  },
  { code: 'OR', section: 'ORS 646A.406', field: 'sameNonconformity.value.threshold', expected: 3, confidence: 'M', citation: '646A.406' },
  { code: 'OR', section: 'ORS 646A.406', field: 'seriousSafety.value.0.threshold', expected: 1, confidence: 'M', citation: '646A.406' },
  {
    code: 'OR',
    section: 'ORS 646A.406',
    field: 'seriousSafety.value.0.scope',
    expected: 'any_serious_safety',
    confidence: 'M',
    citation: '646A.406',
  },
  // Oregon OR-1 (before the 2009 amendment): former ORS 646.325 (text)
  {
    code: 'OR',
    version: 'OR-1',
    section: 'former ORS 646.325(2)',
    field: 'period.value.months',
    expected: 12,
    confidence: 'H',
    citation: '646.325(2)',
  },
  {
    code: 'OR',
    version: 'OR-1',
    section: 'former ORS 646.325(2)',
    field: 'period.value.miles',
    expected: 12000,
    confidence: 'H',
    citation: '646.325(2)',
  },
  {
    code: 'OR',
    version: 'OR-1',
    section: 'former ORS 646.325(2)',
    field: 'period.value.mileageBasis',
    expected: 'odometer',
    confidence: 'H',
    citation: '646.325(2)',
  },
];

checkVerifiedRows(ROWS);

const prong = (prongs: Prong[], kind: Prong['kind'], nonconformityId?: string): Prong =>
  prongs.find((p) => p.kind === kind && (nonconformityId === undefined || p.nonconformityId === nonconformityId))!;

describe('Oregon: the 2009 amendment (Oregon Laws 2009, ch. 448) is a new version', () => {
  it('deliveries before 2009-09-21 get OR-1 (1 year / 12,000 miles), from that day OR-2 (2 years / 24,000 miles, ORS 646A.402(2))', () => {
    expect(rulePackVersionFor('OR', '2009-09-20')).toMatchObject({ id: 'OR-1', period: { value: { months: 12, miles: 12000 } } });
    expect(rulePackVersionFor('OR', '2009-09-21')).toMatchObject({ id: 'OR-2', period: { value: { months: 24, miles: 24000 } } });
  });
});

describe('Oregon OR-2, ORS 646A.406(1): three repairs of the same nonconformity (the pack said four)', () => {
  const run = (n: number) => {
    const h = new CaseHistory({ jurisdiction: 'OR', deliveryDate: '2024-01-10' }).nonconformity('nc-1');
    h.notice('2024-01-20').finalRepair('2024-01-25', { on: '2024-01-26' });
    return evaluatePresumption({ events: weeklyRepairs(h, n, 'nc-1').envelopes, pack: RULE_PACKS.OR, asOf: '2024-09-30' });
  };

  it('two repairs are not enough', () => {
    const result = run(2);
    expect(result.rulePackVersion.id).toBe('OR-2');
    expect(result.status).toBe('NOT_MET');
    expect(prong(result.prongs, 'same_nonconformity_attempts', 'nc-1')).toMatchObject({ count: 2, met: false, distance: { remaining: 1 } });
  });

  it('the third repair meets the presumption', () => {
    const result = run(3);
    expect(result.status).toBe('MET');
    expect(prong(result.prongs, 'same_nonconformity_attempts', 'nc-1')).toMatchObject({ count: 3, met: true });
  });
});

describe('Oregon OR-2, ORS 646A.406(1): one repair of a serious safety defect (the pack had no such prong)', () => {
  const base = () => new CaseHistory({ jurisdiction: 'OR', deliveryDate: '2024-01-10' }).nonconformity('nc-s', true);

  it('no repair of the safety defect: the prong is not met', () => {
    const h = base().notice('2024-01-20').finalRepair('2024-01-25', { on: '2024-01-26' });
    const result = evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS.OR, asOf: '2024-09-30' });
    expect(prong(result.prongs, 'serious_safety_attempts', 'nc-s')).toMatchObject({ count: 0, met: false, threshold: 1 });
    expect(result.status).toBe('NOT_MET');
  });

  it('one repair, with the written notification and the opportunity to correct (646A.402(3)), meets it', () => {
    const h = weeklyRepairs(base().notice('2024-01-20').finalRepair('2024-01-25', { on: '2024-01-26' }), 1, 'nc-s');
    const result = evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS.OR, asOf: '2024-09-30' });
    expect(prong(result.prongs, 'serious_safety_attempts', 'nc-s')).toMatchObject({ count: 1, met: true });
    expect(result.status).toBe('MET');
  });

  it('one repair without the written notification does not: the notice is missing (646A.402(3))', () => {
    const h = weeklyRepairs(base().finalRepair('2024-01-25', { on: '2024-01-26' }), 1, 'nc-s');
    const result = evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS.OR, asOf: '2024-09-30' });
    const p = prong(result.prongs, 'serious_safety_attempts', 'nc-s');
    expect(p).toMatchObject({ count: 1, met: false });
    expect(p.missingPreconditions.map((m) => m.kind)).toContain('manufacturer_notice');
  });
});

describe('Oregon OR-2, ORS 646A.402(2): "the mileage on the motor vehicle reaches 24,000 miles" is an odometer reading', () => {
  // Delivered with 500 miles on the odometer: the period closes at 24,000 on the odometer, not 24,500.
  const run = (lastMileage: number) => {
    const h = new CaseHistory({ jurisdiction: 'OR', deliveryDate: '2024-01-10', odometerAtDelivery: 500 }).nonconformity('nc-1');
    h.notice('2024-01-20').finalRepair('2024-01-25', { on: '2024-01-26' });
    weeklyRepairs(h, 2, 'nc-1').repair('last', { dateIn: '2024-06-03', mileageIn: lastMileage, nc: 'nc-1' });
    return evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS.OR, asOf: '2024-09-30' });
  };

  it('a repair at 24,000 on the odometer counts', () => {
    expect(prong(run(24000).prongs, 'same_nonconformity_attempts', 'nc-1')).toMatchObject({ count: 3, met: true });
  });

  it('a repair at 24,001 on the odometer (23,501 miles since delivery) is outside', () => {
    const p = prong(run(24001).prongs, 'same_nonconformity_attempts', 'nc-1');
    expect(p).toMatchObject({ count: 2, met: false });
    expect(p.excluded).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'last', reason: 'outside_period_by_mileage' })]));
  });
});

describe('Oregon OR-1 (former ORS 646.325): a 2009 delivery before the amendment keeps one year and four repairs', () => {
  const run = (n: number, first = '2009-07-06') => {
    const h = new CaseHistory({ jurisdiction: 'OR', deliveryDate: '2009-06-15' }).nonconformity('nc-1');
    h.notice('2009-06-20').finalRepair('2009-06-25', { on: '2009-06-26' });
    return evaluatePresumption({ events: weeklyRepairs(h, n, 'nc-1', first).envelopes, pack: RULE_PACKS.OR, asOf: '2010-09-30' });
  };

  it('three repairs are not enough, four are', () => {
    const three = run(3);
    expect(three.rulePackVersion.id).toBe('OR-1');
    expect(prong(three.prongs, 'same_nonconformity_attempts', 'nc-1')).toMatchObject({ count: 3, met: false });
    expect(prong(run(4).prongs, 'same_nonconformity_attempts', 'nc-1')).toMatchObject({ count: 4, met: true });
  });

  it('a repair 13 months after delivery is outside the one-year period', () => {
    const p = prong(run(4, '2010-06-21').prongs, 'same_nonconformity_attempts', 'nc-1');
    expect(p.met).toBe(false);
    expect(p.excluded.map((e) => e.reason)).toContain('outside_period_by_date');
  });
});

describe('Nevada, NRS 597.610: the written report to the manufacturer is a required step (the pack said "not established")', () => {
  const run = (withNotice: boolean) => {
    const h = new CaseHistory({ jurisdiction: 'NV', deliveryDate: '2024-01-10' }).nonconformity('nc-1');
    if (withNotice) h.notice('2024-01-20', [], undefined, 'mail');
    return evaluatePresumption({ events: weeklyRepairs(h, 4, 'nc-1').envelopes, pack: RULE_PACKS.NV, asOf: '2024-09-30' });
  };
  const noticeStep = (r: ReturnType<typeof run>) => r.procedure.find((s) => s.kind === 'manufacturer_notice')!;

  it('without a written report the step reads required and not done; it gates no prong (597.630(2) not read)', () => {
    const result = run(false);
    expect(noticeStep(result)).toMatchObject({ required: 'yes', satisfied: false, conditionsPresumption: false, confidence: 'H' });
    expect(result.status).toBe('MET');
  });

  it('a written report by ordinary mail satisfies it (no method is named)', () => {
    expect(noticeStep(run(true))).toMatchObject({ required: 'yes', satisfied: true });
  });
});
