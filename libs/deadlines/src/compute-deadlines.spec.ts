import { evaluatePresumption, rulePackFor } from '@lemon/state-rules';
import { computeDeadlines } from './compute-deadlines';
import { CaseStream, pick } from './deadlines.spec-helpers';

describe('corrections and voids recompute every dependent deadline (events folded by the domain)', () => {
  // CA, odometer 0 at delivery 2024-01-01; repair r1 on 2024-04-10 (day 100).
  const ca = () =>
    new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-01', odometerAtDelivery: 0 }).repair('r1', '2024-04-10', 10000);

  it('recorded at 10,000 miles: 100 miles/day, warranty (50,000) ends day 500 = 2025-05-15, rights period (18,000) day 180 = 2024-06-29', () => {
    const r = ca().report('2024-05-01');
    expect(pick(r, 'dispute_claim_window')).toMatchObject({ dueOn: '2025-11-15', dueIsEstimate: true, basedOn: ['e1', 'e2'] });
    expect(pick(r, 'rights_period_end')).toMatchObject({ dueOn: '2024-06-29', dueIsEstimate: true });
  });

  it('corrected to 2,000 miles: 20 miles/day, both limits fall back to the dates (48 months 2028-01-01; 18 months 2025-07-01)', () => {
    // 50,000 miles would take 2,500 days and 18,000 miles 900 days: later than the date limits.
    const r = ca().correctRepair('r1', '2024-04-10', 2000).report('2024-05-01');
    expect(pick(r, 'dispute_claim_window')).toMatchObject({ dueOn: '2028-07-01', dueIsEstimate: false, basedOn: ['e1', 'e2', 'e3'] });
    expect(pick(r, 'rights_period_end')).toMatchObject({ dueOn: '2025-07-01', dueIsEstimate: false });
  });

  it('voided: no reading left, the date limits apply and are flagged (the miles could still come first)', () => {
    const d = ca().voidRepair('r1').deadline('2024-05-01', 'dispute_claim_window');
    expect(d).toMatchObject({ dueOn: '2028-07-01', lowConfidence: true });
    expect(d.basedOn).toEqual(['e1']);
  });

  // AR (Ark. Code Ann. s 4-90-401 et seq.): suit within 24 months after the first report.
  it.each([
    ['as recorded: repair on 2024-02-10 is the first report', (s: CaseStream) => s, '2026-02-10', ['e3']],
    ['repair date corrected to 2024-02-20', (s: CaseStream) => s.correctRepair('r1', '2024-02-20', 900), '2026-02-20', ['e3', 'e4']],
    ['repair voided: the nonconformity report of 2024-03-05 is first', (s: CaseStream) => s.voidRepair('r1'), '2026-03-05', ['e2']],
  ])('AR time to file, %s', (_label, change, due, basedOn) => {
    const s = change(
      new CaseStream({ jurisdiction: 'AR', deliveryDate: '2024-01-10' })
        .nonconformity('nc-1', '2024-03-05')
        .repair('r1', '2024-02-10', 800),
    );
    expect(s.deadline('2024-04-01', 'time_to_file')).toMatchObject({ dueOn: due, basedOn });
  });
});

describe('resolution', () => {
  const stream = () =>
    new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-10' })
      .odometer('2024-03-01', 2010)
      .claim('c1', '2024-05-01')
      .decision('c1', '2024-06-05')
      .resolve('2024-08-01', 'settlement');

  it('after CaseResolved every OPEN deadline is NOT_APPLICABLE with the reason; MET stays MET', () => {
    const r = stream().report('2024-08-02');
    const open = r.deadlines.filter((d) => d.status === 'OPEN');
    expect(open).toEqual([]);
    expect(pick(r, 'dispute_decision_due')).toMatchObject({ status: 'MET', satisfiedBy: { eventId: 'e4', on: '2024-06-05' } });
    expect(pick(r, 'dispute_claim_window')).toMatchObject({ status: 'MET', satisfiedBy: { eventId: 'e3', on: '2024-05-01' } });
    for (const kind of ['rights_period_end', 'time_to_file'] as const) {
      expect(pick(r, kind)).toMatchObject({ status: 'NOT_APPLICABLE', statusReason: 'Case resolved on 2024-08-01 (settlement).' });
      expect(pick(r, kind).basedOn).toContain('e5');
    }
  });

  it('before the resolution date the deadlines still run (the period end is UPCOMING)', () => {
    expect(pick(stream().report('2024-07-31'), 'rights_period_end').status).toBe('UPCOMING');
    expect(pick(stream().report('2024-07-31'), 'time_to_file').status).toBe('OPEN');
  });
});

