import { BMW, type ManufacturerEntry } from '@lemon/manufacturers';
import { computeDeadlines } from './compute-deadlines';
import { CaseStream, pick } from './deadlines.spec-helpers';

/**
 * California's elected procedure (Code Civ. Proc. 871.20 et seq., AB 1755): its clocks appear
 * only once the case records that the manufacturer elected it (871.20(a), 871.29).
 */
describe('CA AB 1755 clocks (Code Civ. Proc. ss 871.21, 871.24, 871.26)', () => {
  // Delivered 2025-06-02, warranty 36 months / 36,000 miles; 3,000 miles a year: the warranty ends 2028-06-02.
  const stream = () =>
    new CaseStream({ jurisdiction: 'CA', deliveryDate: '2025-06-02', warranty: { months: 36, miles: 36000 } })
      .nonconformity('nc-1')
      .odometer('2026-06-02', 3010);

  it('elected: the limitation period, the pre-suit notice, the manufacturer windows and the post-answer clocks go on the docket', () => {
    const s = stream().ab1755Election(true, '2025-01-15', 'DCA list of electing manufacturers').notice('n1', '2026-07-01', '2026-07-06');
    const r = s.report('2026-07-10');
    expect(r.rulePackVersion?.id).toBe('CA-1+CA-AB1755');
    expect(r.notes.join(' ')).toContain('The case records that the manufacturer elected');
    // 871.21(a): 1 year after the warranty expires (2028-06-02 + 12 months = 2029-06-02); (b) at most 6 years after delivery (2031-06-02).
    expect(pick(r, 'time_to_file')).toMatchObject({
      dueOn: '2029-06-02',
      actor: 'firm',
      rule: { citation: 'Code Civ. Proc. s 871.21(a), (b)', confidence: 'H' },
    });
    // 871.24(a): at least 30 days before filing: 2029-06-02 - 30 days = 2029-05-03.
    expect(pick(r, 'pre_suit_notice')).toMatchObject({
      dueOn: '2029-05-03',
      actor: 'consumer',
      rule: { citation: 'Code Civ. Proc. s 871.24(a)' },
    });
    // 871.24(e)(1): offer within 30 days of receipt (2026-07-06 + 30 = 2026-08-05), completed within 60 (2026-09-04).
    expect(pick(r, 'elected_procedure_offer')).toMatchObject({
      dueOn: '2026-08-05',
      status: 'OPEN',
      actor: 'manufacturer',
      lowConfidence: true,
      rule: { citation: 'Code Civ. Proc. s 871.24(e)(1)(A)' },
    });
    expect(pick(r, 'elected_procedure_remedy')).toMatchObject({ dueOn: '2026-09-04', actor: 'manufacturer' });
    // 871.26: from the answer, which no event records: on the docket without a date, saying why.
    for (const kind of ['elected_procedure_disclosures', 'elected_procedure_mediation'] as const) {
      const d = pick(r, kind);
      expect(d).toMatchObject({ dueOn: null, status: 'NOT_APPLICABLE', actor: 'firm', lowConfidence: true });
      expect(d.statusReason).toContain('answer');
    }
    expect(pick(r, 'elected_procedure_mediation').rule.citation).toBe('Code Civ. Proc. s 871.26(d)');
  });

  it('the remedy window is MET by a repurchase within the 60 days', () => {
    const s = stream().ab1755Election(true).notice('n1', '2026-07-01', '2026-07-06').resolve('2026-08-20', 'repurchase');
    expect(s.deadline('2026-08-21', 'elected_procedure_remedy')).toMatchObject({ status: 'MET', satisfiedBy: { on: '2026-08-20' } });
  });

  it('a notice sent before the election is not taken as the pre-suit notice', () => {
    const s = stream().notice('n0', '2025-03-01', '2025-03-03').ab1755Election(true, '2025-04-02');
    expect(s.deadline('2026-07-10', 'elected_procedure_offer')).toMatchObject({ dueOn: null, status: 'NOT_APPLICABLE' });
  });

  it.each([
    ['recorded as not elected', (s: CaseStream) => s.ab1755Election(false), 'did not elect'],
    ['not recorded', (s: CaseStream) => s, 'No election under'],
  ])('%s: no AB 1755 clocks, the base version, and the note says so', (_what, add, note) => {
    const r = add(stream()).notice('n1', '2026-07-01', '2026-07-06').report('2026-07-10');
    expect(r.rulePackVersion?.id).toBe('CA-1');
    expect(r.deadlines.some((d) => d.kind.startsWith('elected_procedure'))).toBe(false);
    expect(r.notes.join(' ')).toContain(note);
  });

  it('reads the election from the linked manufacturer directory entry when the case records none; the case record wins', () => {
    const electing: ManufacturerEntry = {
      ...BMW,
      ab1755Election: { value: { elected: true, electedOn: '2025-12-15' }, confidence: 'M', sources: ['BBB-LASV'] },
    };
    const linked = () => stream().linkManufacturer('bmw').notice('n1', '2026-07-01', '2026-07-06');
    const fromDirectory = computeDeadlines({ events: linked().events, asOf: '2026-07-10', manufacturers: [electing] });
    expect(fromDirectory.rulePackVersion?.id).toBe('CA-1+CA-AB1755');
    expect(fromDirectory.notes.join(' ')).toContain('The manufacturer directory records that the manufacturer elected');
    const caseSaysNo = computeDeadlines({ events: linked().ab1755Election(false).events, asOf: '2026-07-10', manufacturers: [electing] });
    expect(caseSaysNo.rulePackVersion?.id).toBe('CA-1');
    // The shipped directory does not establish BMW's election: nothing is assumed.
    expect(linked().report('2026-07-10').rulePackVersion?.id).toBe('CA-1');
  });
});
