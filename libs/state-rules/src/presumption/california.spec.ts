import { RULE_PACKS, rulePackVersionFor } from '../registry';
import { applyVariant } from '../state-rule-pack';
import { evaluatePresumption } from './evaluate-presumption';
import { CaseHistory } from '@lemon/testing/case-history';
import type { Prong } from './presumption.types';

/**
 * Cal. Civ. Code s 1793.22(b) as the seed booklets quote it: within 18 months from delivery or
 * 18,000 miles on the odometer, whichever occurs first, (1) the same nonconformity likely to cause
 * death or serious bodily injury subject to repair 2+ times AND direct notice, (2) the same
 * nonconformity subject to repair 4+ times AND direct notice, (3) out of service for repair more
 * than 30 calendar days. Notice counts only if the manufacturer disclosed the requirement.
 */
const CA = RULE_PACKS.CA;
const DELIVERY = '2024-01-10';

const ca = (opts: { disclosed?: boolean; odometer?: number } = {}) =>
  new CaseHistory({
    jurisdiction: 'CA',
    deliveryDate: DELIVERY,
    odometerAtDelivery: opts.odometer ?? 10,
    noticeRequirementDisclosed: opts.disclosed ?? true,
  })
    .nonconformity('transmission')
    .nonconformity('brakes', true);

const threeEarlyRepairs = (h: CaseHistory, nc = 'transmission') =>
  h
    .repair('r1', { dateIn: '2024-02-05', dateOut: '2024-02-05', mileageIn: 1200, nc })
    .repair('r2', { dateIn: '2024-03-04', dateOut: '2024-03-04', mileageIn: 2300, nc })
    .repair('r3', { dateIn: '2024-04-01', dateOut: '2024-04-01', mileageIn: 3400, nc });

const evaluate = (h: CaseHistory, asOf = '2025-12-31') => evaluatePresumption({ events: h.envelopes, pack: CA, asOf });
const attempts = (prongs: Prong[], nc = 'transmission') =>
  prongs.find((p) => p.kind === 'same_nonconformity_attempts' && p.nonconformityId === nc)!;
const days = (prongs: Prong[]) => prongs.find((p) => p.kind === 'days_out_of_service')!;

