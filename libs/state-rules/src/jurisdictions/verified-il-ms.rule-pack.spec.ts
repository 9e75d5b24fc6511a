import { checkVerifiedRows, weeklyRepairs, type VerifiedRow } from './verified-rows.spec-helpers';
import { CaseHistory } from '@lemon/testing/case-history';
import { addDays } from '../calendar/legal-date';
import { evaluatePresumption } from '../presumption/evaluate-presumption';
import { RULE_PACKS, type JurisdictionCode } from '../registry';

/**
 * Values re-read against the statute text on 2026-11-28 (issue 13 §3, IL-MS group; table in
 * libs/state-rules/verification/il-ms.md). Each row is written by hand from the text read, so it
 * checks the pack rather than restating it.
 */

const ROWS: VerifiedRow[] = [
  // Illinois, 815 ILCS 380
  { code: 'IL', section: '815 ILCS 380/2(f)', field: 'period.value.months', expected: 12, confidence: 'H', citation: '380/2(f)' },
  { code: 'IL', section: '815 ILCS 380/2(f)', field: 'period.value.miles', expected: 12000, confidence: 'H', citation: '380/2(f)' },
  {
    code: 'IL',
    section: '815 ILCS 380/2(f)',
    field: 'period.value.combine',
    expected: 'whichever_first',
    confidence: 'H',
    citation: '380/2(f)',
  },
  {
    code: 'IL',
    section: '815 ILCS 380/3(b)(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '380/3(b)(1)',
  },
  { code: 'IL', section: '815 ILCS 380/3(b)', field: 'seriousSafety.value', expected: [], confidence: 'H', citation: '380/3(b)' },
  {
    code: 'IL',
    section: '815 ILCS 380/3(b)(2)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '380/3(b)(2)',
  },
  {
    code: 'IL',
    section: '815 ILCS 380/3(b)(2)',
    field: 'daysOutOfService.value.dayType',
    expected: 'business',
    confidence: 'H',
    citation: '380/3(b)(2)',
  },
  {
    code: 'IL',
    section: '815 ILCS 380/4(a)',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '380/4(a)',
  },
  {
    code: 'IL',
    section: '815 ILCS 380/4(a)(2)(i)',
    field: 'disputeProgram.value.compliance',
    expected: '16_cfr_703',
    confidence: 'H',
    citation: '380/4(a)',
  },
  // Indiana, IC 24-5-13
  { code: 'IN', section: 'IC 24-5-13-7', field: 'period.value.months', expected: 18, confidence: 'H', citation: '24-5-13-7' },
  { code: 'IN', section: 'IC 24-5-13-7', field: 'period.value.miles', expected: 18000, confidence: 'H', citation: '24-5-13-7' },
  {
    code: 'IN',
    section: 'IC 24-5-13-7(2)',
    field: 'period.value.combine',
    expected: 'whichever_first',
    confidence: 'H',
    citation: '24-5-13-7',
  },
  {
    code: 'IN',
    section: 'IC 24-5-13-15(a)(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '24-5-13-15(a)(1)',
  },
  { code: 'IN', section: 'IC 24-5-13-15(a)', field: 'seriousSafety.value', expected: [], confidence: 'H', citation: '24-5-13-15(a)' },
  {
    code: 'IN',
    section: 'IC 24-5-13-15(a)(2)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '24-5-13-15(a)(2)',
  },
  {
    code: 'IN',
    section: 'IC 24-5-13-15(a)(2), 24-5-13-2',
    field: 'daysOutOfService.value.dayType',
    expected: 'business_mon_sat',
    confidence: 'H',
    citation: '24-5-13-15(a)(2)',
  },
  // Iowa, Iowa Code 322G
  {
    code: 'IA',
    section: 'Iowa Code 322G.4(1)(a)',
    field: 'sameNonconformity.value.threshold',
    expected: 3,
    confidence: 'H',
    citation: '322G.4(1)(a)',
  },
  {
    code: 'IA',
    section: 'Iowa Code 322G.4(1)(a)',
    field: 'sameNonconformity.value.plusFinalManufacturerAttempt',
    expected: true,
    confidence: 'H',
    citation: '322G.4(1)(a)',
  },
  {
    code: 'IA',
    section: 'Iowa Code 322G.4(1)(a)',
    field: 'seriousSafety.value.0.threshold',
    expected: 1,
    confidence: 'H',
    citation: '322G.4(1)(a)',
  },
  {
    code: 'IA',
    section: 'Iowa Code 322G.2(4)',
    field: 'daysOutOfService.value.dayType',
    expected: 'calendar',
    confidence: 'H',
    citation: '322G.2(4)',
  },
  {
    code: 'IA',
    section: 'Iowa Code 322G.4(1)(a)',
    field: 'notice.value.required',
    expected: 'yes',
    confidence: 'H',
    citation: '322G.4(1)(a)',
  },
  {
    code: 'IA',
    section: 'Iowa Code 322G.4(1)(a)',
    field: 'finalRepairOpportunity.value.designateFacilityWithinDays',
    expected: 10,
    confidence: 'H',
    citation: '322G.4(1)(a)',
  },
  {
    code: 'IA',
    section: 'Iowa Code 322G.4(1)(a)',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: 10,
    confidence: 'H',
    citation: '322G.4(1)(a)',
  },
  {
    code: 'IA',
    section: 'Iowa Code 322G.4(1)(a)',
    field: 'finalRepairOpportunity.value.repairWindowFrom',
    expected: 'facility_delivery',
    confidence: 'H',
    citation: '322G.4(1)(a)',
  },
  {
    code: 'IA',
    section: 'Iowa Code 322G.2(4)',
    field: 'finalRepairOpportunity.value.dayType',
    expected: 'calendar',
    confidence: 'H',
    citation: '322G.2(4)',
  },
  {
    code: 'IA',
    section: 'Iowa Code 322G.4(1)(a), last sentence',
    field: 'finalRepairOpportunity.value.missedWindowSatisfies',
    expected: true,
    confidence: 'H',
    citation: '322G.4(1)(a)',
  },
  // Kansas, K.S.A. 50-645
  { code: 'KS', section: 'K.S.A. 50-645(b)', field: 'period.value.months', expected: 12, confidence: 'H', citation: '50-645(b)' },
  {
    code: 'KS',
    section: 'K.S.A. 50-645(b)',
    field: 'period.value.endsWithExpressWarranty',
    expected: true,
    confidence: 'H',
    citation: '50-645(b)',
  },
  {
    code: 'KS',
    section: 'K.S.A. 50-645(b)',
    field: 'period.value.combine',
    expected: 'whichever_first',
    confidence: 'H',
    citation: '50-645(b)',
  },
  // Louisiana, La. R.S. 51:1944
  {
    code: 'LA',
    section: 'La. R.S. 51:1944(A)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '51:1944(A)',
  },
  { code: 'LA', section: 'La. R.S. 51:1944(A)', field: 'period.value.months', expected: 12, confidence: 'M', citation: '51:1944(A)' },
  // Maine, 10 M.R.S. s 1163(1) as amended by PL 2003, c. 337 (ME-2)
  { code: 'ME', section: '10 M.R.S. 1163(1)', field: 'period.value.months', expected: 36, confidence: 'H', citation: '1163(1)' },
  { code: 'ME', section: '10 M.R.S. 1163(1)', field: 'period.value.miles', expected: 18000, confidence: 'H', citation: '1163(1)' },
  {
    code: 'ME',
    section: '10 M.R.S. 1163(1)',
    field: 'period.value.endsWithExpressWarranty',
    expected: true,
    confidence: 'H',
    citation: '1163(1)',
  },
  {
    code: 'ME',
    section: '10 M.R.S. 1163(1)',
    field: 'period.value.combine',
    expected: 'whichever_first',
    confidence: 'H',
    citation: '1163(1)',
  },
  // Iowa: further values (LLAZ:iowa)
  {
    code: 'IA',
    section: 'Iowa Code 322G.4(3)(c)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '322G.4(3)(c)',
  },
  {
    code: 'IA',
    section: 'Iowa Code 322G.4(3)(c)',
    field: 'daysOutOfService.value.countOnlyAfterNotice',
    expected: false,
    confidence: 'H',
    citation: '322G.4(3)(c)',
  },
  { code: 'IA', section: 'Iowa Code 322G.2(8)', field: 'period.value.months', expected: 24, confidence: 'H', citation: '322G.2(8)' },
  { code: 'IA', section: 'Iowa Code 322G.2(8)', field: 'period.value.miles', expected: 24000, confidence: 'H', citation: '322G.2(8)' },
  {
    code: 'IA',
    section: 'Iowa Code 322G.2(8)',
    field: 'period.value.endsWithExpressWarranty',
    expected: true,
    confidence: 'H',
    citation: '322G.2(8)',
  },
  {
    code: 'IA',
    section: 'Iowa Code 322G.6(11)',
    field: 'disputeProgram.value.compliance',
    expected: 'state_certified',
    confidence: 'H',
    citation: '322G.6(11)',
  },
  {
    code: 'IA',
    section: 'Iowa Code 322G.8(1)',
    field: 'timeToFile.value.deadline',
    expected: { terms: [{ anchor: 'rights_period_end', months: 12 }], combine: 'earliest' },
    confidence: 'H',
    citation: '322G.8(1)',
  },
  // Illinois: notice and limitation period (LLAZ:illinois, 380/3(h), 380/6)
  { code: 'IL', section: '815 ILCS 380/3(h)', field: 'notice.value.required', expected: 'yes', confidence: 'H', citation: '380/3(h)' },
  {
    code: 'IL',
    section: '815 ILCS 380/3(h)',
    field: 'notice.value.conditionsProngs',
    expected: ['same_nonconformity_attempts', 'serious_safety_attempts', 'days_out_of_service', 'any_defect_attempts'],
    confidence: 'H',
    citation: '380/3(h)',
  },
  {
    code: 'IL',
    section: '815 ILCS 380/3(h)',
    field: 'finalRepairOpportunity.value.required',
    expected: 'yes',
    confidence: 'M',
    citation: '380/3(h)',
  },
  {
    code: 'IL',
    section: '815 ILCS 380/6',
    field: 'timeToFile.value.deadline',
    expected: { terms: [{ anchor: 'delivery', months: 18 }], combine: 'earliest' },
    confidence: 'H',
    citation: '380/6',
  },
  // Indiana: notice, dispute program, limitation period (LLAZ:indiana)
  {
    code: 'IN',
    section: 'IC 24-5-13-9(a)',
    field: 'notice.value.required',
    expected: 'if_disclosed',
    confidence: 'H',
    citation: '24-5-13-9',
  },
  {
    code: 'IN',
    section: 'IC 24-5-13-9 (a claim condition, not part of -15)',
    field: 'notice.value.conditionsProngs',
    expected: [],
    confidence: 'H',
    citation: '24-5-13-9',
  },
  {
    code: 'IN',
    section: 'IC 24-5-13-19(1)',
    field: 'disputeProgram.value.compliance',
    expected: 'state_certified',
    confidence: 'H',
    citation: '24-5-13-19',
  },
  {
    code: 'IN',
    section: 'IC 24-5-13-23(a)',
    field: 'timeToFile.value.deadline',
    expected: { terms: [{ anchor: 'first_report', months: 24 }], combine: 'earliest' },
    confidence: 'H',
    citation: '24-5-13-23(a)',
  },
  {
    code: 'IN',
    section: 'IC ch. 24-5-13 (no final repair provision)',
    field: 'finalRepairOpportunity.value.required',
    expected: 'no',
    confidence: 'M',
    citation: '24-5-13',
  },
  // Kansas, K.S.A. 50-645(d), (e) (LLAZ:kansas)
  {
    code: 'KS',
    section: 'K.S.A. 50-645(d)(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '50-645(d)(1)',
  },
  {
    code: 'KS',
    section: 'K.S.A. 50-645(d)(2)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '50-645(d)(2)',
  },
  {
    code: 'KS',
    section: 'K.S.A. 50-645(d)(2)',
    field: 'daysOutOfService.value.dayType',
    expected: 'calendar',
    confidence: 'H',
    citation: '50-645(d)(2)',
  },
  {
    code: 'KS',
    section: 'K.S.A. 50-645(d)(3)',
    field: 'anyDefectAttempts.value.threshold',
    expected: 10,
    confidence: 'H',
    citation: '50-645(d)(3)',
  },
  {
    code: 'KS',
    section: 'K.S.A. 50-645(d)',
    field: 'notice.value.conditionsProngs',
    expected: ['same_nonconformity_attempts', 'serious_safety_attempts', 'days_out_of_service', 'any_defect_attempts'],
    confidence: 'H',
    citation: '50-645(d)',
  },
  {
    code: 'KS',
    section: 'K.S.A. 50-645(e)',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '50-645(e)',
  },
  // Kentucky, KRS 367.842 (LLAZ:kentucky)
  { code: 'KY', section: 'KRS 367.842(3)', field: 'period.value.months', expected: 12, confidence: 'H', citation: '367.842(3)' },
  { code: 'KY', section: 'KRS 367.842(3)', field: 'period.value.miles', expected: 12000, confidence: 'H', citation: '367.842(3)' },
  {
    code: 'KY',
    section: 'KRS 367.842(3)(a)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '367.842(3)(a)',
  },
  {
    code: 'KY',
    section: 'KRS 367.842(3)(b)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '367.842(3)(b)',
  },
  {
    code: 'KY',
    section: 'KRS 367.842(3)(b)',
    field: 'daysOutOfService.value.sameDefectOnly',
    expected: true,
    confidence: 'H',
    citation: '367.842(3)(b)',
  },
  { code: 'KY', section: 'KRS 367.842(1)', field: 'notice.value.required', expected: 'yes', confidence: 'H', citation: '367.842(1)' },
  { code: 'KY', section: 'KRS 367.842(1)', field: 'notice.value.conditionsProngs', expected: [], confidence: 'H', citation: '367.842(1)' },
  {
    code: 'KY',
    section: 'KRS 367.842 (no final repair provision)',
    field: 'finalRepairOpportunity.value.required',
    expected: 'no',
    confidence: 'M',
    citation: '367.842',
  },
  {
    code: 'KY',
    section: 'KRS 367.842(4)',
    field: 'disputeProgram.value.requirement',
    expected: 'required',
    confidence: 'H',
    citation: '367.842(4)',
  },
  {
    code: 'KY',
    section: 'KRS 367.842(8)',
    field: 'timeToFile.value.deadline',
    expected: { terms: [{ anchor: 'delivery', months: 24 }], combine: 'earliest' },
    confidence: 'H',
    citation: '367.842(8)',
  },
  // Maryland, Com. Law 14-1501 (current through 2021) and 14-1502 (LLAZ:maryland)
  { code: 'MD', section: 'Com. Law 14-1501', field: 'period.value.months', expected: 24, confidence: 'H', citation: '14-1501' },
  { code: 'MD', section: 'Com. Law 14-1501', field: 'period.value.miles', expected: 18000, confidence: 'H', citation: '14-1501' },
  {
    code: 'MD',
    section: 'Com. Law 14-1502(b)(1)',
    field: 'notice.value.required',
    expected: 'yes',
    confidence: 'H',
    citation: '14-1502(b)(1)',
  },
  {
    code: 'MD',
    section: 'Com. Law 14-1502',
    field: 'disputeProgram.value.requirement',
    expected: 'optional',
    confidence: 'H',
    citation: '14-1502',
  },
  // Maine, 10 M.R.S. s 1165 (LLAZ:maine, pre-2003 text)
  {
    code: 'ME',
    section: '10 M.R.S. 1165',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'M',
    citation: '1165',
  },
  {
    code: 'ME',
    section: '10 M.R.S. 1163(3) (current text not read)',
    field: 'seriousSafety.value',
    expected: [],
    confidence: 'L',
    citation: '1163(3)',
  },
  // Minnesota, 325F.665 (LLAZ:minnesota)
  {
    code: 'MN',
    section: '325F.665 subd. 3(b)(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: 'subd. 3(b)(1)',
  },
  {
    code: 'MN',
    section: '325F.665 subd. 3(b)(2)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: 'subd. 3(b)(2)',
  },
  {
    code: 'MN',
    section: '325F.665 subd. 3(b)(2)',
    field: 'daysOutOfService.value.dayType',
    expected: 'business',
    confidence: 'H',
    citation: 'subd. 3(b)(2)',
  },
  {
    code: 'MN',
    section: '325F.665 subd. 3(c)',
    field: 'seriousSafety.value.0.scope',
    expected: 'total_brake_or_steering_failure',
    confidence: 'H',
    citation: 'subd. 3(c)',
  },
  {
    code: 'MN',
    section: '325F.665 subd. 3(e)',
    field: 'notice.value.conditionsProngs',
    expected: ['same_nonconformity_attempts', 'days_out_of_service'],
    confidence: 'H',
    citation: 'subd. 3(e)',
  },
  {
    code: 'MN',
    section: '325F.665 subd. 3(e)',
    field: 'finalRepairOpportunity.value.conditionsProngs',
    expected: ['same_nonconformity_attempts', 'days_out_of_service'],
    confidence: 'M',
    citation: 'subd. 3(e)',
  },
  {
    code: 'MN',
    section: '325F.665 subd. 6(a)',
    field: 'disputeProgram.value.requirement',
    expected: 'required',
    confidence: 'H',
    citation: 'subd. 6(a)',
  },
  {
    code: 'MN',
    section: '325F.665 subd. 10',
    field: 'timeToFile.value.deadline',
    expected: { terms: [{ anchor: 'delivery', months: 36 }], combine: 'earliest' },
    confidence: 'H',
    citation: 'subd. 10',
  },
  // Mississippi, 63-17-159 and 63-17-163 (LLAZ:mississippi)
  { code: 'MS', section: 'Miss. Code 63-17-159(3)', field: 'period.value.months', expected: 12, confidence: 'H', citation: '63-17-159(3)' },
  {
    code: 'MS',
    section: 'Miss. Code 63-17-159(3)(a)',
    field: 'sameNonconformity.value.threshold',
    expected: 3,
    confidence: 'H',
    citation: '63-17-159(3)(a)',
  },
  {
    code: 'MS',
    section: 'Miss. Code 63-17-159(3)(b)',
    field: 'daysOutOfService.value.days',
    expected: 15,
    confidence: 'H',
    citation: '63-17-159(3)(b)',
  },
  {
    code: 'MS',
    section: 'Miss. Code 63-17-159(4)',
    field: 'notice.value.required',
    expected: 'yes',
    confidence: 'H',
    citation: '63-17-159(4)',
  },
  {
    code: 'MS',
    section: 'Miss. Code 63-17-159(4)',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: 10,
    confidence: 'H',
    citation: '63-17-159(4)',
  },
  {
    code: 'MS',
    section: 'Miss. Code 63-17-159(4)',
    field: 'finalRepairOpportunity.value.repairWindowFrom',
    expected: 'facility_delivery',
    confidence: 'H',
    citation: '63-17-159(4)',
  },
  {
    code: 'MS',
    section: 'Miss. Code 63-17-163',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '63-17-163',
  },
  {
    code: 'MS',
    section: 'Miss. Code 63-17-159(5)',
    field: 'timeToFile.value.deadline',
    expected: {
      terms: [
        { anchor: 'warranty_expiry', months: 12 },
        { anchor: 'delivery', months: 18 },
      ],
      combine: 'earliest',
    },
    confidence: 'H',
    citation: '63-17-159(5)',
  },
];

