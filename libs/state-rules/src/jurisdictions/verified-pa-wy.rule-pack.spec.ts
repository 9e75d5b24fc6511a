import { checkVerifiedRows, weeklyRepairs, type VerifiedRow } from './verified-rows.spec-helpers';
import type { NoticeMethod } from '@lemon/domain';
import { CaseHistory } from '@lemon/testing/case-history';
import { evaluatePresumption } from '../presumption/evaluate-presumption';
import { RULE_PACKS, type JurisdictionCode } from '../registry';

/**
 * Values re-read against the statute text on 2026-11-28 (issue 13 §3, PA-WY group; table in
 * libs/state-rules/verification/pa-wy.md). Each row is written by hand from the text read, so it
 * checks the pack rather than restating it.
 */

const ROWS: VerifiedRow[] = [
  // Pennsylvania, 73 P.S. ss 1954-1959
  { code: 'PA', section: '73 P.S. 1954(a)', field: 'period.value.months', expected: 12, confidence: 'H', citation: '1954(a)' },
  { code: 'PA', section: '73 P.S. 1954(a)', field: 'period.value.miles', expected: 12000, confidence: 'H', citation: '1954(a)' },
  {
    code: 'PA',
    section: '73 P.S. 1954(a)',
    field: 'period.value.endsWithExpressWarranty',
    expected: true,
    confidence: 'H',
    citation: '1954(a)',
  },
  { code: 'PA', section: '73 P.S. 1956(1)', field: 'sameNonconformity.value.threshold', expected: 3, confidence: 'H', citation: '1956(1)' },
  { code: 'PA', section: '73 P.S. 1956(2)', field: 'daysOutOfService.value.days', expected: 30, confidence: 'H', citation: '1956(2)' },
  {
    code: 'PA',
    section: '73 P.S. 1956(2)',
    field: 'daysOutOfService.value.dayType',
    expected: 'calendar',
    confidence: 'H',
    citation: '1956(2)',
  },
  { code: 'PA', section: '73 P.S. 1956', field: 'seriousSafety.value', expected: [], confidence: 'H', citation: '1956' },
  { code: 'PA', section: '73 P.S. 1954(b), 1957', field: 'notice.value.required', expected: 'no', confidence: 'M', citation: '1954(b)' },
  {
    code: 'PA',
    section: '73 P.S. 1955, 1956',
    field: 'finalRepairOpportunity.value.required',
    expected: 'no',
    confidence: 'M',
    citation: '1956',
  },
  {
    code: 'PA',
    section: '73 P.S. 1959',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '1959',
  },
  { code: 'PA', section: '73 P.S. 1958', field: 'timeToFile.value.known', expected: false, confidence: 'L', citation: '1958' },
  // Rhode Island, R.I. Gen. Laws ch. 31-5.2
  { code: 'RI', section: 'R.I. Gen. Laws 31-5.2-1', field: 'period.value.months', expected: 12, confidence: 'H', citation: '31-5.2-1' },
  { code: 'RI', section: 'R.I. Gen. Laws 31-5.2-1', field: 'period.value.miles', expected: 15000, confidence: 'H', citation: '31-5.2-1' },
  {
    code: 'RI',
    section: 'R.I. Gen. Laws 31-5.2-5(a)(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '31-5.2-5(a)(1)',
  },
  {
    code: 'RI',
    section: 'R.I. Gen. Laws 31-5.2-5(a)(2)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '31-5.2-5(a)(2)',
  },
  {
    code: 'RI',
    section: 'R.I. Gen. Laws 31-5.2-5(a)(2)',
    field: 'daysOutOfService.value.dayType',
    expected: 'calendar',
    confidence: 'H',
    citation: '31-5.2-5(a)(2)',
  },
  {
    code: 'RI',
    section: 'R.I. Gen. Laws 31-5.2-5(a)',
    field: 'seriousSafety.value',
    expected: [],
    confidence: 'H',
    citation: '31-5.2-5(a)',
  },
  {
    code: 'RI',
    section: 'R.I. Gen. Laws 31-5.2-5(a)(2), (b)',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: 7,
    confidence: 'M',
    citation: '31-5.2-5(a)(2), (b)',
  },
  { code: 'RI', section: 'R.I. Gen. Laws 31-5.2-2', field: 'notice.value.required', expected: 'no', confidence: 'M', citation: '31-5.2-2' },
  {
    code: 'RI',
    section: 'R.I. Gen. Laws 31-5.2-7',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '31-5.2-7',
  },
  {
    code: 'RI',
    section: 'R.I. Gen. Laws 31-5.2-12',
    field: 'timeToFile.value.deadline.terms',
    expected: [
      { anchor: 'delivery', months: 36 },
      { anchor: 'odometer_reaches', months: 24, miles: 15000 },
    ],
    confidence: 'H',
    citation: '31-5.2-12',
  },
  // South Carolina, S.C. Code ch. 56-28
  {
    code: 'SC',
    section: 'S.C. Code 56-28-30',
    field: 'period.value.endsWithExpressWarranty',
    expected: true,
    confidence: 'L',
    citation: '56-28-30',
  },
  {
    code: 'SC',
    section: 'S.C. Code 56-28-50(A)(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 3,
    confidence: 'H',
    citation: '56-28-50(A)(1)',
  },
  {
    code: 'SC',
    section: 'S.C. Code 56-28-50(A)(2)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '56-28-50(A)(2)',
  },
  {
    code: 'SC',
    section: 'S.C. Code 56-28-50(B), (E)',
    field: 'notice.value.acceptedMethods',
    expected: ['registered_mail', 'certified_mail', 'express_mail'],
    confidence: 'M',
    citation: '56-28-50(B), (E)',
  },
  {
    code: 'SC',
    section: 'S.C. Code 56-28-50(B)',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: 10,
    confidence: 'H',
    citation: '56-28-50(B)',
  },
  {
    code: 'SC',
    section: 'S.C. Code 56-28-50(B)',
    field: 'finalRepairOpportunity.value.dayType',
    expected: 'business',
    confidence: 'H',
    citation: '56-28-50(B)',
  },
  {
    code: 'SC',
    section: 'S.C. Code 56-28-60',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '56-28-60',
  },
  {
    code: 'SC',
    section: 'S.C. Code 56-28-70',
    field: 'timeToFile.value.deadline.terms',
    expected: [{ anchor: 'delivery', months: 36 }],
    confidence: 'H',
    citation: '56-28-70',
  },
  // South Dakota, SDCL ch. 32-6D
  { code: 'SD', section: 'SDCL 32-6D-1(3)', field: 'period.value.months', expected: 12, confidence: 'H', citation: '32-6D-1(3)' },
  { code: 'SD', section: 'SDCL 32-6D-1(3)', field: 'period.value.miles', expected: 12000, confidence: 'H', citation: '32-6D-1(3)' },
  {
    code: 'SD',
    section: 'SDCL 32-6D-5',
    field: 'period.value.countingWindow',
    expected: { months: 24, miles: 24000, combine: 'whichever_first' },
    confidence: 'H',
    citation: '32-6D-5',
  },
  {
    code: 'SD',
    section: 'SDCL 32-6D-5(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '32-6D-5(1)',
  },
  {
    code: 'SD',
    section: 'SDCL 32-6D-5(1)',
    field: 'sameNonconformity.value.plusFinalManufacturerAttempt',
    expected: true,
    confidence: 'H',
    citation: '32-6D-5(1)',
  },
  { code: 'SD', section: 'SDCL 32-6D-5(2)', field: 'daysOutOfService.value.days', expected: 30, confidence: 'H', citation: '32-6D-5(2)' },
  { code: 'SD', section: 'SDCL 32-6D-6', field: 'notice.value.required', expected: 'yes', confidence: 'H', citation: '32-6D-6' },
  {
    code: 'SD',
    section: 'SDCL 32-6D-6',
    field: 'finalRepairOpportunity.value.designateFacilityWithinDays',
    expected: 7,
    confidence: 'H',
    citation: '32-6D-6',
  },
  {
    code: 'SD',
    section: 'SDCL 32-6D-6',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: 14,
    confidence: 'H',
    citation: '32-6D-6',
  },
  {
    code: 'SD',
    section: 'SDCL 32-6D-6',
    field: 'finalRepairOpportunity.value.dayType',
    expected: 'calendar',
    confidence: 'H',
    citation: '32-6D-6',
  },
  {
    code: 'SD',
    section: 'SDCL 32-6D-6',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '32-6D-6',
  },
  {
    code: 'SD',
    section: 'SDCL 32-6D-11',
    field: 'timeToFile.value.deadline.terms',
    expected: [{ anchor: 'delivery', months: 36 }],
    confidence: 'H',
    citation: '32-6D-11',
  },
  // Utah (only 13-20-3 read in text)
  { code: 'UT', section: 'Utah Code 13-20-3', field: 'period.value.months', expected: 12, confidence: 'M', citation: '13-20-3' },
  {
    code: 'UT',
    section: 'Utah Code 13-20-3',
    field: 'period.value.endsWithExpressWarranty',
    expected: true,
    confidence: 'M',
    citation: '13-20-3',
  },
  {
    code: 'UT',
    section: 'Utah Code 13-20-5',
    field: 'daysOutOfService.value.dayType',
    expected: 'business',
    confidence: 'L',
    citation: '13-20-5',
  },
  // Vermont, 9 V.S.A. ch. 115
  { code: 'VT', section: '9 V.S.A. 4172', field: 'sameNonconformity.value.threshold', expected: 3, confidence: 'H', citation: '4172' },
  { code: 'VT', section: '9 V.S.A. 4172', field: 'daysOutOfService.value.days', expected: 30, confidence: 'H', citation: '4172' },
  { code: 'VT', section: '9 V.S.A. 4173(a)', field: 'notice.value.required', expected: 'yes', confidence: 'M', citation: '4173(a)' },
  {
    code: 'VT',
    section: '9 V.S.A. 4173(d)',
    field: 'finalRepairOpportunity.value.required',
    expected: 'yes',
    confidence: 'M',
    citation: '4173(d)',
  },
  {
    code: 'VT',
    section: '9 V.S.A. 4179',
    field: 'timeToFile.value.deadline.combine',
    expected: 'latest',
    confidence: 'H',
    citation: '4179',
  },
  // Virginia, Va. Code 59.1-207.9 et seq.
  { code: 'VA', section: 'Va. Code 59.1-207.11', field: 'period.value.months', expected: 18, confidence: 'H', citation: '59.1-207.11' },
  {
    code: 'VA',
    section: 'Va. Code 59.1-207.13(B)(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 3,
    confidence: 'H',
    citation: '59.1-207.13(B)(1)',
  },
  {
    code: 'VA',
    section: 'Va. Code 59.1-207.13(B)(2)',
    field: 'seriousSafety.value.0.threshold',
    expected: 1,
    confidence: 'H',
    citation: '59.1-207.13(B)(2)',
  },
  {
    code: 'VA',
    section: 'Va. Code 59.1-207.13(B)(3)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '59.1-207.13(B)(3)',
  },
  {
    code: 'VA',
    section: 'Va. Code 59.1-207.13(E)',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: 15,
    confidence: 'H',
    citation: '59.1-207.13(E)',
  },
  {
    code: 'VA',
    section: 'Va. Code 59.1-207.15(A)',
    field: 'disputeProgram.value.requirement',
    expected: 'optional',
    confidence: 'H',
    citation: '59.1-207.15(A)',
  },
  {
    code: 'VA',
    section: 'Va. Code 59.1-207.16',
    field: 'timeToFile.value.deadline.terms',
    expected: [{ anchor: 'rights_period_end' }],
    confidence: 'H',
    citation: '59.1-207.16',
  },
  // Washington, RCW 19.118
  { code: 'WA', section: 'RCW 19.118.021', field: 'period.value.months', expected: 24, confidence: 'H', citation: '19.118.021' },
  { code: 'WA', section: 'RCW 19.118.021', field: 'period.value.miles', expected: 24000, confidence: 'H', citation: '19.118.021' },
  {
    code: 'WA',
    section: 'RCW 19.118.041(2)(a)',
    field: 'seriousSafety.value.0.threshold',
    expected: 2,
    confidence: 'H',
    citation: '19.118.041(2)(a)',
  },
  {
    code: 'WA',
    section: 'RCW 19.118.041(2)(b)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '19.118.041(2)(b)',
  },
  {
    code: 'WA',
    section: 'RCW 19.118.041(2)(c)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '19.118.041(2)(c)',
  },
  {
    code: 'WA',
    section: 'RCW 19.118.041(1)',
    field: 'manufacturerRemedyWindow.value.days',
    expected: 40,
    confidence: 'H',
    citation: '19.118.041(1)',
  },
  {
    code: 'WA',
    section: 'RCW 19.118.080(3)',
    field: 'disputeProgram.value.requirement',
    expected: 'state_program',
    confidence: 'H',
    citation: '19.118.080(3)',
  },
  // West Virginia, W. Va. Code 46A-6A
  { code: 'WV', section: 'W. Va. Code 46A-6A-5(a)', field: 'period.value.months', expected: 12, confidence: 'H', citation: '46A-6A-5(a)' },
  {
    code: 'WV',
    section: 'W. Va. Code 46A-6A-5(a)',
    field: 'period.value.endsWithExpressWarranty',
    expected: true,
    confidence: 'H',
    citation: '46A-6A-5(a)',
  },
  {
    code: 'WV',
    section: 'W. Va. Code 46A-6A-5(a)',
    field: 'sameNonconformity.value.threshold',
    expected: 3,
    confidence: 'H',
    citation: '46A-6A-5(a)',
  },
  {
    code: 'WV',
    section: 'W. Va. Code 46A-6A-5(b)',
    field: 'seriousSafety.value.0.threshold',
    expected: 1,
    confidence: 'H',
    citation: '46A-6A-5(b)',
  },
  {
    code: 'WV',
    section: 'W. Va. Code 46A-6A-5(a)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '46A-6A-5(a)',
  },
  {
    code: 'WV',
    section: 'W. Va. Code 46A-6A-5(a)',
    field: 'daysOutOfService.value.dayType',
    expected: 'calendar',
    confidence: 'H',
    citation: '46A-6A-5(a)',
  },
  {
    code: 'WV',
    section: 'W. Va. Code 46A-6A-5(c)',
    field: 'notice.value.required',
    expected: 'yes',
    confidence: 'H',
    citation: '46A-6A-5(c)',
  },
  {
    code: 'WV',
    section: 'W. Va. Code 46A-6A-5(c)',
    field: 'finalRepairOpportunity.value.required',
    expected: 'yes',
    confidence: 'H',
    citation: '46A-6A-5(c)',
  },
  {
    code: 'WV',
    section: 'W. Va. Code 46A-6A-8(b)',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '46A-6A-8(b)',
  },
  {
    code: 'WV',
    section: 'W. Va. Code 46A-6A-4(d)',
    field: 'timeToFile.value.deadline.terms',
    expected: [{ anchor: 'warranty_expiry', months: 12 }],
    confidence: 'H',
    citation: '46A-6A-4(d)',
  },
  // Wisconsin, Wis. Stat. 218.0171
  {
    code: 'WI',
    section: 'Wis. Stat. 218.0171(1)(h)',
    field: 'period.value.months',
    expected: 12,
    confidence: 'H',
    citation: '218.0171(1)(h)',
  },
  {
    code: 'WI',
    section: 'Wis. Stat. 218.0171(1)(h)1.',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '218.0171(1)(h)1.',
  },
  {
    code: 'WI',
    section: 'Wis. Stat. 218.0171(1)(h)2.',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'M',
    citation: '218.0171(1)(h)2.',
  },
  {
    code: 'WI',
    section: 'Wis. Stat. 218.0171(3)',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '218.0171(3)',
  },
  {
    code: 'WI',
    section: 'Wis. Stat. 218.0171(7)(a)',
    field: 'timeToFile.value.deadline.terms',
    expected: [{ anchor: 'delivery', months: 36 }],
    confidence: 'H',
    citation: '218.0171(7)(a)',
  },
  // Wyoming, Wyo. Stat. 40-17-101 (2015 copy only)
  {
    code: 'WY',
    section: 'Wyo. Stat. 40-17-101(d)(i)',
    field: 'sameNonconformity.value.comparison',
    expected: 'more_than',
    confidence: 'H',
    citation: '40-17-101(d)(i)',
  },
  {
    code: 'WY',
    section: 'Wyo. Stat. 40-17-101(d)(ii)',
    field: 'daysOutOfService.value.dayType',
    expected: 'business',
    confidence: 'H',
    citation: '40-17-101(d)(ii)',
  },
  {
    code: 'WY',
    section: 'Wyo. Stat. 40-17-101(h)',
    field: 'notice.value.required',
    expected: 'yes',
    confidence: 'H',
    citation: '40-17-101(h)',
  },
  {
    code: 'WY',
    section: 'Wyo. Stat. 40-17-101(f)',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '40-17-101(f)',
  },
];