describe('California, Civ. Code 1793.22(b), exactly as the seeds read', () => {
  it('encodes the statute: 18 months / 18,000 odometer miles, 4 attempts, 2 safety attempts, more than 30 calendar days', () => {
    const v = rulePackVersionFor('CA', DELIVERY);
    expect(v.period.value).toMatchObject({
      months: 18,
      miles: 18000,
      combine: 'whichever_first',
      mileageBasis: 'odometer',
      mileageBasisStated: true,
    });
    expect(v.sameNonconformity.value).toMatchObject({ threshold: 4, comparison: 'at_least', plusFinalManufacturerAttempt: false });
    expect(v.seriousSafety.value).toEqual([expect.objectContaining({ threshold: 2, scope: 'any_serious_safety' })]);
    expect(v.daysOutOfService.value).toMatchObject({ days: 30, comparison: 'more_than', dayType: 'calendar', sameDefectOnly: false });
    expect(v.notice.value).toMatchObject({
      required: 'if_disclosed',
      conditionsProngs: ['same_nonconformity_attempts', 'serious_safety_attempts'],
    });
    expect(v.period.citation).toBe('Cal. Civ. Code s 1793.22(b)');
    expect(v.period.confidence).toBe('H');
  });

  it('counts a repair on the 18-month boundary day (2025-07-10) but not the day after', () => {
    const onBoundary = threeEarlyRepairs(ca())
      .notice('2024-04-15')
      .repair('r4', { dateIn: '2025-07-10', mileageIn: 9000, nc: 'transmission' });
    const met = evaluate(onBoundary);
    expect(met.status).toBe('MET');
    expect(met.period).toMatchObject({ endsOn: '2025-07-10', closesBy: 'date', dateLimit: '2025-07-10', milesLimit: 18000 });

    const dayAfter = threeEarlyRepairs(ca())
      .notice('2024-04-15')
      .repair('r4', { dateIn: '2025-07-11', mileageIn: 9000, nc: 'transmission' });
    const r = evaluate(dayAfter);
    expect(attempts(r.prongs)).toMatchObject({ count: 3, met: false });
    expect(attempts(r.prongs).excluded).toContainEqual(expect.objectContaining({ id: 'r4', reason: 'outside_period_by_date' }));
    expect(r.status).toBe('PERIOD_EXPIRED');
  });

  it('counts a repair at 18,000 on the odometer but not at 18,001, whatever the delivery odometer', () => {
    const at = threeEarlyRepairs(ca({ odometer: 600 }))
      .notice('2024-04-15')
      .repair('r4', { dateIn: '2024-06-03', mileageIn: 18000, nc: 'transmission' });
    expect(attempts(evaluate(at, '2024-06-30').prongs).met).toBe(true);
    const past = threeEarlyRepairs(ca({ odometer: 600 }))
      .notice('2024-04-15')
      .repair('r4', { dateIn: '2024-06-03', mileageIn: 18001, nc: 'transmission' });
    const r = evaluate(past, '2024-06-30');
    expect(attempts(r.prongs).excluded).toContainEqual(expect.objectContaining({ id: 'r4', reason: 'outside_period_by_mileage' }));
    expect(r.lowConfidence.some((l) => l.includes('mileageBasis'))).toBe(false); // stated by the statute
  });

  it('needs MORE than 30 calendar days: 30 is not enough, 31 is, and notice is not an element of (b)(3)', () => {
    // 2024-02-01..2024-03-01 is 30 days (leap year); to 03-02 is 31.
    const thirty = evaluate(
      ca().repair('long', { dateIn: '2024-02-01', dateOut: '2024-03-01', mileageIn: 900, nc: 'transmission' }),
      '2024-04-01',
    );
    expect(days(thirty.prongs)).toMatchObject({
      count: 30,
      required: 31,
      met: false,
      distance: { remaining: 1, text: '1 more calendar day' },
    });
    expect(thirty.status).toBe('NOT_MET');
    const thirtyOne = evaluate(
      ca().repair('long', { dateIn: '2024-02-01', dateOut: '2024-03-02', mileageIn: 900, nc: 'transmission' }),
      '2024-04-01',
    );
    expect(days(thirtyOne.prongs)).toMatchObject({ count: 31, met: true });
    expect(thirtyOne.status).toBe('MET');
  });

  it('requires direct notice for 4 attempts when the manufacturer disclosed it, and not otherwise', () => {
    const fourNoNotice = (disclosed: boolean) =>
      threeEarlyRepairs(ca({ disclosed })).repair('r4', {
        dateIn: '2024-05-06',
        dateOut: '2024-05-06',
        mileageIn: 4500,
        nc: 'transmission',
      });
    const disclosed = evaluate(fourNoNotice(true), '2024-06-30');
    expect(disclosed.status).toBe('NOT_MET');
    expect(attempts(disclosed.prongs)).toMatchObject({ count: 4, thresholdReached: true, met: false, canStillBeMet: true });
    expect(attempts(disclosed.prongs).missingPreconditions).toEqual([
      expect.objectContaining({ kind: 'manufacturer_notice', citation: 'Cal. Civ. Code s 1793.22(b)(3)' }),
    ]);
    expect(evaluate(fourNoNotice(false), '2024-06-30').status).toBe('MET');
  });

  it('takes notice about another nonconformity as no notice for this one', () => {
    const h = threeEarlyRepairs(ca())
      .notice('2024-04-15', ['brakes'])
      .repair('r4', { dateIn: '2024-05-06', dateOut: '2024-05-06', mileageIn: 4500, nc: 'transmission' });
    const r = evaluate(h, '2024-06-30');
    expect(attempts(r.prongs).met).toBe(false);
    expect(r.status).toBe('NOT_MET');
  });

  it('meets (b)(1) with 2 repairs of a nonconformity likely to cause death or serious injury plus notice', () => {
    const one = ca()
      .notice('2024-02-01', ['brakes'])
      .repair('b1', { dateIn: '2024-02-05', dateOut: '2024-02-06', mileageIn: 1000, nc: 'brakes' });
    expect(evaluate(one, '2024-06-30').status).toBe('NOT_MET');
    const two = ca()
      .notice('2024-02-01', ['brakes'])
      .repair('b1', { dateIn: '2024-02-05', dateOut: '2024-02-06', mileageIn: 1000, nc: 'brakes' })
      .repair('b2', { dateIn: '2024-03-05', dateOut: '2024-03-06', mileageIn: 2000, nc: 'brakes' });
    const r = evaluate(two, '2024-06-30');
    expect(r.status).toBe('MET');
    expect(r.prongs.find((p) => p.kind === 'serious_safety_attempts')).toMatchObject({ nonconformityId: 'brakes', count: 2, met: true });
  });

  it('closes the period early when the odometer trend reaches 18,000 first, and marks the date an estimate', () => {
    const h = ca().repair('r1', { dateIn: '2024-02-05', mileageIn: 1010, nc: 'transmission' }).odometer('2024-07-10', 9010); // 9,000 miles in 182 days
    const r = evaluate(h, '2024-07-15');
    expect(r.period).toMatchObject({
      closesBy: 'mileage',
      endsOnIsEstimate: true,
      mileageEstimateBasis: 'extrapolated',
      closedAsOf: false,
    });
    // 17,990 more miles at 9,000/182 per day -> ceil(363.8) = 364 days after delivery
    expect(r.period?.endsOn).toBe('2025-01-08');
    expect(r.period?.mileageLimitReachedOn).toBe('2025-01-08');
  });

  it('expires the period once a reading shows the odometer past 18,000', () => {
    const h = threeEarlyRepairs(ca()).odometer('2024-12-01', 18500);
    const r = evaluate(h, '2024-12-15');
    expect(r.period).toMatchObject({ closesBy: 'mileage', mileageEstimateBasis: 'interpolated', closedAsOf: true });
    expect(r.status).toBe('PERIOD_EXPIRED');
  });

  it('clips days out of service at the end of the period', () => {
    const h = ca().repair('long', { dateIn: '2025-06-25', dateOut: '2025-08-30', mileageIn: 9000, nc: 'transmission' });
    const r = evaluate(h, '2025-12-31');
    expect(days(r.prongs).count).toBe(16); // 2025-06-25..2025-07-10
  });

  it('keeps the presumption under the AB 1755 variant and changes only procedure and time to file', () => {
    const base = rulePackVersionFor('CA', '2025-06-01');
    const ab1755 = applyVariant(base, 'CA-AB1755');
    expect(ab1755.id).toBe('CA-1+CA-AB1755');
    expect(ab1755.period).toBe(base.period);
    expect(ab1755.sameNonconformity).toBe(base.sameNonconformity);
    expect(ab1755.timeToFile.value.deadline).toEqual({
      terms: [
        { anchor: 'warranty_expiry', months: 12 },
        { anchor: 'delivery', months: 72 },
      ],
      combine: 'earliest',
    });
    expect(ab1755.preSuitNotice?.value.daysBeforeFiling).toBe(30);
    expect(base.timeToFile.value.deadline).toEqual({ terms: [{ anchor: 'delivery', months: 48 }], combine: 'earliest' });
    const h = threeEarlyRepairs(ca()).notice('2024-04-15').repair('r4', { dateIn: '2024-05-06', mileageIn: 4500, nc: 'transmission' });
    const r = evaluatePresumption({ events: h.envelopes, pack: CA, asOf: '2024-06-30', version: ab1755 });
    expect(r.status).toBe('MET');
    expect(r.rulePackVersion.id).toBe('CA-1+CA-AB1755');
    // Says when it applies without reading as if the manufacturer had elected (issue 13 s4).
    expect(r.rulePackVersion.appliesWhen).toMatch(/^Only if the manufacturer has elected/);
    expect(r.rulePackVersion.appliesWhen).not.toMatch(/opted in/);
    expect(() => applyVariant(base, 'nope')).toThrow();
  });
});
