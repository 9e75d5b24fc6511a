import { RULE_PACKS } from '../registry';
import { evaluatePresumption } from './evaluate-presumption';
import { CaseHistory } from '@lemon/testing/case-history';
import type { Prong } from './presumption.types';
import type { JurisdictionCode } from '../jurisdiction-code';

const run = (code: JurisdictionCode, h: CaseHistory, asOf: string) =>
  evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS[code], asOf });
const find = (prongs: Prong[], kind: Prong['kind'], nc?: string) =>
  prongs.find((p) => p.kind === kind && (nc === undefined || p.nonconformityId === nc))!;
const opened = (code: JurisdictionCode, deliveryDate = '2024-01-10') =>
  new CaseHistory({ jurisdiction: code, deliveryDate }).nonconformity('nc-1').nonconformity('nc-2');

describe('counting conventions', () => {
  it('never counts a day twice when a repair and an out-of-service record overlap (N.Y. Gen. Bus. Law s 198-a, 30 calendar days)', () => {
    const h = opened('NY')
      .repair('r1', { dateIn: '2024-03-01', dateOut: '2024-03-20', mileageIn: 2000, nc: 'nc-1' }) // 20 days
      .outOfService('o1', '2024-03-15', '2024-03-31') // overlaps 6 days, adds 11
      .repair('r2', { dateIn: '2024-03-31', dateOut: '2024-03-31', mileageIn: 2300, nc: 'nc-2' }); // fully inside o1
    const days = find(run('NY', h, '2024-06-30').prongs, 'days_out_of_service');
    expect(days.count).toBe(31);
    expect(days.qualifying.map((q) => [q.repairAttemptId ?? q.intervalId, q.countedDays])).toEqual([
      ['r1', 20],
      ['r2', 1],
      ['o1', 17],
    ]);
    expect(days.met).toBe(true);
  });

  it('counts Massachusetts business days across Thanksgiving (Mass. Gen. Laws ch. 90, s 7N1/2: 15 business days)', () => {
    const h = (dateOut: string) => opened('MA', '2024-06-03').repair('r1', { dateIn: '2024-11-18', dateOut, mileageIn: 8000, nc: 'nc-1' });
    const fourteen = find(run('MA', h('2024-12-06'), '2025-01-15').prongs, 'days_out_of_service');
    expect(fourteen).toMatchObject({ count: 14, met: false, distance: { text: '1 more business day' } });
    const fifteen = run('MA', h('2024-12-09'), '2025-01-15');
    expect(find(fifteen.prongs, 'days_out_of_service')).toMatchObject({ count: 15, dayType: 'business', met: true });
    expect(fifteen.status).toBe('MET');
  });

  it('skips July 4th in Mississippi working days and flags the working-day reading (Miss. Code s 63-17-151)', () => {
    // Mon 2024-07-01 .. Mon 2024-07-22: 16 weekdays minus Independence Day = 15 working days
    const h = opened('MS').notice('2024-06-01').repair('r1', { dateIn: '2024-07-01', dateOut: '2024-07-22', mileageIn: 5000, nc: 'nc-1' });
    const r = run('MS', h, '2024-08-01');
    expect(find(r.prongs, 'days_out_of_service')).toMatchObject({ count: 15, met: true });
    expect(r.lowConfidence.some((l) => l.startsWith("daysOutOfService (interpretation): 'Working days'"))).toBe(true);
  });

  it("does not count excluded days (beyond the manufacturer's control)", () => {
    const h = opened('NY').outOfService('o1', '2024-03-01', '2024-03-30', ['2024-03-10', '2024-03-11']);
    const days = find(run('NY', h, '2024-06-30').prongs, 'days_out_of_service');
    expect(days.count).toBe(28);
    expect(days.excluded.filter((e) => e.reason === 'excluded_day').map((e) => e.detail)).toEqual([
      "2024-03-10 is excluded (beyond the manufacturer's control).",
      "2024-03-11 is excluded (beyond the manufacturer's control).",
    ]);
  });

  it('runs an open repair up to asOf and ignores what happens after asOf', () => {
    const h = opened('NY')
      .repair('open', { dateIn: '2024-03-01', mileageIn: 2000, nc: 'nc-1' })
      .repair('later', { dateIn: '2024-05-01', dateOut: '2024-05-02', mileageIn: 2500, nc: 'nc-1' });
    const r = run('NY', h, '2024-03-10');
    expect(find(r.prongs, 'days_out_of_service').count).toBe(10);
    expect(find(r.prongs, 'same_nonconformity_attempts', 'nc-1').excluded).toContainEqual(
      expect.objectContaining({ id: 'later', reason: 'after_as_of' }),
    );
  });

  it('lists repairs of other nonconformities as excluded from a per-defect prong', () => {
    const h = opened('NY').repair('r1', { dateIn: '2024-03-01', dateOut: '2024-03-01', mileageIn: 2000, nc: 'nc-2' });
    expect(find(run('NY', h, '2024-06-30').prongs, 'same_nonconformity_attempts', 'nc-1').excluded).toEqual([
      expect.objectContaining({ id: 'r1', reason: 'different_nonconformity' }),
    ]);
  });
});