checkVerifiedRows(ROWS);

const DELIVERY = '2024-01-10';
const AS_OF = '2024-09-30';

const evaluate = (code: JurisdictionCode, h: CaseHistory) =>
  evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS[code], asOf: AS_OF });

describe('South Carolina 56-28-50(B), (E): the notice counts only by registered, certified or express mail', () => {
  const scCase = (method: NoticeMethod) =>
    weeklyRepairs(
      new CaseHistory({ jurisdiction: 'SC', deliveryDate: DELIVERY }).nonconformity('nc-1').notice('2024-01-20', [], undefined, method),
      3,
    );

  it.each<NoticeMethod>(['registered_mail', 'certified_mail', 'express_mail'])('3 repairs and a notice by %s: met', (method) => {
    expect(evaluate('SC', scCase(method)).status).toBe('MET');
  });

  it.each<NoticeMethod>(['email', 'mail'])('3 repairs and a notice by %s: not met, the notice method is named as the reason', (method) => {
    const result = evaluate('SC', scCase(method));
    expect(result.status).toBe('NOT_MET');
    const p = result.prongs.find((x) => x.kind === 'same_nonconformity_attempts' && x.nonconformityId === 'nc-1')!;
    expect(p.thresholdReached).toBe(true);
    expect(p.missingPreconditions.map((m) => m.kind)).toContain('manufacturer_notice');
  });

  it('2 repairs and a certified-mail notice: not met (one short of 3)', () => {
    const h = weeklyRepairs(new CaseHistory({ jurisdiction: 'SC', deliveryDate: DELIVERY }).nonconformity('nc-1').notice('2024-01-20'), 2);
    expect(evaluate('SC', h).status).toBe('NOT_MET');
  });
});

