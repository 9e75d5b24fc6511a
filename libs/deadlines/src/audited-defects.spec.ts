import { evaluatePresumption, RULE_PACKS } from '@lemon/state-rules';
import { CaseStream, pick } from './deadlines.spec-helpers';

/** Deadline side of the audited defects (issue 13 s1) and the wording fixes (s2), each citing its section. */

describe('Georgia (O.C.G.A. s 10-1-786(a); s 1-3-1(d)(3))', () => {
  it.each([
    // Delivered 2024-01-10: rights period ends 2026-01-10 (24 months; 24,000 miles not reached), + 1 year = 2027-01-10, a Sunday -> Monday 2027-01-11.
    ['2024-01-10', '2026-01-10', '2027-01-11'],
    // Delivered 2024-03-15: 2026-03-15 + 1 year = 2027-03-15, a Monday: no roll.
    ['2024-03-15', '2026-03-15', '2027-03-15'],
    // Delivered 2023-07-04: 2025-07-04 + 1 year = 2026-07-04, a Saturday (Independence Day, observed Friday 07-03) -> Monday 2026-07-06.
    ['2023-07-04', '2025-07-04', '2026-07-06'],
  ])('delivered %s: rights period ends %s; the arbitration application is due %s', (deliveryDate, periodEnd, due) => {
    // 2,000 miles in about a year or more: 24,000 miles is far off, the 24 months decide.
    const s = new CaseStream({ jurisdiction: 'GA', deliveryDate }).odometer('2025-04-15', 2010);
    const report = s.report('2025-04-16');
    const period = pick(report, 'rights_period_end');
    const application = pick(report, 'state_arbitration_request');
    expect(period).toMatchObject({ dueOn: periodEnd, status: 'UPCOMING', actor: 'consumer' });
    expect(application).toMatchObject({
      dueOn: due,
      actor: 'consumer',
      rule: { citation: 'O.C.G.A. s 10-1-786(a)', rulePackVersion: 'GA-2' },
    });
    // The presumption output and the docket agree on when the period ends.
    const evaluation = evaluatePresumption({ events: s.events, pack: RULE_PACKS.GA, asOf: '2025-04-16' });
    expect(evaluation.period?.endsOn).toBe(periodEnd);
  });
});

describe('North Carolina: 15 calendar days counted from the written notice, not from an offer (N.C. Gen. Stat. s 20-351.5(a))', () => {
  it.each([
    ['no offer recorded', (s: CaseStream) => s],
    ['an offer recorded 2024-03-25', (s: CaseStream) => s.offer('o1', '2024-03-25')],
  ])('%s: due 2024-03-26 (received 2024-03-11 + 15 days)', (_what, add) => {
    const s = add(
      new CaseStream({ jurisdiction: 'NC', deliveryDate: '2024-01-10' }).nonconformity('nc-1').notice('n1', '2024-03-08', '2024-03-11'),
    );
    const d = s.deadline('2024-03-12', 'final_repair_completion');
    expect(d).toMatchObject({ dueOn: '2024-03-26', actor: 'manufacturer', rule: { citation: 'N.C. Gen. Stat. s 20-351.5(a)' } });
    expect(d.computation).toContain('notice n1 received 2024-03-11 + 15 days = 2024-03-26');
    expect(d.title).toContain('"defect nc-1"');
  });
});

describe("Massachusetts: the 7-business-day final repair attempt runs from the manufacturer's receipt of notice (M.G.L. c. 90, s 7N1/2(4))", () => {
  it('is on the docket before any facility or offer is recorded', () => {
    // Received Thu 2024-05-23; 7 business days: May 24, (Mon May 27 Memorial Day skipped) 28, 29, 30, 31, Jun 3, 4 -> 2024-06-04.
    const d = new CaseStream({ jurisdiction: 'MA', deliveryDate: '2024-01-10' })
      .nonconformity('nc-1')
      .notice('n1', '2024-05-20', '2024-05-23')
      .deadline('2024-05-24', 'final_repair_completion');
    expect(d).toMatchObject({ dueOn: '2024-06-04', dayType: 'business', status: 'OPEN', actor: 'manufacturer' });
    expect(d.rule.citation).toBe('Mass. Gen. Laws ch. 90, s 7N1/2(4)');
  });
});

describe('New Jersey: the final opportunity runs 10 calendar days from receipt (N.J.S.A. 56:12-33)', () => {
  it('the docket shows the 10 days; the presumption waits for them', () => {
    const s = new CaseStream({ jurisdiction: 'NJ', deliveryDate: '2024-01-10' })
      .nonconformity('nc-1')
      .repair('r1', '2024-02-05', 800)
      .repair('r2', '2024-03-04', 1400)
      .notice('n1', '2024-03-11', '2024-03-13');
    expect(s.deadline('2024-03-14', 'final_repair_completion')).toMatchObject({ dueOn: '2024-03-23', status: 'OPEN' });
    expect(pick(s.report('2024-03-14'), 'rights_period_end').presumption).toEqual({ status: 'NOT_MET', metOn: null });
    s.offer('o1', '2024-03-15').completeRepair('o1', '2024-03-18');
    expect(pick(s.report('2024-03-20'), 'rights_period_end').presumption).toEqual({ status: 'MET', metOn: '2024-03-18' });
  });
});

describe('Texas: the six-month limit is for a proceeding before the Texas DMV, not a suit (Tex. Occ. Code s 2301.606(d))', () => {
  it('is labelled as the agency proceeding', () => {
    const d = new CaseStream({ jurisdiction: 'TX', deliveryDate: '2024-01-10' })
      .odometer('2024-07-10', 2010)
      .deadline('2024-07-11', 'time_to_file');
    // Rights period end 2026-01-10 (24 months) + 6 months = 2026-07-10.
    expect(d).toMatchObject({ dueOn: '2026-07-10', rule: { citation: 'Tex. Occ. Code s 2301.606(d)' } });
    expect(d.title).toBe('Last day to begin a proceeding before the Texas Department of Motor Vehicles (not a court filing deadline)');
    expect(d.title).not.toContain('file suit');
    expect(d.rule.text).toContain('not a deadline to file suit');
  });
});

describe('who must act (issue 13 s2)', () => {
  it('every deadline names its actor', () => {
    const r = new CaseStream({ jurisdiction: 'FL', deliveryDate: '2024-01-10' })
      .nonconformity('nc-1')
      .notice('n1', '2024-03-01', '2024-03-04')
      .claim('c1', '2024-04-01', { program: 'STATE_PROGRAM' })
      .report('2024-04-02');
    const actors = Object.fromEntries(r.deadlines.map((d) => [d.kind, d.actor]));
    expect(actors).toMatchObject({
      rights_period_end: 'consumer',
      dispute_claim_window: 'consumer',
      state_arbitration_request: 'consumer',
      dispute_decision_due: 'program',
      final_repair_facility_designation: 'manufacturer',
      final_repair_completion: 'manufacturer',
      time_to_file: 'firm',
    });
    expect(r.deadlines.every((d) => ['consumer', 'firm', 'manufacturer', 'program', 'court'].includes(d.actor))).toBe(true);
  });

  it("a program's passed decision date is OVERDUE, not MISSED (Fla. Stat. s 681.1095: the board decides within 60 days)", () => {
    const d = new CaseStream({ jurisdiction: 'FL', deliveryDate: '2024-01-10' })
      .claim('s1', '2024-03-01', { program: 'STATE_PROGRAM' })
      .deadline('2024-05-01', 'dispute_decision_due', 's1');
    expect(d).toMatchObject({ dueOn: '2024-04-30', status: 'OVERDUE', actor: 'program' });
  });
});