checkVerifiedRows(ROWS);

describe('Iowa 322G.4(1)(a): a manufacturer that names no repair facility within 10 days of receipt loses its final attempt', () => {
  // Three failed repairs of nc-1, then notice by certified mail received 2024-04-03; no facility is ever named.
  const received = '2024-04-03';
  const lastDay = addDays(received, 10); // 2024-04-13, calendar days (322G.2(4))
  const history = () => {
    const h = new CaseHistory({ jurisdiction: 'IA', deliveryDate: '2024-01-10' }).nonconformity('nc-1');
    for (let i = 0; i < 3; i++) {
      const day = addDays('2024-02-05', 7 * i);
      h.repair(`r${i + 1}`, { dateIn: day, dateOut: day, mileageIn: 1000 + 100 * i, nc: 'nc-1' });
    }
    return h.notice('2024-04-01', [], received, 'certified_mail');
  };
  const evaluate = (asOf: string) => evaluatePresumption({ events: history().envelopes, pack: RULE_PACKS.IA, asOf });
  const attempts = (asOf: string) =>
    evaluate(asOf).prongs.find((p) => p.kind === 'same_nonconformity_attempts' && p.nonconformityId === 'nc-1')!;

  it('on the tenth day after receipt the window is still open: not met', () => {
    const result = evaluate(lastDay);
    expect(result.status).toBe('NOT_MET');
    expect(attempts(lastDay)).toMatchObject({ count: 3, met: false });
  });

  it('the day after, the final-attempt requirement no longer applies: met', () => {
    const dayAfter = addDays(lastDay, 1);
    const result = evaluate(dayAfter);
    expect(result.status).toBe('MET');
    expect(attempts(dayAfter)).toMatchObject({ count: 3, met: true });
  });
});