describe('report', () => {
  it('is deterministic, with stable unique ids across recomputations', () => {
    const s = new CaseStream({ jurisdiction: 'FL', deliveryDate: '2024-01-10' })
      .notice('n1', '2024-03-01', '2024-03-04')
      .claim('c1', '2024-04-01', { program: 'MANUFACTURER_PROGRAM' });
    const a = s.report('2024-04-02');
    expect(s.report('2024-04-02')).toEqual(a);
    const ids = a.deadlines.map((d) => d.deadlineId);
    expect(new Set(ids).size).toBe(ids.length);
    const later = s.offer('o1', '2024-03-10').report('2024-05-20');
    expect(later.deadlines.map((d) => d.deadlineId)).toEqual(expect.arrayContaining(ids));
    expect(ids).toContain('case-7:final_repair_completion:n1');
  });

  it('is sorted by due date, undated entries last', () => {
    const r = new CaseStream({ jurisdiction: 'NJ', deliveryDate: '2024-01-10' })
      .notice('n1', '2024-03-01', '2024-03-04')
      .report('2024-03-05');
    const dates = r.deadlines.map((d) => d.dueOn);
    expect(dates).toEqual(['2024-03-14', '2026-01-10', null]);
  });

  it('says no AB 1755 election is recorded, without reading as if the manufacturer had elected (Code Civ. Proc. s 871.20(a))', () => {
    const r = new CaseStream({ jurisdiction: 'CA', deliveryDate: '2025-06-01' }).report('2025-07-01');
    expect(r.rulePackVersion?.id).toBe('CA-1');
    const notes = r.notes.join(' ');
    expect(notes).toContain('No election under Code Civ. Proc. s 871.20(a)');
    expect(notes).toContain('is recorded for this case, so its clocks are not shown');
    expect(notes).not.toMatch(/opted in/);
    expect(r.deadlines.map((d) => d.kind)).not.toContain('elected_procedure_offer');
  });

  it('no CaseOpened or an unknown jurisdiction: no deadlines, a note', () => {
    expect(computeDeadlines({ events: [], asOf: '2024-01-01' })).toMatchObject({ caseId: null, deadlines: [] });
    const r = new CaseStream({ jurisdiction: 'ZZ', deliveryDate: '2024-01-10' }).report('2024-02-01');
    expect(r).toMatchObject({ caseId: 'case-7', deadlines: [], notes: ['No rule pack for jurisdiction "ZZ".'] });
  });

  it('events out of order are folded by stream version', () => {
    const s = new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-10' }).claim('c1', '2024-05-01').decision('c1', '2024-06-01');
    const shuffled = computeDeadlines({ events: [...s.events].reverse(), asOf: '2024-06-02' });
    expect(shuffled).toEqual(s.report('2024-06-02'));
  });
});

describe('a presumption evaluated beforehand is used, not evaluated again (one judgement per case)', () => {
  const stream = () =>
    new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-01', odometerAtDelivery: 0 }).repair('r1', '2024-04-10', 10000);
  const judged = (asOf: string) => {
    const events = stream().events;
    return { events, evaluation: evaluatePresumption({ events, pack: rulePackFor('CA'), asOf }) };
  };

  it('judged under the same version on the same day: its findings are the ones reported', () => {
    const { events, evaluation } = judged('2024-05-01');
    // A marker only the handed-in evaluation carries shows which evaluation the report read.
    const marked = { ...evaluation, dataIssues: [...evaluation.dataIssues, 'handed in'] };
    expect(computeDeadlines({ events, asOf: '2024-05-01', evaluation: marked }).notes).toContain('Presumption evaluation: handed in');
  });

  it('judged on another day, or under another version: evaluated again, the report is as without it', () => {
    const { events, evaluation } = judged('2024-04-30');
    const otherDay = { ...evaluation, dataIssues: ['handed in'] };
    const otherVersion = { ...judged('2024-05-01').evaluation, dataIssues: ['handed in'] };
    otherVersion.rulePackVersion = { ...otherVersion.rulePackVersion, id: 'another-version' };
    const plain = computeDeadlines({ events, asOf: '2024-05-01' });
    expect(computeDeadlines({ events, asOf: '2024-05-01', evaluation: otherDay })).toEqual(plain);
    expect(computeDeadlines({ events, asOf: '2024-05-01', evaluation: otherVersion })).toEqual(plain);
  });
});
