import type { CaseEvent, CaseEventEnvelope } from '@lemon/domain';
import { computeRestitution } from './compute-restitution';
import { LOW_CONFIDENCE_OFFSET_STATES, USE_OFFSET_RULES } from './use-offset.rules';

const envelopes = (events: CaseEvent[]): CaseEventEnvelope[] =>
  events.map((event, i) => ({ event, eventId: `e${i + 1}`, version: i + 1, recordedAt: '2024-06-01T00:00:00.000Z' }));

const opened = (jurisdiction: string, acquisition: Record<string, unknown> = {}): CaseEvent => ({
  type: 'CaseOpened',
  data: {
    caseId: 'c1',
    client: { name: 'Maria Delgado' },
    vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5', modelYear: 2024 },
    jurisdiction,
    acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12, price: 68950, ...acquisition },
    warranty: { months: 48, miles: 50000 },
    manufacturer: { name: 'BMW', noticeRequirementDisclosed: true },
  },
});
const defect = (id: string): CaseEvent => ({
  type: 'NonconformityReported',
  data: { nonconformityId: id, description: `defect ${id}`, safetyCritical: false },
});
const repair = (id: string, dateIn: string, mileageIn: number, nc: string): CaseEvent => ({
  type: 'RepairAttemptRecorded',
  data: {
    repairAttemptId: id,
    repairOrderNumber: `RO-${id}`,
    dateIn,
    dateOut: dateIn,
    mileageIn,
    nonconformityIds: [nc],
    outcome: 'not_fixed',
  },
});

describe('restitution: Cal. Civ. Code 1793.2(d)(2)(C) use offset', () => {
  // offset = price × (odometer at the FIRST repair visit for the defect − odometer at delivery) ÷ 120,000
  it.each([
    // price, delivery odometer, first visit mileage, offset
    [68950, 12, 1620, 923.93], // 68,950 × 1,608 / 120,000 = 923.93
    [45000, 0, 12000, 4500.0], // 45,000 × 12,000 / 120,000
    [30000.5, 5, 5, 0], // brought in at delivery mileage: no offset
  ])('price %d, delivered at %d miles, first visit at %d: offset %d', (price, delivery, first, offset) => {
    const r = computeRestitution({
      events: envelopes([
        opened('CA', { price, odometerAtDelivery: delivery }),
        defect('nc1'),
        repair('r1', '2024-02-05', first, 'nc1'),
        repair('r2', '2024-03-01', first + 900, 'nc1'),
      ]),
      asOf: '2024-06-01',
    })!;
    expect(r.status).toBe('COMPUTED');
    expect(r.offset.amount).toBe(offset);
    expect(r.offset.citation).toBe('Cal. Civ. Code 1793.2(d)(2)(C)');
    expect(r.offset.basedOn).toEqual(['e1', 'e3']);
    expect(r.total.amount).toBe(Math.round((price - offset) * 100) / 100);
  });

  it('adds collateral charges and live expenses, shows the arithmetic, and the 1794(c) penalty as a range never added', () => {
    const r = computeRestitution({
      events: envelopes([
        opened('CA', { collateralCharges: 6205.5 }),
        defect('nc1'),
        repair('r1', '2024-02-05', 1620, 'nc1'),
        { type: 'ExpenseRecorded', data: { expenseId: 'x1', kind: 'towing', amount: 185.5, on: '2024-02-05', description: 'tow' } },
        { type: 'ExpenseRecorded', data: { expenseId: 'x2', kind: 'rental', amount: 400, on: '2024-02-06', description: 'rental' } },
        { type: 'ExpenseVoided', data: { expenseId: 'x2', reason: 'duplicate' } },
      ]),
      asOf: '2024-06-01',
    })!;
    // 68,950 + 6,205.50 + 185.50 − 923.93 = 74,417.07
    expect(r.total.amount).toBe(74417.07);
    expect(r.total.arithmetic).toBe('$68,950.00 + $6,205.50 + $185.50 − $923.93 offset = $74,417.07');
    expect(r.offset.arithmetic).toContain(
      '1,620 miles at the first repair visit (repair order RO-r1, in 2024-02-05) − 12 at delivery = 1,608 miles',
    );
    expect(r.civilPenalty).toMatchObject({ min: 0, max: 148834.14, added: false, citation: 'Cal. Civ. Code 1794(c), (e)' });
  });

  it('the first visit for the chosen defect, not the earliest visit of any defect', () => {
    const events = envelopes([
      opened('CA'),
      defect('a'),
      defect('b'),
      repair('r1', '2024-02-01', 500, 'a'),
      repair('r2', '2024-04-01', 3012, 'b'),
    ]);
    expect(computeRestitution({ events, asOf: '2024-06-01' })!.offset.amount).toBe(280.4); // 68,950 × 488 / 120,000 = 280.40
    expect(computeRestitution({ events, asOf: '2024-06-01', nonconformityId: 'b' })!.offset.amount).toBe(1723.75); // × 3,000
  });

  it('INSUFFICIENT_DATA lists what is missing, never guesses', () => {
    const r = computeRestitution({ events: envelopes([opened('CA', { price: undefined }), defect('nc1')]), asOf: '2024-06-01' })!;
    expect(r.status).toBe('INSUFFICIENT_DATA');
    expect(r.missing).toEqual(['purchase price unknown', expect.stringContaining('no repair visit recorded')]);
    expect(r.total.amount).toBeNull();
  });
});

