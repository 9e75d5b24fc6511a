import { checkVerifiedRows, weeklyRepairs, type VerifiedRow } from './verified-rows.spec-helpers';
import { CaseHistory } from '@lemon/testing/case-history';
import { countDaysOfType, isCountableDay } from '../calendar/day-type';
import { addDays } from '../calendar/legal-date';
import { evaluatePresumption } from '../presumption/evaluate-presumption';
import { RULE_PACKS, type JurisdictionCode } from '../registry';
import { REFERENCE_SOURCES } from '../sources/reference-sources';

/**
 * Second pass of issue 13 §3 (statutes-deep, 2026-11-28): sections the first pass could not reach,
 * read whole in the 2015 statute text (lemonlawaz/lemonlawaz.github.io, `LLAZ:<state>`), and the
 * structural gaps it reported (Indiana's Monday-to-Saturday business days, Iowa 322G.4(1)(a)'s
 * unfinished final repair). Rows are written by hand from the text read; tables in
 * libs/state-rules/verification/{mo-or,al-id,il-ms}.md.
 */

const ALL = ['same_nonconformity_attempts', 'serious_safety_attempts', 'days_out_of_service', 'any_defect_attempts'];
const row = (
  code: JurisdictionCode,
  section: string,
  field: string,
  expected: unknown,
  citation: string,
  confidence: 'H' | 'M' | 'L' = 'H',
  llazOnly = true,
): VerifiedRow => ({ code, section, field, expected, confidence, citation, llazOnly });

