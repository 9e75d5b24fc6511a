import { checkVerifiedRows, type VerifiedRow } from './verified-rows.spec-helpers';
import { CaseHistory } from '@lemon/testing/case-history';
import { addDays } from '../calendar/legal-date';
import { evaluatePresumption } from '../presumption/evaluate-presumption';
import { RULE_PACKS } from '../registry';

/**
 * Values re-read against the statute text on 2026-11-28 (issue 13 §3, "statutes" group; table in
 * libs/state-rules/verification/statutes.md). Each row is written by hand from the text read, so it
 * checks the pack rather than restating it.
 */

const ROWS: VerifiedRow[] = [
  { code: 'OH', section: 'R.C. 1345.73(A)', field: 'period.value.months', expected: 12, confidence: 'H', citation: '1345.73(A)' },
  { code: 'OH', section: 'R.C. 1345.73(A)', field: 'period.value.miles', expected: 18000, confidence: 'H', citation: '1345.73(A)' },
  {
    code: 'OH',
    section: 'R.C. 1345.73(A)',
    field: 'period.value.combine',
    expected: 'whichever_first',
    confidence: 'H',
    citation: '1345.73(A)',
  },
  {
    code: 'OH',
    section: 'R.C. 1345.73(A)(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 3,
    confidence: 'H',
    citation: '1345.73(A)(1)',
  },
  {
    code: 'OH',
    section: 'R.C. 1345.73(A)(2)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '1345.73(A)(2)',
  },
  {
    code: 'OH',
    section: 'R.C. 1345.73(A)(2)',
    field: 'daysOutOfService.value.dayType',
    expected: 'calendar',
    confidence: 'H',
    citation: '1345.73(A)(2)',
  },
  {
    code: 'OH',
    section: 'R.C. 1345.73(A)(3)',
    field: 'anyDefectAttempts.value.threshold',
    expected: 8,
    confidence: 'H',
    citation: '1345.73(A)(3)',
  },
  {
    code: 'OH',
    section: 'R.C. 1345.73(A)(4)',
    field: 'seriousSafety.value.0.threshold',
    expected: 1,
    confidence: 'H',
    citation: '1345.73(A)(4)',
  },
  { code: 'TN', section: 'Tenn. Code 55-24-201(5)', field: 'period.value.months', expected: 12, confidence: 'H', citation: '55-24-201(5)' },
  {
    code: 'TN',
    section: 'Tenn. Code 55-24-201(5)',
    field: 'period.value.endsWithExpressWarranty',
    expected: true,
    confidence: 'H',
    citation: '55-24-201(5)',
  },
  {
    code: 'TN',
    section: 'Tenn. Code 55-24-205(a)(1)',
    field: 'sameNonconformity.value.threshold',
    expected: 3,
    confidence: 'H',
    citation: '55-24-205(a)(1)',
  },
  {
    code: 'TN',
    section: 'Tenn. Code 55-24-205(a)(2)',
    field: 'daysOutOfService.value.days',
    expected: 30,
    confidence: 'H',
    citation: '55-24-205(a)(2)',
  },
  {
    code: 'TN',
    section: 'Tenn. Code 55-24-205(a)(2)',
    field: 'daysOutOfService.value.dayType',
    expected: 'calendar',
    confidence: 'H',
    citation: '55-24-205(a)(2)',
  },
  {
    code: 'TN',
    section: 'Tenn. Code 55-24-205(c)',
    field: 'notice.value.required',
    expected: 'yes',
    confidence: 'H',
    citation: '55-24-205(c)',
  },
  {
    code: 'TN',
    section: 'Tenn. Code 55-24-205(c)',
    field: 'finalRepairOpportunity.value.repairWithinDays',
    expected: 10,
    confidence: 'M',
    citation: '55-24-205(c)',
  },
  {
    code: 'TN',
    section: 'Tenn. Code 55-24-205(c)',
    field: 'finalRepairOpportunity.value.repairWindowFrom',
    expected: 'notice_received',
    confidence: 'M',
    citation: '55-24-205(c)',
  },
];

checkVerifiedRows(ROWS);

describe('Tennessee 55-24-205(a)(1): three repairs of the same nonconformity (the extract said four)', () => {
  const delivery = '2024-01-10';
  const withRepairs = (n: number) => {
    const h = new CaseHistory({ jurisdiction: 'TN', deliveryDate: delivery }).nonconformity('nc-1');
    h.notice('2024-01-20', [], undefined, 'certified_mail').finalRepair('2024-01-25', { on: '2024-01-26' });
    for (let i = 0; i < n; i++) {
      const day = addDays('2024-02-05', 7 * i);
      h.repair(`r${i + 1}`, { dateIn: day, dateOut: day, mileageIn: 1000 + 100 * i, nc: 'nc-1' });
    }
    return evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS.TN, asOf: '2024-09-30' });
  };

  it('two repairs are not enough', () => {
    const result = withRepairs(2);
    expect(result.status).toBe('NOT_MET');
    const p = result.prongs.find((x) => x.kind === 'same_nonconformity_attempts' && x.nonconformityId === 'nc-1')!;
    expect(p).toMatchObject({ count: 2, met: false, distance: { remaining: 1 } });
  });

  it('the third repair meets the presumption', () => {
    const result = withRepairs(3);
    expect(result.status).toBe('MET');
    const p = result.prongs.find((x) => x.kind === 'same_nonconformity_attempts' && x.nonconformityId === 'nc-1')!;
    expect(p).toMatchObject({ count: 3, met: true });
  });
});