describe('Maine 10 M.R.S. 1163(1): the period is 3 years from original delivery (the extract said 2)', () => {
  const delivery = '2024-01-10';
  const periodEnd = '2027-01-10';
  // Two repairs of nc-1 early on, the third late; written notice on file (the pack conditions every prong on it).
  const withThirdRepairOn = (day: string) => {
    const h = new CaseHistory({ jurisdiction: 'ME', deliveryDate: delivery })
      .nonconformity('nc-1')
      .notice('2024-01-20', [], undefined, 'certified_mail');
    h.repair('r1', { dateIn: '2024-02-05', dateOut: '2024-02-05', mileageIn: 1000, nc: 'nc-1' });
    h.repair('r2', { dateIn: '2024-02-12', dateOut: '2024-02-12', mileageIn: 1100, nc: 'nc-1' });
    h.repair('r3', { dateIn: day, dateOut: day, mileageIn: 3000, nc: 'nc-1' });
    return evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS.ME, asOf: addDays(periodEnd, 30) });
  };
  const attempts = (result: ReturnType<typeof withThirdRepairOn>) =>
    result.prongs.find((p) => p.kind === 'same_nonconformity_attempts' && p.nonconformityId === 'nc-1')!;

  it('a third repair 30 months after delivery counts (it would not under 24 months)', () => {
    const result = withThirdRepairOn('2026-07-10');
    expect(attempts(result)).toMatchObject({ count: 3, met: true });
    expect(result.status).toBe('MET');
  });

  it('a third repair on the last day of the 3 years counts; the day after does not', () => {
    expect(attempts(withThirdRepairOn(periodEnd))).toMatchObject({ count: 3, met: true });
    const late = withThirdRepairOn(addDays(periodEnd, 1));
    expect(attempts(late)).toMatchObject({ count: 2, met: false });
    expect(late.status).toBe('PERIOD_EXPIRED');
  });

  it('ME-2 starts 2003-09-13, 90 days after the session that passed PL 2003, c. 337 adjourned (basis M)', () => {
    const me2 = RULE_PACKS.ME.versions.find((v) => v.id === 'ME-2')!;
    expect(me2.effectiveFromBasis.confidence).toBe('M');
    expect(me2.effectiveFromBasis.sources).toEqual(expect.arrayContaining(['ME_PL2003_C337', 'ME_WLR_121_24']));
  });

  it('deliveries before the 2003 amendment keep the 2-year text (ME-1)', () => {
    expect(RULE_PACKS.ME.versions.map((v) => [v.id, v.effectiveFrom, v.period.value.months])).toEqual([
      ['ME-1', RULE_PACKS.ME.versions[0]!.effectiveFrom, 24],
      ['ME-2', '2003-09-13', 36],
    ]);
  });
});

