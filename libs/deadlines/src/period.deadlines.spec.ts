import { RULE_PACKS, type RulePack } from '@lemon/state-rules';
import { CaseStream, pick } from './deadlines.spec-helpers';

// Rights period end (from the presumption evaluator), time to file suit (the pack's DeadlineSpec),
// pre-suit notice and the manufacturer's repurchase window. Months add with month-end clamping.

describe('rights period end', () => {
  const ca = () => new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-10' }).odometer('2024-07-10', 3010);

  // Cal. Civ. Code s 1793.22(b): 18 months or 18,000 miles. 2024-01-10 + 18 months = 2025-07-10
  // (3,000 miles in 6 months: 18,000 is years away). The period's end is a date, not a duty:
  // UPCOMING through that day, PASSED after; the presumption's own status is reported beside it.
  it.each([
    ['2025-07-10', 'UPCOMING'],
    ['2025-07-11', 'PASSED'],
  ])('CA, 18 months from 2024-01-10 = 2025-07-10: asOf %s -> %s', (asOf, status) => {
    const d = ca().deadline(asOf, 'rights_period_end');
    expect(d).toMatchObject({
      dueOn: '2025-07-10',
      status,
      actor: 'consumer',
      dueIsEstimate: false,
      rule: { citation: 'Cal. Civ. Code s 1793.22(b)' },
      presumption: { status: status === 'PASSED' ? 'PERIOD_EXPIRED' : 'NOT_MET', metOn: null },
    });
  });

  it('CA, mileage first: 18,000 miles estimated, flagged', () => {
    // Odometer 0 on 2024-01-01, 10,000 on 2024-04-10: 100 miles/day, 18,000 on day 180 =
    // 2024-06-29 (Jan 31 + Feb 29 + Mar 31 + Apr 30 + May 31 = 152 days to Jun 1, + 28).
    const s = new CaseStream({ jurisdiction: 'CA', deliveryDate: '2024-01-01', odometerAtDelivery: 0 }).odometer('2024-04-10', 10000);
    expect(s.deadline('2024-04-11', 'rights_period_end')).toMatchObject({ dueOn: '2024-06-29', dueIsEstimate: true, lowConfidence: true });
  });

  it('a met presumption does not make the period end read MET: UPCOMING, with presumption.metOn (MI: 4 attempts, Mich. Comp. Laws s 257.1403)', () => {
    // MI: 12 months from 2024-01-05 = 2025-01-05; the 4th repair attempt (2024-05-01, event e5) meets it.
    const s = new CaseStream({ jurisdiction: 'MI', deliveryDate: '2024-01-05' })
      .repair('r1', '2024-02-01', 1000)
      .repair('r2', '2024-03-01', 2000)
      .repair('r3', '2024-04-01', 3000)
      .repair('r4', '2024-05-01', 4000);
    const d = s.deadline('2024-06-01', 'rights_period_end');
    expect(d).toMatchObject({ dueOn: '2025-01-05', status: 'UPCOMING', presumption: { status: 'MET', metOn: '2024-05-01' } });
    expect(d.satisfiedBy).toBeUndefined();
    expect(d.basedOn).toContain('e5');
    expect(s.deadline('2025-01-06', 'rights_period_end')).toMatchObject({ status: 'PASSED', presumption: { status: 'MET' } });
  });
});

describe('manufacturer remedy window', () => {
  // Mich. Comp. Laws s 257.1403: the 30 days run only once the manufacturer was notified and had
  // its final repair attempt; before that the clock is not running and must never read MISSED.
  it('MI: not running (never MISSED) before the notice and the final repair attempt (Mich. Comp. Laws s 257.1403)', () => {
    const s = new CaseStream({ jurisdiction: 'MI', deliveryDate: '2024-01-05' })
      .repair('r1', '2024-02-01', 1000)
      .repair('r2', '2024-03-01', 2000)
      .repair('r3', '2024-04-01', 3000)
      .repair('r4', '2024-05-01', 4000);
    const before = s.deadline('2024-08-01', 'manufacturer_remedy_due');
    expect(before).toMatchObject({ dueOn: null, status: 'NOT_APPLICABLE', actor: 'manufacturer' });
    expect(before.statusReason).toContain('written notice to the manufacturer');
    expect(before.statusReason).toContain("the manufacturer's final repair attempt");
    s.notice('n1', '2024-05-10', '2024-05-13');
    expect(s.deadline('2024-08-01', 'manufacturer_remedy_due').status).toBe('NOT_APPLICABLE');
    s.offer('o1', '2024-05-20').completeRepair('o1', '2024-05-24');
    // 2024-05-24 + 30 days = 2024-06-23.
    expect(s.deadline('2024-06-10', 'manufacturer_remedy_due')).toMatchObject({
      dueOn: '2024-06-23',
      status: 'OPEN',
      computation: 'final repair attempt completed 2024-05-24 (presumption met 2024-05-01) + 30 days = 2024-06-23',
    });
    expect(s.deadline('2024-06-24', 'manufacturer_remedy_due').status).toBe('MISSED');
  });

  // WI (Wis. Stat. s 218.0171): 30 days to refund after notice; Jun 3 + 27 = Jun 30, + 3 = Jul 3
  // (replacement 45 days: Jul 18).
  it.each([
    ['repurchase', '2024-07-01', 'MET'],
    ['settlement', '2024-07-01', 'NOT_APPLICABLE'],
  ])('WI: resolved by %s on %s -> %s', (resolution, on, status) => {
    const s = new CaseStream({ jurisdiction: 'WI', deliveryDate: '2024-01-05' })
      .notice('n1', '2024-05-30', '2024-06-03')
      .resolve(on, resolution as 'repurchase');
    const d = s.deadline('2024-07-02', 'manufacturer_remedy_due');
    expect(d).toMatchObject({ dueOn: '2024-07-03', status });
    expect(d.computation).toContain('replacement: + 45 days = 2024-07-18');
  });

  it('WA: 40 days from the written request, taken as the notice (flagged)', () => {
    // Jun 3 + 27 = Jun 30, + 13 = Jul 13.
    const d = new CaseStream({ jurisdiction: 'WA', deliveryDate: '2024-01-05' })
      .notice('n1', '2024-05-30', '2024-06-03')
      .deadline('2024-06-04', 'manufacturer_remedy_due');
    expect(d).toMatchObject({ dueOn: '2024-07-13', lowConfidence: true });
  });
});

