import { RULE_PACKS } from '@lemon/state-rules';
import { CaseStream } from './deadlines.spec-helpers';

// Dispute-program deadlines. Seeds (BMW booklets, "BBB AUTO LINE - California Residents"):
// claim within six months after warranty expiry (item 2); decision within 40 days of filing,
// +7 days when the manufacturer was not contacted first, up to +30 days for an inspection
// (item 5; 16 CFR 703.5, Cal. Code Regs. tit. 16 s 3398.9); compliance within 30 days after the
// acceptance (item 11; Cal. Civ. Code s 1793.22(d)(3)). All calendar days.

describe('BBB AUTO LINE claim window: six months after warranty expiry (booklet item 2)', () => {
  it.each([
    // delivery, warranty months, reading (low mileage, so the date limit comes first), expiry, window
    // 2024-01-10 + 48 months = 2028-01-10; + 6 months = 2028-07-10.
    ['2024-01-10', 48, '2025-01-10', '2028-01-10', '2028-07-10'],
    // Month-end clamping: 2021-08-31 + 36 months = 2024-08-31; + 6 months = Feb 31 -> 2025-02-28.
    ['2021-08-31', 36, '2022-08-31', '2024-08-31', '2025-02-28'],
    // Leap year: 2019-08-31 + 48 months = 2023-08-31; + 6 months = Feb 31 -> 2024-02-29.
    ['2019-08-31', 48, '2020-08-31', '2023-08-31', '2024-02-29'],
    // Aug 30 also clamps: 2020-08-30 + 36 months = 2023-08-30; + 6 months = Feb 30 -> 2024-02-29.
    ['2020-08-30', 36, '2021-08-30', '2023-08-30', '2024-02-29'],
  ])('delivered %s, %i-month warranty (reading %s): expiry %s, claims by %s', (delivery, months, readOn, expiry, due) => {
    const s = new CaseStream({ jurisdiction: 'CA', deliveryDate: delivery, warranty: { months, miles: 50000 } }).odometer(readOn, 5010);
    const d = s.deadline(readOn, 'dispute_claim_window', 'bbb-auto-line');
    expect(d.dueOn).toBe(due);
    expect(d.computation).toBe(`warranty expiry ${expiry} (${months} months from delivery ${delivery}) + 6 months = ${due}`);
    expect(d).toMatchObject({
      status: 'OPEN',
      dueIsEstimate: false,
      lowConfidence: false,
      rule: { confidence: 'H', rulePackVersion: 'CA-1' },
    });
    expect(d.rule.citation).toContain('six (6) months');
  });

  it('mileage first: expiry estimated from the odometer trend, flagged', () => {
    // Odometer 0 on 2024-01-01, 10,000 on 2024-04-10 (100 days): 100 miles/day, so 50,000 miles on
    // day 500 = 2025-05-15 (2024 has 366 days: 2025-01-01 is day 366, + 134 = May 15), before the
    // 48-month limit 2028-01-01. Window: 2025-05-15 + 6 months = 2025-11-15.
    const s = new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-01', odometerAtDelivery: 0 }).odometer('2024-04-10', 10000);
    const d = s.deadline('2024-05-01', 'dispute_claim_window', 'bbb-auto-line');
    expect(d).toMatchObject({ dueOn: '2025-11-15', dueIsEstimate: true, lowConfidence: true });
    expect(d.basedOn).toEqual(['e1', 'e2']);
  });

  it('no reading after delivery: the date limit is shown but flagged (the miles may run out first)', () => {
    const d = new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-10' }).deadline(
      '2024-02-01',
      'dispute_claim_window',
      'bbb-auto-line',
    );
    expect(d.dueOn).toBe('2028-07-10');
    expect(d.lowConfidenceReasons.join(' ')).toContain('may end the warranty before 2028-01-10');
  });

  it('MET by a claim filed on the last day; MISSED (with the late filing) when filed a day later', () => {
    const base = () =>
      new CaseStream({ jurisdiction: 'CA', deliveryDate: '2021-08-31', warranty: { months: 36, miles: 50000 } }).odometer(
        '2022-08-31',
        5010,
      );
    const onTime = base().claim('c1', '2025-02-28').deadline('2025-03-10', 'dispute_claim_window', 'bbb-auto-line');
    expect(onTime).toMatchObject({ status: 'MET', satisfiedBy: { eventId: 'e3', on: '2025-02-28' } });
    const late = base().claim('c1', '2025-03-01').deadline('2025-03-10', 'dispute_claim_window', 'bbb-auto-line');
    expect(late.status).toBe('MISSED');
    expect(late.statusReason).toBe('claim c1 filed on 2025-03-01, 1 day(s) after the due date.');
  });

  it("another manufacturer: shown in California but low confidence (the window is BMW's)", () => {
    const d = new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-10', manufacturer: 'Ford Motor Company' }).deadline(
      '2024-02-01',
      'dispute_claim_window',
      'bbb-auto-line',
    );
    expect(d).toMatchObject({ dueOn: '2028-07-10', lowConfidence: true, rule: { confidence: 'L' } });
  });

  it('outside California it appears only once a BBB AUTO LINE claim exists', () => {
    const tx = new CaseStream({ jurisdiction: 'TX', deliveryDate: '2024-01-10' });
    expect(tx.report('2024-02-01').deadlines.some((d) => d.kind === 'dispute_claim_window')).toBe(false);
    expect(tx.claim('c1', '2024-06-03').deadline('2024-07-01', 'dispute_claim_window', 'bbb-auto-line')).toMatchObject({
      status: 'MET',
      rule: { confidence: 'L' },
    });
  });
});