const ROWS: VerifiedRow[] = [
  // Arizona, A.R.S. 44-1264, 44-1265 (2015 text)
  row('AZ', 'A.R.S. 44-1264(A)(1)', 'sameNonconformity.value.threshold', 4, '44-1264(A)(1)'),
  row('AZ', 'A.R.S. 44-1264(A)', 'seriousSafety.value', [], '44-1264(A)'),
  row('AZ', 'A.R.S. 44-1264(A)(2)', 'daysOutOfService.value.days', 30, '44-1264(A)(2)'),
  row('AZ', 'A.R.S. 44-1264(A)(2)', 'daysOutOfService.value.dayType', 'calendar', '44-1264(A)(2)'),
  row('AZ', 'A.R.S. 44-1264(C)', 'notice.value.conditionsProngs', ALL, '44-1264(C)'),
  row('AZ', 'A.R.S. 44-1264(C)', 'finalRepairOpportunity.value.conditionsProngs', ALL, '44-1264(C)'),
  row('AZ', 'A.R.S. 44-1264(C)', 'finalRepairOpportunity.value.satisfiedBy', 'offered', '44-1264(C)'),
  row('AZ', 'A.R.S. 44-1265(A)', 'disputeProgram.value.requirement', 'required_if_compliant', '44-1265(A)'),
  row(
    'AZ',
    'A.R.S. 44-1265(B)',
    'timeToFile.value.deadline',
    { terms: [{ anchor: 'rights_period_end', months: 6 }], combine: 'earliest' },
    '44-1265(B)',
  ),
  // Nebraska, Neb. Rev. Stat. 60-2704 to 60-2706 (2015 text)
  row('NE', 'Neb. Rev. Stat. 60-2704', 'period.value.months', 12, '60-2704'),
  row('NE', 'Neb. Rev. Stat. 60-2704', 'period.value.endsWithExpressWarranty', true, '60-2704'),
  row('NE', 'Neb. Rev. Stat. 60-2704', 'sameNonconformity.value.threshold', 4, '60-2704'),
  row('NE', 'Neb. Rev. Stat. 60-2704', 'seriousSafety.value', [], '60-2704'),
  row('NE', 'Neb. Rev. Stat. 60-2704', 'daysOutOfService.value.days', 40, '60-2704'),
  row('NE', 'Neb. Rev. Stat. 60-2704', 'notice.value.conditionsProngs', ALL, '60-2704'),
  row('NE', 'Neb. Rev. Stat. 60-2704', 'finalRepairOpportunity.value.conditionsProngs', ALL, '60-2704'),
  row('NE', 'Neb. Rev. Stat. 60-2705', 'disputeProgram.value.compliance', 'state_certified', '60-2705'),
  row(
    'NE',
    'Neb. Rev. Stat. 60-2706',
    'timeToFile.value.deadline.terms',
    [
      { anchor: 'warranty_expiry', months: 12 },
      { anchor: 'delivery', months: 24 },
    ],
    '60-2706',
  ),
  // Montana, Mont. Code Ann. 61-4-501, 61-4-504, 61-4-511 (2015 text)
  row('MT', 'Mont. Code Ann. 61-4-501', 'period.value.months', 24, '61-4-501'),
  row('MT', 'Mont. Code Ann. 61-4-501', 'period.value.miles', 18000, '61-4-501'),
  row('MT', 'Mont. Code Ann. 61-4-504(1)(a)', 'sameNonconformity.value.threshold', 4, '61-4-504(1)(a)'),
  row('MT', 'Mont. Code Ann. 61-4-504(1)', 'seriousSafety.value', [], '61-4-504(1)'),
  row('MT', 'Mont. Code Ann. 61-4-504(1)(b)', 'daysOutOfService.value.days', 30, '61-4-504(1)(b)'),
  row('MT', 'Mont. Code Ann. 61-4-504(1)(b)', 'daysOutOfService.value.countOnlyAfterNotice', true, '61-4-504(1)(b)'),
  row('MT', 'Mont. Code Ann. 61-4-511(2)(a)', 'disputeProgram.value.decisionWithinDays', 60, '61-4-511(2)(a)'),
  // Oklahoma, 15 O.S. 901(C), (D), (F) (2015 text)
  row('OK', '15 O.S. 901(D)(1)', 'sameNonconformity.value.threshold', 4, '901(D)(1)'),
  row('OK', '15 O.S. 901(D)', 'seriousSafety.value', [], '901(D)'),
  row('OK', '15 O.S. 901(D)(2)', 'daysOutOfService.value.days', 45, '901(D)(2)'),
  row('OK', '15 O.S. 901(D)(2)', 'daysOutOfService.value.dayType', 'calendar', '901(D)(2)'),
  row('OK', '15 O.S. 901(C)', 'notice.value.conditionsProngs', ALL, '901(B), (C)'),
  row('OK', '15 O.S. 901(C)', 'finalRepairOpportunity.value.conditionsProngs', ALL, '901(C)'),
  row('OK', '15 O.S. 901(F)', 'disputeProgram.value.requirement', 'required_if_compliant', '901(F)'),
  // North Dakota, N.D.C.C. 51-07-19, 51-07-21 (2015 text)
  row('ND', 'N.D.C.C. 51-07-19(1)(a)', 'sameNonconformity.value.threshold', 3, '51-07-19(1)(a)'),
  row('ND', 'N.D.C.C. 51-07-19(1)(a)', 'sameNonconformity.value.comparison', 'more_than', '51-07-19(1)(a)'),
  row('ND', 'N.D.C.C. 51-07-19(1)(b)', 'daysOutOfService.value.days', 30, '51-07-19(1)(b)'),
  row('ND', 'N.D.C.C. 51-07-19(1)(b)', 'daysOutOfService.value.dayType', 'business', '51-07-19(1)(b)'),
  row('ND', 'N.D.C.C. 51-07-19(3)', 'notice.value.conditionsProngs', ALL, '51-07-19(3)'),
  row('ND', 'N.D.C.C. 51-07-19(3)', 'finalRepairOpportunity.value.conditionsProngs', ALL, '51-07-19(3)'),
  row('ND', 'N.D.C.C. 51-07-21', 'timeToFile.value.known', true, '51-07-21'),
  // New Mexico, N.M. Stat. 57-16A-3, 57-16A-8 (2015 text)
  row('NM', 'N.M. Stat. 57-16A-3(C)(1)', 'sameNonconformity.value.threshold', 4, '57-16A-3(C)(1)'),
  row('NM', 'N.M. Stat. 57-16A-3(C)(2)', 'daysOutOfService.value.days', 30, '57-16A-3(C)(2)'),
  row('NM', 'N.M. Stat. 57-16A-3(C)(2)', 'daysOutOfService.value.dayType', 'business', '57-16A-3(C)(2)'),
  row('NM', 'N.M. Stat. 57-16A-3(C)', 'notice.value.conditionsProngs', ALL, '57-16A-3(C)'),
  row('NM', 'N.M. Stat. 57-16A-3(A), (C)', 'period.value.months', 12, '57-16A-3(A), (C)'),
  row('NM', 'N.M. Stat. 57-16A-8', 'timeToFile.value.deadline.combine', 'latest', '57-16A-8'),
  // Nevada, NRS 597.630(2), 597.650 (2015 text)
  row('NV', 'NRS 597.630(2)(a)', 'sameNonconformity.value.threshold', 4, '597.630(2)(a)'),
  row('NV', 'NRS 597.630(2)(b)', 'daysOutOfService.value.days', 30, '597.630(2)(b)'),
  row('NV', 'NRS 597.630(2)(b)', 'daysOutOfService.value.dayType', 'calendar', '597.630(2)(b)'),
  row('NV', 'NRS 597.630', 'finalRepairOpportunity.value.required', 'no', '597.630'),
  row('NV', 'NRS 597.610; 597.630(2)', 'notice.value.conditionsProngs', [], '597.610'),
  row('NV', 'NRS 597.650', 'timeToFile.value.deadline', { terms: [{ anchor: 'delivery', months: 18 }], combine: 'earliest' }, '597.650'),
  // New Hampshire, RSA 357-D:3, VII; 357-D:4; 357-D:11 (2015 text)
  row('NH', 'RSA 357-D:3, VII(a)', 'sameNonconformity.value.threshold', 3, '357-D:3, VII(a)'),
  row('NH', 'RSA 357-D:3, VII(b)', 'daysOutOfService.value.days', 30, '357-D:3, VII(b)'),
  row('NH', 'RSA 357-D:3, VII', 'period.value.endsWithExpressWarranty', true, '357-D:3, VII'),
  row('NH', 'RSA 357-D:4, V', 'finalRepairOpportunity.value.conditionsProngs', [], '357-D:4, V'),
  row('NH', 'RSA 357-D:11, I', 'timeToFile.value.deadline.combine', 'latest', '357-D:11, I'),
  // New York, GBL 198-a(b), (d), (g), (h), (j), (k) (2015 text; letters by order)
  row('NY', 'GBL 198-a(d)(1)', 'sameNonconformity.value.threshold', 4, '198-a(d)(1)'),
  row('NY', 'GBL 198-a(d)', 'seriousSafety.value', [], '198-a(d)'),
  row('NY', 'GBL 198-a(d)(2)', 'daysOutOfService.value.days', 30, '198-a(d)(2)'),
  row('NY', 'GBL 198-a(d)(2)', 'daysOutOfService.value.dayType', 'calendar', '198-a(d)(2)'),
  row('NY', 'GBL 198-a(b)(1)', 'notice.value.conditionsProngs', [], '198-a(b)(1)'),
  row('NY', 'GBL 198-a(b)(2), (d)', 'finalRepairOpportunity.value.required', 'no', '198-a(b)(2), (d)'),
  row('NY', 'GBL 198-a(g)', 'disputeProgram.value.requirement', 'required_if_compliant', '198-a(g)'),
  row('NY', 'GBL 198-a(h), (k)', 'stateArbitration.value.manufacturerComplianceDays', 30, '198-a(h), (k)'),
  row('NY', 'GBL 198-a(j)', 'timeToFile.value.deadline', { terms: [{ anchor: 'delivery', months: 48 }], combine: 'earliest' }, '198-a(j)'),
  // Alabama, Ala. Code 8-20A-1(8), 8-20A-2(c), 8-20A-6 (2015 text; letters of 8-20A-2 by order)
  row('AL', 'Ala. Code 8-20A-1(8)', 'period.value.months', 12, '8-20A-1(8)'),
  row('AL', 'Ala. Code 8-20A-1(8)', 'period.value.miles', 12000, '8-20A-1(8)'),
  row('AL', 'Ala. Code 8-20A-2(c)(1)', 'sameNonconformity.value.threshold', 3, '8-20A-2(c)(1)'),
  row('AL', 'Ala. Code 8-20A-2(c)(1)', 'sameNonconformity.value.plusFinalManufacturerAttempt', true, '8-20A-2(c)(1)'),
  row('AL', 'Ala. Code 8-20A-2(c)', 'seriousSafety.value', [], '8-20A-2(c)'),
  row('AL', 'Ala. Code 8-20A-2(c)(2)', 'daysOutOfService.value.days', 30, '8-20A-2(c)(2)'),
  row('AL', 'Ala. Code 8-20A-2(c)(2)', 'daysOutOfService.value.dayType', 'calendar', '8-20A-2(c)(2)'),
  row('AL', 'Ala. Code 8-20A-3(a)', 'finalRepairOpportunity.value.repairWithinDays', 14, '8-20A-3(a)'),
  row('AL', 'Ala. Code 8-20A-6', 'timeToFile.value.deadline.terms', [{ anchor: 'delivery', months: 36 }], '8-20A-6'),
  // Alaska, AS 45.45.305, 45.45.320, 45.45.355 (2015 text)
  row('AK', 'AS 45.45.320(1)', 'period.value.months', 12, '45.45.320(1), (2)'),
  row('AK', 'AS 45.45.320(1)', 'sameNonconformity.value.threshold', 3, '45.45.320(1)'),
  row('AK', 'AS 45.45.320', 'seriousSafety.value', [], '45.45.320'),
  row('AK', 'AS 45.45.320(2)', 'daysOutOfService.value.days', 30, '45.45.320(2)'),
  row('AK', 'AS 45.45.320(2)', 'daysOutOfService.value.dayType', 'business', '45.45.320(2)'),
  row('AK', 'AS 45.45.355', 'disputeProgram.value.compliance', 'state_certified', '45.45.355'),
  // Hawaii, HRS 481I-2, 481I-3(d), (h), (i), (j) (2015 text; letters by order)
  row('HI', 'HRS 481I-2', 'period.value.miles', 24000, '481I-2'),
  row('HI', 'HRS 481I-3(d)(1)', 'sameNonconformity.value.threshold', 3, '481I-3(d)(1)'),
  row('HI', 'HRS 481I-3(d)(2)', 'seriousSafety.value.0.threshold', 1, '481I-3(d)(2)'),
  row('HI', 'HRS 481I-3(d)(3)', 'daysOutOfService.value.days', 30, '481I-3(d)(3)'),
  row('HI', 'HRS 481I-3(d), (h)', 'notice.value.required', 'if_disclosed', '481I-3(a), (d), (h)'),
  row('HI', 'HRS 481I-3(d)', 'finalRepairOpportunity.value.conditionsProngs', ALL, '481I-3(d)'),
  row('HI', 'HRS 481I-3(j)', 'timeToFile.value.deadline.terms', [{ anchor: 'rights_period_end', months: 12 }], '481I-3(j)'),
  // South Dakota, SDCL 32-6D-5, 32-6D-11 (2015 text)
  row('SD', 'SDCL 32-6D-5(1)', 'sameNonconformity.value.threshold', 4, '32-6D-5(1)'),
  row('SD', 'SDCL 32-6D-5', 'seriousSafety.value', [], '32-6D-5'),
  row('SD', 'SDCL 32-6D-5(2)', 'daysOutOfService.value.days', 30, '32-6D-5(2)'),
  row('SD', 'SDCL 32-6D-11', 'timeToFile.value.deadline.terms', [{ anchor: 'delivery', months: 36 }], '32-6D-11'),
  // South Carolina, S.C. Code 56-28-50(A)(2), (B), 56-28-60, 56-28-70 (2015 text)
  row('SC', 'S.C. Code 56-28-50(A)(2)', 'daysOutOfService.value.days', 30, '56-28-50(A)(2)'),
  row('SC', 'S.C. Code 56-28-50(A)', 'seriousSafety.value', [], '56-28-50(A)'),
  row('SC', 'S.C. Code 56-28-50(B)', 'finalRepairOpportunity.value.designateFacilityWithinDays', 10, '56-28-50(B)'),
  row('SC', 'S.C. Code 56-28-60', 'disputeProgram.value.requirement', 'required_if_compliant', '56-28-60'),
  row('SC', 'S.C. Code 56-28-70', 'timeToFile.value.deadline.terms', [{ anchor: 'delivery', months: 36 }], '56-28-70'),
  // Rhode Island, R.I. Gen. Laws 31-5.2-1, 31-5.2-12 (2015 text)
  row('RI', 'R.I. Gen. Laws 31-5.2-1', 'period.value.miles', 15000, '31-5.2-1'),
  row('RI', 'R.I. Gen. Laws 31-5.2-12', 'timeToFile.value.deadline.combine', 'earliest', '31-5.2-12'),
  // Vermont, 9 V.S.A. 4172(g), (h), 4179(a) (2015 text; letters by order)
  row('VT', '9 V.S.A. 4172(g)(1)', 'sameNonconformity.value.threshold', 3, '4172(g)(1)'),
  row('VT', '9 V.S.A. 4172(g)', 'seriousSafety.value', [], '4172(g)'),
  row('VT', '9 V.S.A. 4172(g)(2)', 'daysOutOfService.value.dayType', 'calendar', '4172(g)(2)'),
  row('VT', '9 V.S.A. 4179(a)', 'timeToFile.value.deadline.combine', 'latest', '4179(a)'),
  // Wyoming, Wyo. Stat. 40-17-101(d), (f), (h) (2015 text)
  row('WY', 'Wyo. Stat. 40-17-101(d)(i)', 'sameNonconformity.value.comparison', 'more_than', '40-17-101(d)(i)'),
  row('WY', 'Wyo. Stat. 40-17-101(d)(ii)', 'daysOutOfService.value.days', 30, '40-17-101(d)(ii)'),
  row('WY', 'Wyo. Stat. 40-17-101(h)', 'notice.value.conditionsProngs', ALL, '40-17-101(h)'),
  row('WY', 'Wyo. Stat. 40-17-101(h)', 'finalRepairOpportunity.value.conditionsProngs', ALL, '40-17-101(h)'),
  row('WY', 'Wyo. Stat. 40-17-101(f)', 'disputeProgram.value.requirement', 'required_if_compliant', '40-17-101(f)'),
  // Missouri, Mo. Rev. Stat. 407.573.3, 407.575 (2015 copy of the RSMo 2000 text)
  row('MO', 'Mo. Rev. Stat. 407.575', 'disputeProgram.value.compliance', '16_cfr_703', '407.575'),
  row(
    'MO',
    'Mo. Rev. Stat. 407.573.3',
    'timeToFile.value.deadline.terms',
    [
      { anchor: 'warranty_expiry', months: 6 },
      { anchor: 'delivery', months: 18 },
    ],
    '407.573.3',
  ),
  // Oregon before 2009-09-21 (OR-1), former ORS 646.345, 646.355 (2015 copy of the pre-2009 text)
  { ...row('OR', 'former ORS 646.345(1)(a)', 'sameNonconformity.value.threshold', 4, '646.345(1)(a)'), version: 'OR-1' },
  { ...row('OR', 'former ORS 646.345(1)', 'seriousSafety.value', [], '646.345(1)'), version: 'OR-1' },
  { ...row('OR', 'former ORS 646.345(1)(b)', 'daysOutOfService.value.days', 30, '646.345(1)(b)'), version: 'OR-1' },
  { ...row('OR', 'former ORS 646.355', 'disputeProgram.value.requirement', 'required_if_compliant', '646.355'), version: 'OR-1' },
  // North Carolina, N.C. Gen. Stat. 20-351.5(a), 20-351.7 (2015 text)
  row('NC', 'G.S. 20-351.5(a)(1)', 'sameNonconformity.value.threshold', 4, '20-351.5(a)(1)'),
  row('NC', 'G.S. 20-351.5(a)', 'seriousSafety.value', [], '20-351.5(a)'),
  row('NC', 'G.S. 20-351.5(a)(2)', 'daysOutOfService.value.days', 20, '20-351.5(a)(2)'),
  row('NC', 'G.S. 20-351.5(a)(2)', 'daysOutOfService.value.rollingWindowMonths', 12, '20-351.5(a)(2)'),
  row('NC', 'G.S. 20-351.7', 'disputeProgram.value.requirement', 'required_if_compliant', '20-351.7'),
  row('NC', 'G.S. 20-351.7', 'preSuitNotice.value.daysBeforeFiling', 10, '20-351.7'),
  // Ohio: no written notice, no final repair (1345.72(A), 1345.73; M: 1345.78 not read); former 1345.75(C) (OH-1)
  row('OH', 'R.C. 1345.72(A); 1345.73', 'notice.value.required', 'no', '1345.72(A)', 'M', false),
  row('OH', 'R.C. 1345.73', 'finalRepairOpportunity.value.required', 'no', '1345.73', 'M', false),
  {
    ...row(
      'OH',
      'former R.C. 1345.75(C)',
      'timeToFile.value.deadline.terms',
      [{ anchor: 'warranty_expiry', months: 24 }],
      '1345.75(C)',
      'H',
      false,
    ),
    version: 'OH-1',
  },
  // Colorado before 2024-08-07 (CO-1), C.R.S. 42-10-102, 42-10-103(2), 42-10-106, 42-10-107 (2015 text)
  { ...row('CO', 'C.R.S. 42-10-103(2)(a)(I)', 'sameNonconformity.value.threshold', 4, '42-10-103(2)(a)(I)'), version: 'CO-1' },
  { ...row('CO', 'C.R.S. 42-10-103(2)(a)', 'seriousSafety.value', [], '42-10-103(2)(a)'), version: 'CO-1' },
  { ...row('CO', 'C.R.S. 42-10-103(2)(a)(II)', 'daysOutOfService.value.dayType', 'business', '42-10-103(2)(a)(II)'), version: 'CO-1' },
  { ...row('CO', 'C.R.S. 42-10-103(2)(c)', 'notice.value.conditionsProngs', ALL, '42-10-103(2)(c)'), version: 'CO-1' },
  { ...row('CO', 'C.R.S. 42-10-106', 'disputeProgram.value.requirement', 'required_if_compliant', '42-10-106'), version: 'CO-1' },
  { ...row('CO', 'C.R.S. 42-10-107', 'timeToFile.value.deadline.combine', 'earliest', '42-10-107'), version: 'CO-1' },
  // Structural: Indiana's business day (IC 24-5-13-2, current copy) and Iowa 322G.4(1)(a)
  row('IN', 'IC 24-5-13-2; 24-5-13-15(a)(2)', 'daysOutOfService.value.dayType', 'business_mon_sat', '24-5-13-15(a)(2)', 'H', false),
  row('IA', 'Iowa Code 322G.4(1)(a)', 'finalRepairOpportunity.value.unfinishedRepairSatisfies', true, '322G.4(1)(a)', 'H', false),
];