describe('corrections and voids (Cal. Civ. Code s 1793.22(b))', () => {
  const fourRepairs = () =>
    new CaseHistory({ jurisdiction: 'CA' })
      .nonconformity('nc-1')
      .notice('2024-01-20')
      .repair('r1', { dateIn: '2024-02-05', dateOut: '2024-02-05', mileageIn: 1000, nc: 'nc-1' })
      .repair('r2', { dateIn: '2024-03-05', dateOut: '2024-03-05', mileageIn: 2000, nc: 'nc-1' })
      .repair('r3', { dateIn: '2024-04-05', dateOut: '2024-04-05', mileageIn: 3000, nc: 'nc-1' });

  it('changes the answer when a repair order is corrected', () => {
    const typo = fourRepairs().repair('r4', { dateIn: '2024-05-06', dateOut: '2024-05-06', mileageIn: 40000, nc: 'nc-1' });
    const before = run('CA', typo, '2024-06-30');
    expect(before.status).toBe('PERIOD_EXPIRED'); // the typo reads as the odometer past 18,000
    expect(find(before.prongs, 'same_nonconformity_attempts').excluded).toContainEqual(
      expect.objectContaining({ id: 'r4', reason: 'outside_period_by_mileage' }),
    );
    const fixed = typo.correctRepair('r4', { dateIn: '2024-05-06', dateOut: '2024-05-06', mileageIn: 4000, nc: 'nc-1' });
    const after = run('CA', fixed, '2024-06-30');
    expect(after.status).toBe('MET');
    const r4 = find(after.prongs, 'same_nonconformity_attempts').qualifying.find((q) => q.repairAttemptId === 'r4');
    expect(r4).toMatchObject({ eventId: fixed.lastEventId, corrected: true, mileageIn: 4000 });
    expect(r4?.sourceEventIds).toHaveLength(2);
  });

  it('drops a voided repair and says so', () => {
    const h = fourRepairs().repair('r4', { dateIn: '2024-05-06', dateOut: '2024-05-06', mileageIn: 4000, nc: 'nc-1' });
    expect(run('CA', h, '2024-06-30').status).toBe('MET');
    h.voidRepair('r2');
    const r = run('CA', h, '2024-06-30');
    expect(r.status).toBe('NOT_MET');
    const p = find(r.prongs, 'same_nonconformity_attempts');
    expect(p.count).toBe(3);
    expect(p.excluded).toEqual([{ eventId: h.lastEventId, id: 'r2', reason: 'voided', detail: 'Voided: entered on the wrong case' }]);
  });

  it('drops a voided out-of-service interval', () => {
    const h = new CaseHistory({ jurisdiction: 'CA' }).outOfService('o1', '2024-03-01', '2024-04-30');
    expect(run('CA', h, '2024-06-30').status).toBe('MET');
    expect(run('CA', h.voidOutOfService('o1'), '2024-06-30').status).toBe('NOT_MET');
  });
});