describe('decision due: 40 days after filing, +7, + inspection days up to 30 (booklet item 5)', () => {
  it.each([
    // May has 31 days: May 1 + 30 = May 31, + 10 = Jun 10.
    ['contacted first', true, null, '2024-06-10', 'filed 2024-05-01 + 40 days = 2024-06-10'],
    // 47 days: May 31 (+30) + 17 = Jun 17.
    [
      'not contacted first',
      false,
      null,
      '2024-06-17',
      'filed 2024-05-01 + 40 days + 7 days (manufacturer not contacted first) = 2024-06-17',
    ],
    // 77 days: May 31 (+30), Jun 30 (+60), + 17 = Jul 17.
    [
      'not contacted + 30-day inspection',
      false,
      30,
      '2024-07-17',
      'filed 2024-05-01 + 40 days + 7 days (manufacturer not contacted first) + 30 days (inspection requested 2024-05-20) = 2024-07-17',
    ],
    // 54 days: May 31 (+30) + 24 = Jun 24.
    [
      'contacted + 14-day inspection',
      true,
      14,
      '2024-06-24',
      'filed 2024-05-01 + 40 days + 14 days (inspection requested 2024-05-20) = 2024-06-24',
    ],
  ])('%s', (_label, contactedFirst, inspectionDays, due, computation) => {
    const s = new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-10' }).claim('c1', '2024-05-01', { contactedFirst });
    if (inspectionDays !== null) s.inspection('c1', '2024-05-20', inspectionDays);
    const d = s.deadline('2024-06-01', 'dispute_decision_due', 'c1');
    expect(d).toMatchObject({ dueOn: due, computation, status: 'OPEN', deadlineId: 'case-7:dispute_decision_due:c1' });
    // The inspection extension is stated for California programs only (confidence M).
    expect(d.rule.confidence).toBe(inspectionDays === null ? 'H' : 'M');
  });

  it('crosses the year end: 2024-12-15 + 40 days = 2025-01-24 (Dec 15 + 16 = Dec 31, + 24)', () => {
    const s = new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-10' }).claim('c1', '2024-12-15');
    expect(s.deadline('2024-12-20', 'dispute_decision_due').dueOn).toBe('2025-01-24');
  });

  // Due 2024-06-10. Due ON the date means still OPEN that whole day; from the day after the
  // program is late: OVERDUE (its deadline, actor 'program'), never MISSED (nobody on the case missed it).
  it.each([
    ['2024-06-09', null, 'OPEN'],
    ['2024-06-10', null, 'OPEN'],
    ['2024-06-11', null, 'OVERDUE'],
    ['2024-06-11', '2024-06-10', 'MET'], // decided on the due day
    ['2024-06-09', '2024-06-10', 'OPEN'], // decided after asOf: not yet happened as of asOf
    ['2024-06-12', '2024-06-12', 'OVERDUE'], // decided two days late
  ])('asOf %s, decision %s -> %s (16 CFR 703.5(d))', (asOf, decidedOn, status) => {
    const s = new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-10' }).claim('c1', '2024-05-01');
    if (decidedOn) s.decision('c1', decidedOn);
    const d = s.deadline(asOf, 'dispute_decision_due', 'c1');
    expect(d.status).toBe(status);
    if (status === 'MET') expect(d.satisfiedBy).toEqual({ eventId: 'e3', on: decidedOn });
    expect(d.actor).toBe('program');
    if (status === 'OVERDUE' && decidedOn) expect(d.statusReason).toContain('2 day(s) after');
  });

  it('a state board claim uses the board decision time (FL: 60 days), counted from filing and flagged', () => {
    // 2024-03-01 + 60 days: Mar 31 (+30), Apr 30 (+60).
    const d = new CaseStream({ jurisdiction: 'FL', deliveryDate: '2024-01-10' })
      .claim('s1', '2024-03-01', { program: 'STATE_PROGRAM' })
      .deadline('2024-03-05', 'dispute_decision_due', 's1');
    expect(d).toMatchObject({ dueOn: '2024-04-30', lowConfidence: true });
  });
});