describe('time to file suit (always flagged low confidence)', () => {
  it.each([
    // CA: delivery + 48 months (Cal. Com. Code s 2725, practitioner reading): 2024-01-10 -> 2028-01-10.
    ['CA', '2024-01-10', '2028-01-10'],
    // FL: rights period end (24 months: 2026-01-10) + 12 months = 2027-01-10.
    ['FL', '2024-01-10', '2027-01-10'],
    // WA: delivery + 30 months: 2023-08-31 -> Feb 31 -> clamped 2026-02-28.
    ['WA', '2023-08-31', '2026-02-28'],
  ])('%s, delivered %s -> %s', (state, delivery, due) => {
    const d = new CaseStream({ jurisdiction: state, deliveryDate: delivery })
      .odometer('2024-03-01', 2010)
      .deadline('2024-03-02', 'time_to_file');
    expect(d).toMatchObject({ dueOn: due, status: 'OPEN', lowConfidence: true });
  });

  it('AR: 24 months after the first report, clamped (2024-02-29 -> 2026-02-28)', () => {
    const d = new CaseStream({ jurisdiction: 'AR', deliveryDate: '2024-01-10' })
      .nonconformity('nc-1', '2024-02-29')
      .deadline('2024-03-01', 'time_to_file');
    expect(d).toMatchObject({
      dueOn: '2026-02-28',
      basedOn: ['e2'],
      computation: 'first report 2024-02-29 (nonconformity nc-1 first reported) + 24 months = 2026-02-28',
    });
  });

  it('NH: 1 year after the later of warranty expiry and the final repair attempt', () => {
    // Warranty 36 months from 2022-03-15 = 2025-03-15; final attempt completed 2025-05-02 is later; + 12 months = 2026-05-02.
    const nh = () =>
      new CaseStream({ jurisdiction: 'NH', deliveryDate: '2022-03-15', warranty: { months: 36, miles: 36000 } })
        .odometer('2023-03-15', 8010)
        .notice('n1', '2025-04-01', '2025-04-03');
    expect(nh().deadline('2025-04-10', 'time_to_file').dueOn).toBe('2026-03-15');
    expect(nh().offer('o1', '2025-04-20').completeRepair('o1', '2025-05-02').deadline('2025-05-03', 'time_to_file').dueOn).toBe(
      '2026-05-02',
    );
  });

  it('RI: earlier of 3 years and 2 years after 15,000 miles (estimated, flagged)', () => {
    // 100 miles/day from 0 on 2024-01-01: 15,000 on day 150 = 2024-05-30 (day 121 is May 1); + 24 months = 2026-05-30,
    // before 2024-01-01 + 36 months = 2027-01-01.
    const d = new CaseStream({ jurisdiction: 'RI', deliveryDate: '2024-01-01', odometerAtDelivery: 0 })
      .odometer('2024-04-10', 10000)
      .deadline('2024-04-11', 'time_to_file');
    expect(d).toMatchObject({ dueOn: '2026-05-30', dueIsEstimate: true });
  });

  it('NJ: not established -> NOT_APPLICABLE, no date, confidence L', () => {
    const d = new CaseStream({ jurisdiction: 'NJ', deliveryDate: '2024-01-10' }).deadline('2024-03-01', 'time_to_file');
    expect(d).toMatchObject({ status: 'NOT_APPLICABLE', dueOn: null, lowConfidence: true, rule: { confidence: 'L' } });
    expect(d.statusReason).toContain('not established for NJ');
  });
});

describe('pre-suit notice', () => {
  it('NC: required 10 days before filing, but no filing deadline is established', () => {
    const r = new CaseStream({ jurisdiction: 'NC', deliveryDate: '2024-01-10' }).report('2024-03-01');
    expect(pick(r, 'pre_suit_notice')).toMatchObject({ status: 'NOT_APPLICABLE', dueOn: null });
  });

  it('with a known filing deadline: 10 days before it (2028-01-10 - 10 = 2027-12-31)', () => {
    const nc = RULE_PACKS.NC;
    const version = nc.versions[0]!;
    const pack: RulePack = {
      ...nc,
      versions: [
        {
          ...version,
          timeToFile: {
            ...version.timeToFile,
            value: {
              known: true,
              deadline: { terms: [{ anchor: 'delivery', months: 48 }], combine: 'earliest' },
              text: 'test: 4 years from delivery',
            },
          },
        },
      ],
    };
    const d = new CaseStream({ jurisdiction: 'NC', deliveryDate: '2024-01-10' }).deadline('2024-03-01', 'pre_suit_notice', undefined, pack);
    expect(d).toMatchObject({
      dueOn: '2027-12-31',
      status: 'OPEN',
      computation: 'last day to file suit 2028-01-10 - 10 days = 2027-12-31',
    });
  });
});
