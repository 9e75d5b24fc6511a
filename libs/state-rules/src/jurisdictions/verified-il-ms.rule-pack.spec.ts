import { CaseHistory } from '@lemon/testing/case-history';
import { addDays } from '../calendar/legal-date';
import { evaluatePresumption } from '../presumption/evaluate-presumption';
import { RULE_PACKS, type JurisdictionCode } from '../registry';
import { REFERENCE_SOURCES } from '../sources/reference-sources';

/**
 * Values re-read against the statute text on 2026-11-28 (issue 13 §3, IL-MS group; table in
 * libs/state-rules/verification/il-ms.md). Each row is written by hand from the text read, so it
 * checks the pack rather than restating it.
 */
interface VerifiedRow {
  code: JurisdictionCode;
  section: string;
  /** Dotted path inside the newest version, e.g. 'sameNonconformity.value.threshold'. */
  field: string;
  expected: unknown;
  confidence: 'H' | 'M' | 'L';
  /** Substring the value's citation must carry (subsection level). */
  citation: string;
}

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
    expected: 'business',
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
    confidence: 'M',
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
];

function newest(code: JurisdictionCode) {
  return RULE_PACKS[code].versions.at(-1)!;
}

function at(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], root);
}

describe.each(ROWS)('$code $section: $field', (row) => {
  it(`is ${JSON.stringify(row.expected)} (confidence ${row.confidence}, cited at subsection level)`, () => {
    const version = newest(row.code);
    expect(at(version, row.field)).toEqual(row.expected);
    const [fieldName] = row.field.split('.');
    const sourced = (version as unknown as Record<string, { confidence: string; citation: string; sources?: string[] }>)[fieldName!]!;
    expect(sourced.confidence).toBe(row.confidence);
    expect(sourced.citation).toContain(row.citation);
    for (const key of sourced.sources ?? []) expect(REFERENCE_SOURCES[key]).toBeDefined();
  });
});

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

  it('deliveries before the 2003 amendment keep the 2-year text (ME-1)', () => {
    expect(RULE_PACKS.ME.versions.map((v) => [v.id, v.effectiveFrom, v.period.value.months])).toEqual([
      ['ME-1', RULE_PACKS.ME.versions[0]!.effectiveFrom, 24],
      ['ME-2', '2003-09-13', 36],
    ]);
  });
});