const judge = (code: JurisdictionCode, h: CaseHistory, asOf = '2024-09-30', safetyScopeConfirmed?: string[]) =>
  evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS[code], asOf, ...(safetyScopeConfirmed ? { safetyScopeConfirmed } : {}) });

describe('Indiana 24-5-13-9: the written notice is a condition of the claim, not of the 24-5-13-15 presumption', () => {
  // Disclosure made, so notice is required before a refund or replacement; none has been sent.
  const history = (n: number) =>
    weeklyRepairs(new CaseHistory({ jurisdiction: 'IN', deliveryDate: '2024-01-10' }).disclosure(true).nonconformity('nc-1'), n);

  it('three repairs without notice: not met', () => {
    expect(judge('IN', history(3)).status).toBe('NOT_MET');
  });

  it('the fourth repair meets the presumption without notice; the notice stays a pending procedural step', () => {
    const result = judge('IN', history(4));
    expect(result.status).toBe('MET');
    expect(result.procedure.find((s) => s.kind === 'manufacturer_notice')).toMatchObject({
      required: 'yes',
      satisfied: false,
      conditionsPresumption: false,
    });
  });
});

describe('Minnesota 325F.665 subd. 3(c), (e): one repair of a complete braking/steering failure needs no prior notice', () => {
  const history = (n: number) =>
    weeklyRepairs(new CaseHistory({ jurisdiction: 'MN', deliveryDate: '2024-01-10' }).nonconformity('nc-s', true), n, 'nc-s');
  const safety = (n: number) => judge('MN', history(n), '2024-09-30', ['nc-s']).prongs.filter((p) => p.kind === 'serious_safety_attempts');

  it('no repair yet: not met', () => {
    expect(safety(0).some((p) => p.met)).toBe(false);
  });

  it('one repair, no notice and no opportunity to cure: met', () => {
    expect(safety(1).some((p) => p.met)).toBe(true);
  });

  it('four repairs of an ordinary nonconformity without notice are still blocked by subd. 3(e)', () => {
    const h = weeklyRepairs(new CaseHistory({ jurisdiction: 'MN', deliveryDate: '2024-01-10' }).nonconformity('nc-1'), 4);
    const p = judge('MN', h).prongs.find((x) => x.kind === 'same_nonconformity_attempts' && x.nonconformityId === 'nc-1')!;
    expect(p.met).toBe(false);
    expect(p.missingPreconditions.map((m) => m.kind)).toContain('manufacturer_notice');
  });

  it('subd. 6(a): the in-state mechanism is a required step before suit', () => {
    expect(judge('MN', history(1), '2024-09-30', ['nc-s']).procedure.find((s) => s.kind === 'dispute_program')).toMatchObject({
      required: 'required',
      citation: expect.stringContaining('subd. 6(a)'),
    });
  });
});