describe('Rhode Island 31-5.2-7 and 31-5.2-2: prior resort to a disclosed program, no consumer notice step', () => {
  const ri = () => weeklyRepairs(new CaseHistory({ jurisdiction: 'RI', deliveryDate: DELIVERY }).nonconformity('nc-1'), 4);

  it('lists the dispute program as required only if the manufacturer has a compliant procedure', () => {
    const result = evaluate('RI', ri());
    expect(result.procedure.find((s) => s.kind === 'dispute_program')).toMatchObject({
      required: 'required_if_compliant',
      citation: 'R.I. Gen. Laws s 31-5.2-7',
    });
    expect(result.procedure.find((s) => s.kind === 'manufacturer_notice')).toBeUndefined();
  });

  it('3 repairs are not enough, 4 meet the presumption without any notice', () => {
    expect(
      evaluate('RI', weeklyRepairs(new CaseHistory({ jurisdiction: 'RI', deliveryDate: DELIVERY }).nonconformity('nc-1'), 3)).status,
    ).toBe('NOT_MET');
    expect(evaluate('RI', ri()).status).toBe('MET');
  });
});

describe('South Dakota 32-6D-6: prior resort only to an in-state compliant program', () => {
  it('lists the dispute program as required only if the manufacturer has one', () => {
    const h = weeklyRepairs(new CaseHistory({ jurisdiction: 'SD', deliveryDate: DELIVERY }).nonconformity('nc-1'), 4);
    expect(evaluate('SD', h).procedure.find((s) => s.kind === 'dispute_program')).toMatchObject({
      required: 'required_if_compliant',
      citation: 'SDCL 32-6D-6',
    });
  });
});

