import type { LegalDate, NoticeMethod } from '@lemon/domain';
import { RULE_PACKS } from '../registry';
import type { JurisdictionCode } from '../jurisdiction-code';
import { evaluatePresumption } from './evaluate-presumption';
import { CaseHistory } from '@lemon/testing/case-history';
import type { Prong } from './presumption.types';

/**
 * The defects an outside audit found (issue 13 s1), one table per statute, each row citing the
 * section it checks. Dates are picked so the expected answer can be worked out by hand.
 */
const run = (code: JurisdictionCode, h: CaseHistory, asOf: LegalDate) =>
  evaluatePresumption({ events: h.envelopes, pack: RULE_PACKS[code], asOf });
const prong = (prongs: Prong[], kind: Prong['kind']) => prongs.find((p) => p.kind === kind)!;
const kinds = (p: Prong) => p.missingPreconditions.map((m) => m.kind);

describe('Georgia: the law in force from 2009-01-01 (O.C.G.A. ss 10-1-782, 10-1-784(b); Ga. L. 2008, p. 746)', () => {
  it.each([
    ['2008-12-31', 'GA-1'],
    ['2009-01-01', 'GA-2'],
    ['2024-01-10', 'GA-2'],
  ])('a vehicle delivered %s is judged by %s', (deliveryDate, id) => {
    const r = run('GA', new CaseHistory({ jurisdiction: 'GA', deliveryDate }), '2025-01-01');
    expect(r.rulePackVersion.id).toBe(id);
  });

  it.each([
    // 24 months from 2024-01-10 = 2026-01-10 (O.C.G.A. s 10-1-782: 24 months or 24,000 miles, whichever first).
    ['2026-01-10', 1500, true],
    ['2026-01-11', 1500, false],
    // 24,000 miles after delivery at 10 miles = 24,010 on the odometer.
    ['2025-06-02', 24010, true],
    ['2025-06-02', 24011, false],
  ])('the third repair on %s at %s miles %s (rights period 24 months / 24,000 miles)', (dateIn, mileageIn, counts) => {
    const h = new CaseHistory({ jurisdiction: 'GA', deliveryDate: '2024-01-10' }).nonconformity('nc-1', false, 'Transmission slips');
    h.repair('r1', { dateIn: '2024-03-04', mileageIn: 900, nc: 'nc-1' }).repair('r2', {
      dateIn: '2024-04-01',
      mileageIn: 1200,
      nc: 'nc-1',
    });
    h.repair('r3', { dateIn, mileageIn, nc: 'nc-1' });
    const r = run('GA', h, '2026-02-01');
    expect(r.period).toMatchObject({ dateLimit: '2026-01-10', milesLimit: 24010 });
    expect(r.rightsPeriod).toBeUndefined();
    expect(prong(r.prongs, 'same_nonconformity_attempts').met).toBe(counts);
  });

  it.each([
    ['fuel leak: risk of fire', 'Fuel smell and leak under the car'],
    ['stalls at speed: impedes control', 'Engine stalls on the highway'],
    ['braking', 'Brake pedal sinks'],
  ])('a serious safety defect (%s) needs one repair attempt, no brakes/steering confirmation', (_what, description) => {
    const h = new CaseHistory({ jurisdiction: 'GA', deliveryDate: '2024-01-10' })
      .nonconformity('nc-s', true, description)
      .repair('r1', { dateIn: '2024-05-06', dateOut: '2024-05-07', mileageIn: 4000, nc: 'nc-s' });
    const r = run('GA', h, '2024-06-01');
    const safety = prong(r.prongs, 'serious_safety_attempts');
    expect(safety).toMatchObject({ threshold: 1, met: true, metOn: '2024-05-06', missingPreconditions: [] });
    expect(safety.label).toContain(`"${description}"`);
    expect(r).toMatchObject({ status: 'MET', metOn: '2024-05-06' });
  });

  it('under the former law (before 2009) a braking defect needed the brakes/steering scope confirmed', () => {
    const h = new CaseHistory({ jurisdiction: 'GA', deliveryDate: '2008-01-10' })
      .nonconformity('nc-s', true)
      .repair('r1', { dateIn: '2008-05-06', mileageIn: 4000, nc: 'nc-s' });
    const r = run('GA', h, '2008-06-01');
    expect(r.rulePackVersion.id).toBe('GA-1');
    expect(r.prongs.filter((p) => p.kind === 'serious_safety_attempts').some((p) => p.met)).toBe(false);
  });
});