describe('manufacturer compliance: 30 days after acceptance (booklet item 11; state boards per pack)', () => {
  const decided = () =>
    new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-10' }).claim('c1', '2024-05-01').decision('c1', '2024-06-05');

  it.each([
    // Jun 20 + 10 = Jun 30, + 20 = Jul 20.
    ['2024-07-20', null, 'OPEN'],
    ['2024-07-21', null, 'MISSED'],
    ['2024-07-25', '2024-07-20', 'MET'],
  ])('accepted 2024-06-20, due 2024-07-20: asOf %s, complied %s -> %s', (asOf, compliedOn, status) => {
    const s = decided().accept('c1', '2024-06-20');
    if (compliedOn) s.comply('c1', compliedOn);
    const d = s.deadline(asOf, 'manufacturer_compliance_due', 'c1');
    expect(d).toMatchObject({ dueOn: '2024-07-20', status });
    expect(d.computation).toContain('accepted 2024-06-20 + 30 days = 2024-07-20');
  });

  it('NOT_APPLICABLE when the consumer rejected the decision', () => {
    const d = decided().reject('c1', '2024-06-20').deadline('2024-06-21', 'manufacturer_compliance_due', 'c1');
    expect(d).toMatchObject({ status: 'NOT_APPLICABLE', dueOn: null, basedOn: ['e4'] });
    expect(d.statusReason).toContain('rejected the decision on 2024-06-20');
  });

  it('NOT_APPLICABLE when the accepted decision awards nothing', () => {
    const s = new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-10' })
      .claim('c1', '2024-05-01')
      .decision('c1', '2024-06-05', 'no_award')
      .accept('c1', '2024-06-20');
    expect(s.deadline('2024-06-21', 'manufacturer_compliance_due', 'c1').status).toBe('NOT_APPLICABLE');
  });

  it('a Florida Board award: 40 days (pack stateArbitration.manufacturerComplianceDays)', () => {
    // 2024-06-20 + 40 days: Jun 30 (+10), Jul 30 (+40).
    const s = new CaseStream({ jurisdiction: 'FL', deliveryDate: '2024-01-10' })
      .claim('s1', '2024-05-01', { program: 'STATE_PROGRAM' })
      .decision('s1', '2024-06-05')
      .accept('s1', '2024-06-20');
    expect(s.deadline('2024-06-21', 'manufacturer_compliance_due', 's1').dueOn).toBe('2024-07-30');
  });
});

describe('state windows from the pack', () => {
  it('FL certified program: 60 days after the 24-month rights period (Fla. Stat. s 681.104)', () => {
    // Rights period: 2024-01-10 + 24 months = 2026-01-10; + 60 days: Jan 31 (+21), Feb 28 (+49), Mar 11 (+60).
    const d = new CaseStream({ jurisdiction: 'FL', deliveryDate: '2024-01-10' }).deadline(
      '2024-02-01',
      'dispute_claim_window',
      'certified-program',
    );
    expect(d).toMatchObject({ dueOn: '2026-03-11', rule: { confidence: 'H' } });
  });

  it('FL Board request: the later of rights period + 60 days and the program decision + 30 days', () => {
    const fl = () => new CaseStream({ jurisdiction: 'FL', deliveryDate: '2024-01-10' });
    expect(fl().deadline('2024-02-01', 'state_arbitration_request').dueOn).toBe('2026-03-11');
    // Program decision 2026-03-01 + 30 days = 2026-03-31, later than 2026-03-11.
    const withDecision = fl().claim('c1', '2026-01-20', { program: 'MANUFACTURER_PROGRAM' }).decision('c1', '2026-03-01');
    expect(withDecision.deadline('2026-03-02', 'state_arbitration_request').dueOn).toBe('2026-03-31');
  });

  it('GA panel: 1 year after the 24-month rights period (O.C.G.A. s 10-1-786(a); deliveries from 2009-01-01)', () => {
    // 2024-03-15 + 24 months = 2026-03-15 (24,000 miles not reached: 2,000 miles in 6 months); + 12 months = 2027-03-15, a Monday.
    const d = new CaseStream({ jurisdiction: 'GA', deliveryDate: '2024-03-15' })
      .odometer('2024-09-15', 2010)
      .deadline('2024-10-01', 'state_arbitration_request');
    expect(d.dueOn).toBe('2027-03-15');
    expect(d.rule).toMatchObject({ citation: 'O.C.G.A. s 10-1-786(a)', confidence: 'H', rulePackVersion: 'GA-2' });
  });

  it('GA panel under the former law: 1 year after the 12-month rights period (deliveries before 2009-01-01)', () => {
    // 2008-03-14 + 12 months = 2009-03-14; + 12 months = 2010-03-14, a Sunday, so through Monday 2010-03-15 (O.C.G.A. 1-3-1(d)(3)).
    const d = new CaseStream({ jurisdiction: 'GA', deliveryDate: '2008-03-14' })
      .odometer('2008-09-15', 2010)
      .deadline('2008-10-01', 'state_arbitration_request');
    expect(d.rule.rulePackVersion).toBe('GA-1');
    expect(d.dueOn).toBe('2010-03-15');
    expect(d.computation).toContain('O.C.G.A. s 1-3-1(d)(3)');
  });

  it('a pack is used as given (the caller may pass one)', () => {
    const d = new CaseStream({ jurisdiction: 'FL', deliveryDate: '2024-01-10' }).deadline(
      '2024-02-01',
      'dispute_claim_window',
      'certified-program',
      RULE_PACKS.FL,
    );
    expect(d.rule.rulePackVersion).toBe('FL-1');
  });
});