checkVerifiedRows(ROWS);

describe.each([
  'AL',
  'AK',
  'HI',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NM',
  'NC',
  'ND',
  'OK',
  'SD',
  'SC',
  'RI',
  'VT',
  'WY',
  'MS',
  'KS',
  'IN',
  'DE',
  'WV',
] as const)('%s: the statute named by the pack is the one read', (code) => {
  it('statute identification is H, with the 2015-copy caveat', () => {
    const statute = RULE_PACKS[code].statute;
    expect(statute.confidence).toBe('H');
    expect(statute.note).toContain('later amendment not ruled out');
    for (const key of statute.sources ?? []) expect(REFERENCE_SOURCES[key]).toBeDefined();
  });
});

const judge = (code: JurisdictionCode, h: CaseHistory, asOf = '2024-09-30') =>
  evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS[code], asOf });

describe('business_mon_sat day type (IC 24-5-13-2: a day other than Sunday or a legal holiday)', () => {
  it.each([
    ['2024-02-10', true, 'Saturday'],
    ['2024-02-11', false, 'Sunday'],
    ['2024-02-12', true, 'Monday'],
    ['2024-02-19', false, "Washington's Birthday (federal holiday)"],
    ['2024-11-28', false, 'Thanksgiving (federal holiday)'],
  ] as const)('%s counts: %s (%s)', (date, counts, _what) => {
    expect(isCountableDay(date, 'business_mon_sat')).toBe(counts);
  });

  it.each([
    // Mon 2024-02-05 .. Sat 2024-03-09: five weeks of six days less Feb 19 = 29; through Mon 2024-03-11 = 30.
    ['2024-02-05', '2024-03-09', 29, 24],
    ['2024-02-05', '2024-03-11', 30, 25],
    ['2024-02-10', '2024-02-11', 1, 0],
  ] as const)('%s to %s: %i Monday-to-Saturday business days (%i Monday-to-Friday)', (from, to, monSat, monFri) => {
    expect(countDaysOfType(from, to, 'business_mon_sat')).toBe(monSat);
    expect(countDaysOfType(from, to, 'business')).toBe(monFri);
  });
});