describe("Virginia 59.1-207.15(A): a manufacturer program is the consumer's choice", () => {
  it('3 repairs meet the presumption and the procedure lists no dispute-program step', () => {
    const h = weeklyRepairs(new CaseHistory({ jurisdiction: 'VA', deliveryDate: DELIVERY }).nonconformity('nc-1').notice('2024-01-20'), 3);
    const result = evaluate('VA', h);
    expect(result.status).toBe('MET');
    expect(result.procedure.find((s) => s.kind === 'dispute_program')).toBeUndefined();
  });
});

describe('Wyoming 40-17-101(f): exhaustion only of a compliant manufacturer procedure', () => {
  it('lists the dispute program as required only if compliant', () => {
    const h = weeklyRepairs(new CaseHistory({ jurisdiction: 'WY', deliveryDate: DELIVERY }).nonconformity('nc-1'), 4);
    expect(evaluate('WY', h).procedure.find((s) => s.kind === 'dispute_program')).toMatchObject({
      required: 'required_if_compliant',
      citation: 'Wyo. Stat. s 40-17-101(f)',
    });
  });
});

describe('Pennsylvania 73 P.S. 1956: no final repair opportunity step', () => {
  it('3 repairs meet the presumption and the procedure has no final-opportunity step', () => {
    const result = evaluate('PA', weeklyRepairs(new CaseHistory({ jurisdiction: 'PA', deliveryDate: DELIVERY }).nonconformity('nc-1'), 3));
    expect(result.status).toBe('MET');
    expect(result.procedure.find((s) => s.kind === 'final_repair_opportunity')).toBeUndefined();
  });
});