describe('New Jersey: the presumption arises only after the final opportunity (N.J.S.A. 56:12-33)', () => {
  // Delivered 2024-01-10; out of service 2024-02-01..2024-02-20 = 20 calendar days.
  const base = () =>
    new CaseHistory({ jurisdiction: 'NJ', deliveryDate: '2024-01-10' })
      .nonconformity('nc-1', false, 'Stalls at idle')
      .repair('r1', { dateIn: '2024-02-01', dateOut: '2024-02-20', mileageIn: 800, nc: 'nc-1' });
  type Row = [string, (h: CaseHistory) => CaseHistory, LegalDate, string, LegalDate | null, string[]];
  const rows: Row[] = [
    ['20 days out of service, no notice', (h) => h, '2024-03-15', 'NOT_MET', null, ['manufacturer_notice', 'final_repair_opportunity']],
    [
      '20 days + certified notice received 2024-03-04, before the 10 days have run (asOf 2024-03-14)',
      (h) => h.notice('2024-03-01', [], '2024-03-04'),
      '2024-03-14',
      'NOT_MET',
      null,
      ['final_repair_opportunity'],
    ],
    [
      '20 days + certified notice received 2024-03-04, 10 days run with the defect continuing (met 2024-03-15)',
      (h) => h.notice('2024-03-01', [], '2024-03-04'),
      '2024-03-15',
      'MET',
      '2024-03-15',
      [],
    ],
    [
      '20 days + notice by email (not certified mail)',
      (h) => h.notice('2024-03-01', [], '2024-03-04', 'email'),
      '2024-04-15',
      'NOT_MET',
      null,
      ['manufacturer_notice', 'final_repair_opportunity'],
    ],
    [
      '20 days + certified notice + a final attempt that fixed it',
      (h) => h.notice('2024-03-01', [], '2024-03-04').finalRepair('2024-03-06', { on: '2024-03-08', outcome: 'fixed' }),
      '2024-04-15',
      'NOT_MET',
      null,
      ['final_repair_opportunity'],
    ],
  ];
  it.each(rows)('%s -> %s', (_what, add, asOf, status, metOn, missing) => {
    const r = run('NJ', add(base()), asOf);
    const days = prong(r.prongs, 'days_out_of_service');
    expect(days.count).toBe(20);
    expect(kinds(days)).toEqual(missing);
    expect(r.status).toBe(status);
    expect(r.metOn).toBe(metOn);
  });

  it('2 repairs + certified notice + a failed final attempt is MET: the final attempt is the third repair', () => {
    const h = new CaseHistory({ jurisdiction: 'NJ', deliveryDate: '2024-01-10' })
      .nonconformity('nc-1', false, 'Stalls at idle')
      .repair('r1', { dateIn: '2024-02-05', dateOut: '2024-02-05', mileageIn: 800, nc: 'nc-1' })
      .repair('r2', { dateIn: '2024-03-04', dateOut: '2024-03-04', mileageIn: 1400, nc: 'nc-1' })
      .notice('2024-03-11', ['nc-1'], '2024-03-13')
      .finalRepair('2024-03-15', { on: '2024-03-18', outcome: 'not_fixed' }, ['nc-1']);
    const r = run('NJ', h, '2024-04-01');
    const same = prong(r.prongs, 'same_nonconformity_attempts');
    expect(same).toMatchObject({ count: 3, met: true, thresholdReachedOn: '2024-03-18', metOn: '2024-03-18' });
    expect(same.qualifying.map((q) => q.kind)).toEqual(['repair_attempt', 'repair_attempt', 'final_repair_attempt']);
    expect(r).toMatchObject({ status: 'MET', metOn: '2024-03-18' });
  });
});

describe('Florida: days out of service need a registered/express-mail notice and an opportunity after it (Fla. Stat. s 681.104(1)(b), (3)(b))', () => {
  // Out of service 2024-02-01..2024-03-01 = 30 calendar days.
  const base = () =>
    new CaseHistory({ jurisdiction: 'FL', deliveryDate: '2024-01-10' })
      .nonconformity('nc-1', false, 'Infotainment reboots')
      .repair('r1', { dateIn: '2024-02-01', dateOut: '2024-03-01', mileageIn: 800, nc: 'nc-1' });
  const notice = (method: NoticeMethod) => (h: CaseHistory) => h.notice('2024-02-16', [], '2024-02-20', method);
  type Row = [string, (h: CaseHistory) => CaseHistory, boolean, string[]];
  const rows: Row[] = [
    ['certified mail does not satisfy the notice', notice('certified_mail'), false, ['manufacturer_notice', 'opportunity_after_notice']],
    [
      'registered mail, the repair in progress on receipt is not an opportunity after it',
      notice('registered_mail'),
      false,
      ['opportunity_after_notice'],
    ],
    [
      'registered mail + a repair visit after receipt',
      (h) => notice('registered_mail')(h).repair('r2', { dateIn: '2024-03-05', dateOut: '2024-03-05', mileageIn: 1500, nc: 'nc-1' }),
      true,
      [],
    ],
    [
      'express mail + a final repair opportunity offered after receipt',
      (h) => notice('express_mail')(h).finalRepair('2024-02-26'),
      true,
      [],
    ],
  ];
  it.each(rows)('%s -> met %s', (_what, add, met, missing) => {
    const r = run('FL', add(base()), '2024-04-01');
    const days = prong(r.prongs, 'days_out_of_service');
    expect(days.count).toBeGreaterThanOrEqual(30);
    expect(kinds(days)).toEqual(missing);
    expect(days.met).toBe(met);
  });

  it('says why a certified-mail notice does not count', () => {
    const r = run('FL', notice('certified_mail')(base()), '2024-04-01');
    const text = prong(r.prongs, 'days_out_of_service').missingPreconditions[0]!.text;
    expect(text).toContain('sent 2024-02-16 by certified mail');
    expect(text).toContain('registered mail or express mail');
    const step = r.procedure.find((p) => p.kind === 'manufacturer_notice')!;
    expect(step).toMatchObject({ satisfied: false });
    expect(step.text).toContain('does not satisfy');
  });
});