describe('Indiana IC 24-5-13-15(a)(2) with 24-5-13-2: 30 business days, Saturdays included', () => {
  const history = (dateOut: string) =>
    new CaseHistory({ jurisdiction: 'IN', deliveryDate: '2024-01-10' })
      .nonconformity('nc-1')
      .repair('long', { dateIn: '2024-02-05', dateOut, mileageIn: 1000, nc: 'nc-1' });
  const days = (dateOut: string) => judge('IN', history(dateOut)).prongs.find((p) => p.kind === 'days_out_of_service')!;

  it('out of service through Saturday 2024-03-09: 29 days, not met, one more Monday-to-Saturday business day', () => {
    expect(days('2024-03-09')).toMatchObject({
      count: 29,
      met: false,
      dayType: 'business_mon_sat',
      distance: { remaining: 1, text: '1 more Monday-to-Saturday business day' },
    });
  });

  it('through Monday 2024-03-11: 30, met (Monday to Friday it would be 25)', () => {
    expect(days('2024-03-11')).toMatchObject({ count: 30, met: true });
    expect(judge('IN', history('2024-03-11')).status).toBe('MET');
  });
});

describe('Iowa 322G.4(1)(a): a final repair not finished 10 days after delivery to the facility lifts the final-attempt requirement', () => {
  // Three failed repairs, certified-mail notice received 2024-04-03, facility named (offer) 2024-04-05.
  const offeredOn = '2024-04-05';
  const lastDay = addDays(offeredOn, 10); // calendar days (322G.2(4)); delivery not recorded, counted from the offer
  const history = () =>
    weeklyRepairs(new CaseHistory({ jurisdiction: 'IA', deliveryDate: '2024-01-10' }).nonconformity('nc-1'), 3)
      .notice('2024-04-01', [], '2024-04-03', 'certified_mail')
      .offer('fro-1', offeredOn);
  const attempts = (h: CaseHistory, asOf: string) =>
    judge('IA', h, asOf).prongs.find((p) => p.kind === 'same_nonconformity_attempts' && p.nonconformityId === 'nc-1')!;

  it('on the tenth day after the offer the repair may still be finished: not met', () => {
    const p = attempts(history(), lastDay);
    expect(p).toMatchObject({ count: 3, met: false });
    expect(p.missingPreconditions.map((m) => m.text).join(' ')).toContain(`until ${lastDay}`);
    expect(judge('IA', history(), lastDay).status).toBe('NOT_MET');
  });

  it('the day after, unfinished: met', () => {
    const dayAfter = addDays(lastDay, 1);
    expect(attempts(history(), dayAfter)).toMatchObject({ count: 3, met: true });
    expect(judge('IA', history(), dayAfter).status).toBe('MET');
  });

  it('a repair completed and fixed within the 10 days keeps the presumption away', () => {
    const h = history().completeFinalRepair('fro-1', addDays(offeredOn, 9), 'fixed');
    expect(attempts(h, addDays(lastDay, 5)).met).toBe(false);
  });
});