describe('use-offset rules of other states (statute text, 2015 snapshot)', () => {
  it.each([
    // state, delivery 12, first visit 1,620, latest reading 30,012 (r2 at 30,012), price 68,950
    ['NJ', 1108.72], // N.J.S.A. 56:12-30: 1,608 × 68,950 / 100,000 = 1,108.716
    ['GA', 20685.0], // O.C.G.A. 10-1-782: latest 30,012 − 12 = 30,000 miles / 100,000
    ['NY', 12411.0], // GBL 198-a(a)(4): (30,000 − 12,000) / 100,000
    ['FL', 17237.5], // Fla. Stat. 681.102: 30,000 / 120,000
    ['PA', 160.8], // 73 P.S. 1955: lesser of $0.10 × 1,608 and 10% of price
    ['MI', 160.8], // MCL 257.1403: same cap
    ['OH', 0], // R.C. 1345.72: no offset
  ])('%s: offset %d', (state, offset) => {
    const r = computeRestitution({
      events: envelopes([opened(state), defect('nc1'), repair('r1', '2024-02-05', 1620, 'nc1'), repair('r2', '2024-05-05', 30012, 'nc1')]),
      asOf: '2024-06-01',
    })!;
    expect(r.offset.amount).toBe(offset);
  });

  it('AZ, TX, IL: a reasonable allowance with no formula is not computed', () => {
    for (const state of ['AZ', 'TX', 'IL']) {
      const r = computeRestitution({
        events: envelopes([opened(state), defect('nc1'), repair('r1', '2024-02-05', 1620, 'nc1')]),
        asOf: '2024-06-01',
      })!;
      expect(r.offset.method).toBe('reasonable_allowance');
      expect(r.offset.amount).toBeNull();
      expect(r.total.amount).toBeNull();
    }
  });

  it('the states still low confidence (summary table only, flagged in every result)', () => {
    expect(LOW_CONFIDENCE_OFFSET_STATES).toEqual([
      'AK',
      'AR',
      'CO',
      'DC',
      'DE',
      'HI',
      'IA',
      'ID',
      'KS',
      'KY',
      'LA',
      'MD',
      'MN',
      'MO',
      'MS',
      'ND',
      'NE',
      'NM',
      'NV',
      'OK',
      'OR',
      'RI',
      'TN',
      'UT',
      'VA',
      'WI',
      'WV',
      'WY',
    ]);
  });

  it('every jurisdiction has a rule; the 14 named states are not low confidence', () => {
    expect(Object.keys(USE_OFFSET_RULES)).toHaveLength(51);
    for (const s of ['CA', 'TX', 'FL', 'NY', 'PA', 'NJ', 'OH', 'MI', 'IL', 'GA', 'NC', 'WA', 'MA', 'AZ'])
      expect(LOW_CONFIDENCE_OFFSET_STATES).not.toContain(s);
  });
});
