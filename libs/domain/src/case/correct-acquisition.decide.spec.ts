import { foldCase } from './case.state';
import { caseOpened, givenCase, openWithRepair } from './case.spec-helpers';

const correction = (overrides: Record<string, unknown> = {}) => ({
  type: 'CorrectAcquisition' as const,
  data: {
    acquisition: { type: 'lease' as const, deliveryDate: '2024-01-12', odometerAtDelivery: 15, ...overrides },
    correctionReason: 'Per the lease contract',
  },
});

describe('correct-acquisition', () => {
  it('corrects the terms and moves the delivery odometer fact with them', () => {
    givenCase(openWithRepair())
      .when(correction())
      .then([{ type: 'AcquisitionCorrected', data: correction().data }]);
    const state = foldCase([caseOpened(), { type: 'AcquisitionCorrected', data: correction().data }]);
    expect(state.status !== 'none' && state.odometerFacts).toEqual([{ on: '2024-01-12', mileage: 15, origin: { kind: 'delivery' } }]);
  });

  it('keeps the delivery before every dated fact and below every later mileage', () => {
    givenCase(openWithRepair())
      .when(correction({ deliveryDate: '2024-02-21' }))
      .thenThrows('rule_violation', 'delivery date 2024-02-21 is after repair attempt RO-1 on 2024-02-20', 'acquisition.deliveryDate');
    givenCase(openWithRepair())
      .when(correction({ odometerAtDelivery: 2200 }))
      .thenThrows(
        'rule_violation',
        'odometer at delivery 2,200 on 2024-01-12 is above 2,140 recorded later',
        'acquisition.odometerAtDelivery',
      );
  });
});