describe('status', () => {
  it('is INSUFFICIENT_DATA without a CaseOpened event', () => {
    const r = evaluatePresumption({ events: [], pack: RULE_PACKS.CA, asOf: '2024-06-30' });
    expect(r).toMatchObject({ status: 'INSUFFICIENT_DATA', period: null, prongs: [] });
  });

  it('is INSUFFICIENT_DATA when a repair cannot be placed (date out before date in) and nothing is met', () => {
    const h = opened('NY').repair('r1', { dateIn: '2024-03-05', dateOut: '2024-03-01', mileageIn: 2000, nc: 'nc-1' });
    const r = run('NY', h, '2024-06-30');
    expect(r.status).toBe('INSUFFICIENT_DATA');
    expect(r.dataIssues).toContain('Date out 2024-03-01 is before date in 2024-03-05.');
  });

  it('is INSUFFICIENT_DATA when a stored repair lacks its mileage in', () => {
    const h = opened('NY').repair('r1', {
      dateIn: '2024-03-05',
      dateOut: '2024-03-05',
      mileageIn: undefined as unknown as number,
      nc: 'nc-1',
    });
    const r = run('NY', h, '2024-06-30');
    expect(r.status).toBe('INSUFFICIENT_DATA');
    expect(r.prongs[0]?.excluded).toContainEqual(expect.objectContaining({ id: 'r1', reason: 'incomplete_record' }));
  });

  it('is NOT_MET with no nonconformity yet in a same-defect-days state, PERIOD_EXPIRED once the period is over (Kentucky)', () => {
    const h = new CaseHistory({ jurisdiction: 'KY' });
    expect(run('KY', h, '2024-06-30')).toMatchObject({ status: 'NOT_MET', prongs: [] });
    expect(run('KY', h, '2025-01-11').status).toBe('PERIOD_EXPIRED');
  });

  it('is INSUFFICIENT_DATA when a safety state sees a repair of a never-reported nonconformity', () => {
    const h = new CaseHistory({ jurisdiction: 'NJ' }).repair('r1', {
      dateIn: '2024-03-05',
      dateOut: '2024-03-05',
      mileageIn: 2000,
      nc: 'ghost',
    });
    expect(run('NJ', h, '2024-06-30').status).toBe('INSUFFICIENT_DATA');
  });

  it('is PERIOD_EXPIRED when the period closed below every threshold, NOT_MET while it is open', () => {
    const h = opened('NY').repair('r1', { dateIn: '2024-03-05', dateOut: '2024-03-05', mileageIn: 2000, nc: 'nc-1' });
    expect(run('NY', h, '2026-01-10').status).toBe('NOT_MET'); // last day of 24 months
    expect(run('NY', h, '2026-01-11').status).toBe('PERIOD_EXPIRED');
  });

  it('stays NOT_MET after the period when a threshold was reached but a precondition is missing (Cal. Civ. Code s 1793.22(b)(3))', () => {
    const h = new CaseHistory({ jurisdiction: 'CA' }).nonconformity('nc-1');
    for (const [i, d] of ['2024-02-05', '2024-03-05', '2024-04-05', '2024-05-06'].entries())
      h.repair(`r${i}`, { dateIn: d, dateOut: d, mileageIn: 1000 * (i + 1), nc: 'nc-1' });
    const r = run('CA', h, '2026-01-01');
    expect(r.status).toBe('NOT_MET');
    expect(find(r.prongs, 'same_nonconformity_attempts')).toMatchObject({
      thresholdReached: true,
      canStillBeMet: true,
      distance: { remaining: 0 },
    });
  });

  // The former Georgia law (GA-1, deliveries before 2009-01-01): 12-month rights period, attempts counted over 24 months.
  it('is PERIOD_EXPIRED under the former Georgia law once the rights period ends with no attempt inside it (former O.C.G.A. s 10-1-780 et seq.)', () => {
    const h = opened('GA', '2008-01-10');
    for (const [i, d] of ['2009-02-03', '2009-03-03', '2009-04-07'].entries())
      h.repair(`r${i}`, { dateIn: d, dateOut: d, mileageIn: 9000 + 100 * i, nc: 'nc-1' });
    const r = run('GA', h, '2009-05-01');
    const p = find(r.prongs, 'same_nonconformity_attempts', 'nc-1');
    expect(r.rulePackVersion.id).toBe('GA-1');
    expect(p).toMatchObject({ count: 3, thresholdReached: true, met: false, canStillBeMet: false });
    expect(p.missingPreconditions[0]).toMatchObject({ kind: 'anchor' });
    expect(p.distance.text).toBe('period closed on 2009-01-10; cannot be met');
    expect(r.rightsPeriod).toMatchObject({ dateLimit: '2009-01-10', closedAsOf: true });
    expect(r.status).toBe('PERIOD_EXPIRED');
  });
});