describe('North Carolina: 15 calendar days from the written notice (N.C. Gen. Stat. s 20-351.5(a))', () => {
  // 20 business days out of service: 2024-02-05 (Mon) .. 2024-03-01 (Fri) = 20 business days (Feb 19 is a federal holiday: 2024-03-04).
  const base = () =>
    new CaseHistory({ jurisdiction: 'NC', deliveryDate: '2024-01-10' })
      .nonconformity('nc-1', false, 'Coolant leak')
      .repair('r1', { dateIn: '2024-02-05', dateOut: '2024-03-04', mileageIn: 800, nc: 'nc-1' })
      .notice('2024-03-08', [], '2024-03-11');
  it.each([
    // Received 2024-03-11 + 15 calendar days = 2024-03-26: the manufacturer's period runs through that day.
    ['2024-03-26', false, null],
    ['2024-03-27', true, '2024-03-27'],
  ])('asOf %s -> met %s (an offer recorded by the manufacturer does not restart the 15 days)', (asOf, met, metOn) => {
    const h = base().finalRepair('2024-03-25');
    const days = prong(run('NC', h, asOf).prongs, 'days_out_of_service');
    expect(days).toMatchObject({ met, metOn });
  });
});

describe('wording: per-prong dates and closed prongs (issue 13 s2)', () => {
  it('a prong whose period closed below the threshold says so instead of a distance (Cal. Civ. Code s 1793.22(b))', () => {
    const h = new CaseHistory({ jurisdiction: 'CA', deliveryDate: '2024-01-10' })
      .nonconformity('nc-1', false, 'Door will not latch')
      .repair('r1', { dateIn: '2024-02-05', mileageIn: 800, nc: 'nc-1' });
    const r = run('CA', h, '2025-08-01');
    const same = prong(r.prongs, 'same_nonconformity_attempts');
    expect(same).toMatchObject({ canStillBeMet: false, metOn: null, distance: { text: 'period closed on 2025-07-10; cannot be met' } });
    expect(same.label).toContain('"Door will not latch"');
    expect(same.label).not.toContain('nc-1');
  });

  it('each prong carries metOn; the presumption carries the first (Cal. Civ. Code s 1793.22(b)(2), (b)(3))', () => {
    const h = new CaseHistory({ jurisdiction: 'CA', deliveryDate: '2024-01-10' }).nonconformity('nc-1', false, 'Door will not latch');
    for (const [i, d] of ['2024-02-05', '2024-03-04', '2024-04-01', '2024-05-06'].entries())
      h.repair(`r${i}`, { dateIn: d, dateOut: d, mileageIn: 800 + 100 * i, nc: 'nc-1' });
    h.repair('long', { dateIn: '2024-06-03', dateOut: '2024-07-10', mileageIn: 1500, nc: 'nc-1' });
    // (b)(2) also needs the direct notice to the manufacturer: sent 2024-05-20, after the 4th repair.
    h.notice('2024-05-20');
    const r = run('CA', h, '2024-08-01');
    // Days: 4 one-day repairs + Jun 3..Jul 10 (38 days) = 42; the 31st counted day is 2024-06-29.
    expect(prong(r.prongs, 'days_out_of_service')).toMatchObject({ met: true, thresholdReachedOn: '2024-06-29', metOn: '2024-06-29' });
    expect(prong(r.prongs, 'same_nonconformity_attempts')).toMatchObject({
      met: true,
      thresholdReachedOn: '2024-05-06',
      metOn: '2024-05-20',
    });
    expect(r.metOn).toBe('2024-05-20');
  });
});