describe('Kentucky 367.842(1): the buyer reports the nonconformity in writing; no final repair opportunity', () => {
  const history = () => weeklyRepairs(new CaseHistory({ jurisdiction: 'KY', deliveryDate: '2024-01-10' }).nonconformity('nc-1'), 4);

  it('the written report is a required step (it does not condition the (3) presumption)', () => {
    const before = judge('KY', history());
    expect(before.status).toBe('MET');
    expect(before.procedure.find((s) => s.kind === 'manufacturer_notice')).toMatchObject({ required: 'yes', satisfied: false });
    const after = judge('KY', history().notice('2024-04-01', [], undefined, 'mail'));
    expect(after.procedure.find((s) => s.kind === 'manufacturer_notice')).toMatchObject({ required: 'yes', satisfied: true });
  });

  it('no final-repair step is listed', () => {
    expect(judge('KY', history()).procedure.some((s) => s.kind === 'final_repair_opportunity')).toBe(false);
  });
});

describe('Maine 10 M.R.S. 1165 and Indiana 24-5-13-19: the dispute program is required only where it qualifies', () => {
  it.each([
    ['ME', 'required_if_compliant', '1165'],
    ['IN', 'required_if_compliant', '24-5-13-19'],
  ] as const)('%s lists the program step as %s (%s)', (code, required, cite) => {
    const h = new CaseHistory({ jurisdiction: code, deliveryDate: '2024-01-10' }).nonconformity('nc-1');
    expect(judge(code, h).procedure.find((s) => s.kind === 'dispute_program')).toMatchObject({
      required,
      citation: expect.stringContaining(cite),
    });
  });
});