describe('state-specific rules', () => {
  it('Arkansas keeps counting after 24 months while the odometer is under 24,000 (whichever is later, Ark. Code Ann. s 4-90-401 et seq.)', () => {
    const h = opened('AR')
      .odometer('2025-01-10', 5010)
      .repair('r1', { dateIn: '2026-01-20', dateOut: '2026-02-25', mileageIn: 11000, nc: 'nc-1' });
    const r = run('AR', h, '2026-03-31');
    expect(find(r.prongs, 'days_out_of_service')).toMatchObject({ count: 37, met: true });
    expect(r.period).toMatchObject({ dateLimit: '2026-01-10', closesBy: 'mileage', endsOnIsEstimate: true, closedAsOf: false });
    expect(r.status).toBe('MET');
  });

  it('Kentucky counts days for the same nonconformity only (Ky. Rev. Stat. s 367.840-367.846)', () => {
    const h = opened('KY')
      .repair('r1', { dateIn: '2024-03-01', dateOut: '2024-03-20', mileageIn: 2000, nc: 'nc-1' })
      .repair('r2', { dateIn: '2024-04-01', dateOut: '2024-04-15', mileageIn: 2500, nc: 'nc-2' })
      .outOfService('o1', '2024-05-01', '2024-05-10');
    const r = run('KY', h, '2024-06-30');
    expect(r.prongs.filter((p) => p.kind === 'days_out_of_service').map((p) => [p.nonconformityId, p.count])).toEqual([
      ['nc-1', 20],
      ['nc-2', 15],
    ]);
    expect(find(r.prongs, 'days_out_of_service', 'nc-1').excluded).toContainEqual(
      expect.objectContaining({ id: 'o1', reason: 'not_tied_to_nonconformity' }),
    );
    expect(r.status).toBe('NOT_MET');
  });

  it('North Carolina needs its 20 business days within some 12-month period (N.C. Gen. Stat. s 20-351 et seq.)', () => {
    const h = (second: [string, string]) =>
      opened('NC')
        .notice('2024-01-15')
        .finalRepair('2024-01-16')
        .repair('r1', { dateIn: '2024-02-05', dateOut: '2024-02-16', mileageIn: 1000, nc: 'nc-1' }) // 10 business days
        .repair('r2', { dateIn: second[0], dateOut: second[1], mileageIn: 9000, nc: 'nc-1' }); // 10 business days
    const apart = run('NC', h(['2025-03-03', '2025-03-14']), '2025-06-30');
    expect(find(apart.prongs, 'days_out_of_service')).toMatchObject({ count: 10, met: false });
    expect(find(apart.prongs, 'days_out_of_service').excluded).toContainEqual(
      expect.objectContaining({ reason: 'outside_rolling_window' }),
    );
    expect(find(run('NC', h(['2024-12-02', '2024-12-13']), '2025-06-30').prongs, 'days_out_of_service')).toMatchObject({
      count: 20,
      met: true,
    });
  });

  it('Washington needs 15 of the 30 days inside the written warranty, deemed at least 1 year/12,000 miles (RCW 19.118)', () => {
    const h = new CaseHistory({ jurisdiction: 'WA', warranty: { months: 6, miles: 6000 } })
      .repair('r1', { dateIn: '2024-12-01', dateOut: '2024-12-10', mileageIn: 9000, nc: 'nc-1' }) // 10 days inside the deemed year
      .repair('r2', { dateIn: '2025-02-01', dateOut: '2025-02-20', mileageIn: 11000, nc: 'nc-1' }); // 20 days after it
    const p = find(run('WA', h, '2025-06-30').prongs, 'days_out_of_service');
    expect(p).toMatchObject({ count: 30, thresholdReached: true, met: false });
    expect(p.missingPreconditions[0]?.text).toContain('(10 so far)');
  });

  it('Florida: the final-attempt element falls away when the manufacturer misses its 10 days after notice (Fla. Stat. s 681.104(1)(a))', () => {
    const h = opened('FL');
    for (const [i, d] of ['2024-02-05', '2024-03-04', '2024-04-01'].entries())
      h.repair(`r${i}`, { dateIn: d, dateOut: d, mileageIn: 1000 * (i + 1), nc: 'nc-1' });
    h.notice('2024-04-20', [], '2024-04-25', 'registered_mail');
    const waiting = find(run('FL', h, '2024-05-05').prongs, 'same_nonconformity_attempts', 'nc-1');
    expect(waiting.missingPreconditions.map((m) => m.kind)).toEqual(['final_repair_opportunity']);
    expect(find(run('FL', h, '2024-05-06').prongs, 'same_nonconformity_attempts', 'nc-1').met).toBe(true);
  });

  it('Montana counts days only after the manufacturer was notified (Mont. Code s 61-4-501 et seq.)', () => {
    const h = opened('MT')
      .finalRepair('2024-01-15')
      .repair('r1', { dateIn: '2024-03-04', dateOut: '2024-03-15', mileageIn: 2000, nc: 'nc-1' });
    expect(find(run('MT', h, '2024-06-30').prongs, 'days_out_of_service').count).toBe(0);
    h.notice('2024-03-11');
    expect(find(run('MT', h, '2024-06-30').prongs, 'days_out_of_service').count).toBe(5);
  });

  it('Kansas also counts 10 attempts for any nonconformities (Kan. Stat. s 50-645 et seq.)', () => {
    const h = opened('KS').notice('2024-01-15');
    for (let i = 0; i < 10; i++)
      h.repair(`r${i}`, {
        dateIn: `2024-${String(2 + Math.floor(i / 3)).padStart(2, '0')}-${String(5 + 7 * (i % 3)).padStart(2, '0')}`,
        mileageIn: 1000 + i,
        nc: i % 2 ? 'nc-1' : 'nc-2',
      });
    const r = run('KS', h, '2024-06-01');
    expect(find(r.prongs, 'any_defect_attempts')).toMatchObject({ count: 10, met: true });
  });

  it('surfaces low-confidence values instead of hiding them (Utah day-type conflict)', () => {
    const r = run('UT', opened('UT'), '2024-06-30');
    expect(r.lowConfidence).toEqual(
      expect.arrayContaining([expect.stringMatching(/^daysOutOfService \(L\)/), expect.stringMatching(/^timeToFile|^notice \(L\)/)]),
    );
  });
});
