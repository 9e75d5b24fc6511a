import { checkVerifiedRows, type VerifiedRow } from './verified-rows.spec-helpers';
import type { LegalDate } from '@lemon/domain';
import { CaseHistory } from '@lemon/testing/case-history';
import { addDays } from '../calendar/legal-date';
import { addDaysOfType } from '../calendar/day-type';
import { evaluatePresumption } from '../presumption/evaluate-presumption';
import type { Prong } from '../presumption/presumption.types';
import { RULE_PACKS, rulePackVersionFor, type JurisdictionCode } from '../registry';

/**
 * Values checked against the statute text on 2026-11-28 for AL, AK, AZ, AR, CO, CT, DE, DC, HI, ID
 * (issue 13 §3; table in libs/state-rules/verification/al-id.md). Each row is written by hand from
 * the text read (or, for M rows, from the source named in the table), so it checks the pack rather
 * than restating it.
 */

const ROWS: VerifiedRow[] = [
  // Alabama: s 8-20A-3(a) text.
  { code: 'AL', section: 'Ala. Code 8-20A-3(a)', field: 'notice.value.required', expected: 'yes', confidence: 'H', citation: '8-20A-3(a)' },
  {
    code: 'AL',
    section: 'Ala. Code 8-20A-3(a)',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '8-20A-3(a)',
  },
  {
    code: 'AL',
    section: 'Ala. Code 8-20A-3(a)',
    field: 'finalRepairOpportunity.value.designateFacilityWithinDays',
    expected: 7,
    confidence: 'H',
    citation: '8-20A-3(a)',
  },
  {
    code: 'AL',
    section: 'Ala. Code 8-20A-3(a)',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: 14,
    confidence: 'H',
    citation: '8-20A-3(a)',
  },
  {
    code: 'AL',
    section: 'Ala. Code 8-20A-3(a)',
    field: 'finalRepairOpportunity.value.repairWindowFrom',
    expected: 'facility_delivery',
    confidence: 'H',
    citation: '8-20A-3(a)',
  },
  {
    code: 'AL',
    section: 'Ala. Code 8-20A-6',
    field: 'timeToFile.value.deadline.terms.0.months',
    expected: 36,
    confidence: 'H',
    citation: '8-20A-6',
  },
  // Alaska: s 45.45.310 text (2019); s 45.45.355 (2015 text).
  { code: 'AK', section: 'AS 45.45.310', field: 'notice.value.required', expected: 'yes', confidence: 'H', citation: '45.45.310' },
  {
    code: 'AK',
    section: 'AS 45.45.310',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: 30,
    confidence: 'M',
    citation: '45.45.310',
  },
  {
    code: 'AK',
    section: 'AS 45.45.310',
    field: 'finalRepairOpportunity.value.repairWindowFrom',
    expected: 'notice_received',
    confidence: 'M',
    citation: '45.45.310',
  },
  {
    code: 'AK',
    section: 'AS 45.45.355',
    field: 'disputeProgram.value.compliance',
    expected: 'state_certified',
    confidence: 'H',
    citation: '45.45.355',
  },
  {
    code: 'AK',
    section: 'AS 45.45.320(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 3,
    confidence: 'H',
    citation: '45.45.320(1)',
  },
  {
    code: 'AK',
    section: 'AS 45.45.320(2)',
    field: 'daysOutOfService.value.dayType',
    expected: 'business',
    confidence: 'H',
    citation: '45.45.320(2)',
  },
  // Arizona: s 44-1262(A)(1) text.
  { code: 'AZ', section: 'A.R.S. 44-1262(A)(1)', field: 'period.value.months', expected: 24, confidence: 'H', citation: '44-1262(A)(1)' },
  { code: 'AZ', section: 'A.R.S. 44-1262(A)(1)', field: 'period.value.miles', expected: 24000, confidence: 'H', citation: '44-1262(A)(1)' },
  {
    code: 'AZ',
    section: 'A.R.S. 44-1262(A)(1)',
    field: 'period.value.endsWithExpressWarranty',
    expected: true,
    confidence: 'H',
    citation: '44-1262(A)(1)',
  },
  // Arkansas: ss 4-90-403(1), 4-90-406(a), 4-90-410, 4-90-414(a) text.
  {
    code: 'AR',
    section: 'Ark. Code 4-90-410(a)(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 3,
    confidence: 'H',
    citation: '4-90-410(a)(1)',
  },
  {
    code: 'AR',
    section: 'Ark. Code 4-90-406(a)(1)',
    field: 'sameNonconformity.value.plusFinalManufacturerAttempt',
    expected: true,
    confidence: 'H',
    citation: '4-90-406(a)(1)',
  },
  {
    code: 'AR',
    section: 'Ark. Code 4-90-410(a)(3)',
    field: 'anyDefectAttempts.value.threshold',
    expected: 5,
    confidence: 'H',
    citation: '4-90-410(a)(3)',
  },
  {
    code: 'AR',
    section: 'Ark. Code 4-90-406(a)(1)',
    field: 'seriousSafety.value.0.threshold',
    expected: 1,
    confidence: 'H',
    citation: '4-90-406(a)(1)',
  },
  {
    code: 'AR',
    section: 'Ark. Code 4-90-410(a)(2)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'M',
    citation: '4-90-410(a)(2)',
  },
  {
    code: 'AR',
    section: 'Ark. Code 4-90-403(1)',
    field: 'daysOutOfService.value.dayType',
    expected: 'calendar',
    confidence: 'M',
    citation: '4-90-403(1)',
  },
  {
    code: 'AR',
    section: 'Ark. Code 4-90-406(a)(1)',
    field: 'notice.value.required',
    expected: 'yes',
    confidence: 'H',
    citation: '4-90-406(a)(1)',
  },
  {
    code: 'AR',
    section: 'Ark. Code 4-90-406(a)(2)',
    field: 'finalRepairOpportunity.value.designateFacilityWithinDays',
    expected: 10,
    confidence: 'H',
    citation: '4-90-406(a)(2)',
  },
  {
    code: 'AR',
    section: 'Ark. Code 4-90-406(a)(2)',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: 10,
    confidence: 'H',
    citation: '4-90-406(a)(2)',
  },
  {
    code: 'AR',
    section: 'Ark. Code 4-90-406(a)(3)',
    field: 'finalRepairOpportunity.value.missedWindowSatisfies',
    expected: true,
    confidence: 'H',
    citation: '(a)(3)',
  },
  {
    code: 'AR',
    section: 'Ark. Code 4-90-414(a)(2)',
    field: 'disputeProgram.value.requirement',
    expected: 'required_if_compliant',
    confidence: 'H',
    citation: '4-90-414(a)(1), (a)(2)',
  },
  // Colorado: CO-1 (2015 text), CO-2 (SB 24-192, from 2024-08-07).
  {
    code: 'CO',
    version: 'CO-1',
    section: 'C.R.S. 42-10-103(2)(a)(I)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '42-10-103(2)(a)(I)',
  },
  {
    code: 'CO',
    version: 'CO-1',
    section: 'C.R.S. 42-10-103(2)(a)(II)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '42-10-103(2)(a)(II)',
  },
  {
    code: 'CO',
    version: 'CO-1',
    section: 'C.R.S. 42-10-107',
    field: 'timeToFile.value.known',
    expected: true,
    confidence: 'H',
    citation: '42-10-107',
  },
  { code: 'CO', section: 'SB 24-192', field: 'effectiveFrom', expected: '2024-08-07', confidence: 'M', citation: 'SB 24-192' },
  { code: 'CO', section: 'SB 24-192', field: 'sameNonconformity.value.threshold', expected: 3, confidence: 'M', citation: 'SB 24-192' },
  { code: 'CO', section: 'SB 24-192', field: 'seriousSafety.value.0.threshold', expected: 2, confidence: 'M', citation: 'SB 24-192' },
  { code: 'CO', section: 'SB 24-192', field: 'daysOutOfService.value.days', expected: 24, confidence: 'M', citation: 'SB 24-192' },
  {
    code: 'CO',
    section: 'SB 24-192',
    field: 'daysOutOfService.value.dayType',
    expected: 'business',
    confidence: 'M',
    citation: 'SB 24-192',
  },
  { code: 'CO', section: 'SB 24-192', field: 'period.value.months', expected: 24, confidence: 'M', citation: 'SB 24-192' },
  { code: 'CO', section: 'SB 24-192', field: 'period.value.miles', expected: 24000, confidence: 'M', citation: 'SB 24-192' },
  {
    code: 'CO',
    section: 'SB 24-192',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: 10,
    confidence: 'M',
    citation: 'SB 24-192',
  },
  // Connecticut: 42-179(a)-(c) text (2018).
  { code: 'CT', section: 'C.G.S. 42-179(b)', field: 'period.value.months', expected: 24, confidence: 'H', citation: '42-179(b)' },
  { code: 'CT', section: 'C.G.S. 42-179(b)', field: 'period.value.miles', expected: 24000, confidence: 'H', citation: '42-179(b)' },
  {
    code: 'CT',
    section: 'C.G.S. 42-179(c)',
    field: 'notice.value.required',
    expected: 'if_disclosed',
    confidence: 'H',
    citation: '42-179(c)',
  },
  {
    code: 'CT',
    section: 'C.G.S. 42-179(f)',
    field: 'seriousSafety.value.0.threshold',
    expected: 2,
    confidence: 'M',
    citation: '42-179(f)',
  },
  // Delaware: 6 Del. C. s 5004 text.
  { code: 'DE', section: '6 Del. C. 5004(a)', field: 'period.value.months', expected: 12, confidence: 'H', citation: '5004(a)' },
  {
    code: 'DE',
    section: '6 Del. C. 5004(a)',
    field: 'period.value.endsWithExpressWarranty',
    expected: true,
    confidence: 'H',
    citation: '5004(a)',
  },
  {
    code: 'DE',
    section: '6 Del. C. 5004(a)(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '5004(a)(1)',
  },
  { code: 'DE', section: '6 Del. C. 5004(a)', field: 'seriousSafety.value', expected: [], confidence: 'H', citation: '5004(a)' },
  {
    code: 'DE',
    section: '6 Del. C. 5004(a)(2)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '5004(a)(2)',
  },
  {
    code: 'DE',
    section: '6 Del. C. 5004(a)(2)',
    field: 'daysOutOfService.value.comparison',
    expected: 'more_than',
    confidence: 'H',
    citation: '5004(a)(2)',
  },
  { code: 'DE', section: '6 Del. C. 5004(b)', field: 'notice.value.required', expected: 'yes', confidence: 'H', citation: '5004(b)' },
  {
    code: 'DE',
    section: '6 Del. C. 5004(b)',
    field: 'notice.value.conditionsProngs',
    expected: ['same_nonconformity_attempts', 'serious_safety_attempts', 'days_out_of_service', 'any_defect_attempts'],
    confidence: 'H',
    citation: '5004(b)',
  },
  // District of Columbia: ss 50-502(a), 50-507(b) text (undated copies).
  { code: 'DC', section: 'D.C. Code 50-502(a)', field: 'period.value.months', expected: 24, confidence: 'M', citation: '50-502(a)' },
  { code: 'DC', section: 'D.C. Code 50-502(a)', field: 'period.value.miles', expected: 18000, confidence: 'M', citation: '50-502(a)' },
  {
    code: 'DC',
    section: 'D.C. Code 50-507(b)',
    field: 'timeToFile.value.deadline.terms.0',
    expected: { anchor: 'delivery', months: 48 },
    confidence: 'M',
    citation: '50-507(b)',
  },
  // Hawaii: HRS 481I-2, 481I-3.
  { code: 'HI', section: 'HRS 481I-2', field: 'period.value.months', expected: 24, confidence: 'H', citation: '481I-2' },
  { code: 'HI', section: 'HRS 481I-2', field: 'period.value.endsWithExpressWarranty', expected: true, confidence: 'H', citation: '481I-2' },
  {
    code: 'HI',
    section: 'HRS 481I-3(d)(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 3,
    confidence: 'H',
    citation: '481I-3(d)(1)',
  },
  {
    code: 'HI',
    section: 'HRS 481I-3(j)',
    field: 'timeToFile.value.deadline.terms.0',
    expected: { anchor: 'rights_period_end', months: 12 },
    confidence: 'H',
    citation: '481I-3(j)',
  },
  // Idaho: 2015 text, subsections.
  {
    code: 'ID',
    section: 'Idaho Code 48-903(2)(a)',
    field: 'sameNonconformity.value.threshold',
    expected: 4,
    confidence: 'H',
    citation: '48-903(2)(a)',
  },
  {
    code: 'ID',
    section: 'Idaho Code 48-903(3)',
    field: 'seriousSafety.value.0.scope',
    expected: 'total_brake_or_steering_failure',
    confidence: 'H',
    citation: '48-903(3)',
  },
  {
    code: 'ID',
    section: 'Idaho Code 48-903(2)(b)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '48-903(2)(b)',
  },
  {
    code: 'ID',
    section: 'Idaho Code 48-906(1)',
    field: 'disputeProgram.value.requirement',
    expected: 'required',
    confidence: 'M',
    citation: '48-906(1)',
  },
  {
    code: 'ID',
    section: 'Idaho Code 48-910',
    field: 'timeToFile.value.deadline.terms.0.months',
    expected: 36,
    confidence: 'H',
    citation: '48-910',
  },
];

