import { CaseStream } from './deadlines.spec-helpers';

// The manufacturer's final-repair-opportunity windows after written notice, per the rule packs:
// FL (Fla. Stat. s 681.104): 10 days from receipt to name a facility, then 10 days from delivery
// to it; GA (O.C.G.A. s 10-1-780 et seq.): 7 + 14; NJ (N.J.S.A. 56:12-29 et seq.): 10 calendar
// days from receipt; MI (Mich. Comp. Laws s 257.1401 et seq.): 5 business days from delivery to
// the facility (business days: Monday-Friday except observed federal holidays, 5 U.S.C. 6103). Delivery to the facility is
// not an event, so the offer date stands in for it (flagged).

describe('facility designation and completion windows', () => {
  it.each([
    // state, received, offered, designation due, completion due
    // FL: Mar 1 + 10 = Mar 11; offered Mar 8 + 10 = Mar 18.
    ['FL', '2024-03-01', '2024-03-08', '2024-03-11', '2024-03-18'],
    // GA: May 10 + 7 = May 17; offered May 15 + 14 = May 29.
    ['GA', '2024-05-10', '2024-05-15', '2024-05-17', '2024-05-29'],
    // NJ: no designation step; Feb 20 + 10 in a leap year: Feb 29 is +9, Mar 1 is +10.
    ['NJ', '2024-02-20', '2024-02-26', null, '2024-03-01'],
  ])('%s: notice received %s, offer %s -> facility by %s, repair by %s', (state, received, offered, designation, completion) => {
    const s = new CaseStream({ jurisdiction: state, deliveryDate: '2024-01-05' }).notice('n1', '2024-02-15', received).offer('o1', offered);
    const report = s.report(offered);
    const des = report.deadlines.find((d) => d.kind === 'final_repair_facility_designation');
    expect(des?.dueOn ?? null).toBe(designation);
    if (des) expect(des).toMatchObject({ status: 'MET', satisfiedBy: { eventId: 'e3', on: offered } });
    const done = report.deadlines.find((d) => d.kind === 'final_repair_completion')!;
    expect(done).toMatchObject({ dueOn: completion, status: 'OPEN', dayType: 'calendar', deadlineId: 'case-7:final_repair_completion:n1' });
  });

  it('FL before any offer: completion provisional at receipt + 10 + 10 (estimate)', () => {
    // Mar 1 + 10 = Mar 11 (last day to name a facility) + 10 = Mar 21.
    const d = new CaseStream({ jurisdiction: 'FL', deliveryDate: '2024-01-05' })
      .notice('n1', '2024-02-27', '2024-03-01')
      .deadline('2024-03-02', 'final_repair_completion');
    expect(d).toMatchObject({ dueOn: '2024-03-21', dueIsEstimate: true, lowConfidence: true, status: 'OPEN' });
    expect(d.computation).toContain('treated as satisfied');
  });

  it.each([
    // Offered Mon 2024-07-01: Jul 2 (1), Jul 3 (2), Jul 4 Independence Day skipped, Jul 5 (3),
    // weekend skipped, Jul 8 (4), Jul 9 (5).
    ['2024-07-01', '2024-07-09'],
    // Offered Tue 2024-11-26: Nov 27 (1), Nov 28 Thanksgiving skipped, Nov 29 (2; not a federal
    // holiday), weekend skipped, Dec 2 (3), Dec 3 (4), Dec 4 (5).
    ['2024-11-26', '2024-12-04'],
    // Offered Fri 2025-12-19: Dec 22 (1), Dec 23 (2), Dec 24 (3), Dec 25 Christmas skipped, Dec 26 (4), Dec 29 (5).
    ['2025-12-19', '2025-12-29'],
  ])('MI: 5 business days from the offer %s -> %s (federal holidays skipped)', (offered, due) => {
    const s = new CaseStream({ jurisdiction: 'MI', deliveryDate: '2024-01-05' })
      .notice('n1', '2024-06-20', '2024-06-24')
      .offer('o1', offered);
    const d = s.deadline(offered, 'final_repair_completion');
    expect(d).toMatchObject({ dueOn: due, dayType: 'business' });
    expect(d.computation).toBe(`final repair opportunity o1 offered ${offered} + 5 business days = ${due}`);
    expect(d.lowConfidenceReasons).toContain(
      'Delivery of the vehicle to the repair facility is not recorded; counted from the day the opportunity was offered.',
    );
  });

  it('MI before any offer: no window yet (it runs from delivery to a facility not yet named)', () => {
    const r = new CaseStream({ jurisdiction: 'MI', deliveryDate: '2024-01-05' })
      .notice('n1', '2024-06-20', '2024-06-24')
      .report('2024-06-25');
    expect(r.deadlines.filter((d) => d.kind.startsWith('final_repair'))).toEqual([]);
  });

  it('receipt not recorded: counted from the day sent, said so, lower confidence', () => {
    const d = new CaseStream({ jurisdiction: 'FL', deliveryDate: '2024-01-05' })
      .notice('n1', '2024-03-01')
      .deadline('2024-03-02', 'final_repair_facility_designation');
    expect(d.dueOn).toBe('2024-03-11');
    expect(d.computation).toBe('notice n1 sent 2024-03-01 (receipt date not recorded; the sent date is used) + 10 days = 2024-03-11');
    expect(d.lowConfidence).toBe(true);
  });

  // GA completion due 2024-05-29 (offer May 15 + 14).
  it.each([
    ['2024-05-29', null, 'OPEN'],
    ['2024-05-30', null, 'MISSED'],
    ['2024-06-03', '2024-05-29', 'MET'],
    ['2024-06-03', '2024-05-31', 'MISSED'],
  ])('GA completion: asOf %s, completed %s -> %s', (asOf, completedOn, status) => {
    const s = new CaseStream({ jurisdiction: 'GA', deliveryDate: '2024-01-05' })
      .notice('n1', '2024-05-06', '2024-05-10')
      .offer('o1', '2024-05-15');
    if (completedOn) s.completeRepair('o1', completedOn);
    const d = s.deadline(asOf, 'final_repair_completion');
    expect(d.status).toBe(status);
    if (completedOn && status === 'MET') expect(d.satisfiedBy).toEqual({ eventId: 'e4', on: completedOn });
  });

  it('a state without the step (CA) has no final-repair deadlines', () => {
    const r = new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-05' })
      .notice('n1', '2024-03-01', '2024-03-04')
      .report('2024-03-05');
    expect(r.deadlines.some((d) => d.kind.startsWith('final_repair'))).toBe(false);
  });
});