describe('Arizona 44-1264(C): no presumption before the manufacturer had its opportunity to cure', () => {
  const history = () =>
    weeklyRepairs(new CaseHistory({ jurisdiction: 'AZ', deliveryDate: '2024-01-10' }).nonconformity('nc-1'), 4).notice(
      '2024-04-01',
      [],
      '2024-04-03',
      'mail',
    );

  it('four repairs and written notice, no opportunity to cure recorded: not met', () => {
    const result = judge('AZ', history());
    expect(result.status).toBe('NOT_MET');
    const p = result.prongs.find((x) => x.kind === 'same_nonconformity_attempts' && x.nonconformityId === 'nc-1')!;
    expect(p.missingPreconditions.map((m) => m.kind)).toEqual(['final_repair_opportunity']);
  });

  it('once the opportunity was offered: met', () => {
    expect(judge('AZ', history().offer('fro-1', '2024-04-10')).status).toBe('MET');
  });
});

describe('Ohio 1345.72(A), 1345.73: no written-notice or final-repair step before the remedy', () => {
  it('three repairs of the same nonconformity meet the presumption; no notice or final-repair step is listed', () => {
    const result = judge('OH', weeklyRepairs(new CaseHistory({ jurisdiction: 'OH', deliveryDate: '2024-01-10' }).nonconformity('nc-1'), 3));
    expect(result.status).toBe('MET');
    expect(result.procedure.map((s) => s.kind)).not.toContain('manufacturer_notice');
    expect(result.procedure.map((s) => s.kind)).not.toContain('final_repair_opportunity');
  });

  it('two repairs are one short', () => {
    expect(
      judge('OH', weeklyRepairs(new CaseHistory({ jurisdiction: 'OH', deliveryDate: '2024-01-10' }).nonconformity('nc-1'), 2)).status,
    ).toBe('NOT_MET');
  });
});

describe('Nevada 597.630(2): no final repair opportunity and no notice condition', () => {
  it('four repairs without notice meet the presumption and no final-repair step is listed', () => {
    const result = judge('NV', weeklyRepairs(new CaseHistory({ jurisdiction: 'NV', deliveryDate: '2024-01-10' }).nonconformity('nc-1'), 4));
    expect(result.status).toBe('MET');
    expect(result.procedure.some((s) => s.kind === 'final_repair_opportunity')).toBe(false);
  });

  it('three repairs are one short', () => {
    expect(
      judge('NV', weeklyRepairs(new CaseHistory({ jurisdiction: 'NV', deliveryDate: '2024-01-10' }).nonconformity('nc-1'), 3)).status,
    ).toBe('NOT_MET');
  });
});