checkVerifiedRows(ROWS);

const prong = (prongs: readonly Prong[], kind: Prong['kind'], nc?: string): Prong => {
  const found = prongs.find((p) => p.kind === kind && (nc === undefined || p.nonconformityId === nc));
  if (!found) throw new Error(`no ${kind} prong`);
  return found;
};

describe('Colorado SB 24-192 (C.R.S. 42-10-103 as amended): vehicles delivered from 2024-08-07', () => {
  const AFTER = '2024-09-03'; // CO-2
  const BEFORE = '2024-08-06'; // CO-1
  const FIRST_REPAIR = '2024-09-16'; // a Monday, after both deliveries
  const AS_OF = '2025-03-31';

  /** Notice and an offered opportunity to cure (CO conditions every prong on both), then `n` one-day repairs. */
  const withRepairs = (delivery: LegalDate, n: number, nc = 'nc-1') => {
    const h = new CaseHistory({ jurisdiction: 'CO', deliveryDate: delivery }).nonconformity('nc-1').nonconformity('nc-s', true);
    h.notice('2024-09-05', [], undefined, 'certified_mail').finalRepair('2024-09-10');
    for (let i = 0; i < n; i++) {
      const day = addDays(FIRST_REPAIR, 7 * i);
      h.repair(`${nc}-r${i + 1}`, { dateIn: day, dateOut: day, mileageIn: 1000 + 100 * i, nc });
    }
    return evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS.CO, asOf: AS_OF });
  };

  it('places deliveries by date: CO-1 before 2024-08-07, CO-2 from it', () => {
    expect(rulePackVersionFor('CO', BEFORE).id).toBe('CO-1');
    expect(rulePackVersionFor('CO', '2024-08-07').id).toBe('CO-2');
  });

  it('same nonconformity: 2 repairs are not enough, the 3rd meets the presumption (CO-1 still needs 4)', () => {
    const two = withRepairs(AFTER, 2);
    expect(two.rulePackVersion.id).toBe('CO-2');
    expect(prong(two.prongs, 'same_nonconformity_attempts', 'nc-1')).toMatchObject({ count: 2, met: false, distance: { remaining: 1 } });
    const three = withRepairs(AFTER, 3);
    expect(three.status).toBe('MET');
    expect(prong(three.prongs, 'same_nonconformity_attempts', 'nc-1')).toMatchObject({ count: 3, met: true });
    const oldLaw = withRepairs(BEFORE, 3);
    expect(oldLaw.rulePackVersion.id).toBe('CO-1');
    expect(prong(oldLaw.prongs, 'same_nonconformity_attempts', 'nc-1')).toMatchObject({ count: 3, met: false });
  });

  it('safety-based nonconformity: 1 repair is not enough, the 2nd meets it', () => {
    expect(prong(withRepairs(AFTER, 1, 'nc-s').prongs, 'serious_safety_attempts', 'nc-s')).toMatchObject({ count: 1, met: false });
    expect(prong(withRepairs(AFTER, 2, 'nc-s').prongs, 'serious_safety_attempts', 'nc-s')).toMatchObject({ count: 2, met: true });
  });

  it('days out of service: 23 business days are not enough, 24 meet it (CO-1 still needs 30)', () => {
    const out = (delivery: LegalDate, n: number) => {
      const h = new CaseHistory({ jurisdiction: 'CO', deliveryDate: delivery }).nonconformity('nc-1');
      h.notice('2024-09-05', [], undefined, 'certified_mail').finalRepair('2024-09-10');
      h.repair('long', { dateIn: FIRST_REPAIR, dateOut: addDaysOfType(FIRST_REPAIR, n - 1, 'business'), mileageIn: 1000, nc: 'nc-1' });
      return prong(evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS.CO, asOf: AS_OF }).prongs, 'days_out_of_service');
    };
    expect(out(AFTER, 23)).toMatchObject({ count: 23, threshold: 24, met: false });
    expect(out(AFTER, 24)).toMatchObject({ count: 24, met: true });
    expect(out(BEFORE, 24)).toMatchObject({ count: 24, threshold: 30, met: false });
  });
});

describe('dispute-program requirements corrected from the text', () => {
  const step = (code: JurisdictionCode) => {
    const h = new CaseHistory({ jurisdiction: code, deliveryDate: '2024-01-10' }).nonconformity('nc-1');
    const result = evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS[code], asOf: '2024-03-01' });
    return result.procedure.find((s) => s.kind === 'dispute_program');
  };

  it('Alabama 8-20A-3(a): only a federally compliant program the manufacturer established must be exhausted (was "required")', () => {
    expect(step('AL')).toMatchObject({ required: 'required_if_compliant', confidence: 'H' });
    expect(step('AL')!.citation).toContain('8-20A-3(a)');
  });

  it('Idaho 48-906(1): the consumer must first use the in-state mechanism (was "unknown")', () => {
    expect(step('ID')).toMatchObject({ required: 'required', confidence: 'M' });
  });
});
