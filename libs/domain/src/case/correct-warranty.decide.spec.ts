import { givenCase, openWithRepair } from './case.spec-helpers';

const correction = (months: number, miles: number) => ({
  type: 'CorrectWarranty' as const,
  data: { warranty: { months, miles }, correctionReason: 'Per the warranty booklet' },
});

describe('correct-warranty', () => {
  it('corrects the warranty terms', () => {
    givenCase(openWithRepair())
      .when(correction(48, 50000))
      .then([{ type: 'WarrantyCorrected', data: correction(48, 50000).data }]);
  });

  it('refuses terms that are not positive', () => {
    givenCase(openWithRepair()).when(correction(0, 50000)).thenThrows('rule_violation', 'must be positive', 'warranty.months');
    givenCase(openWithRepair()).when(correction(36, -1)).thenThrows('rule_violation', 'must be positive', 'warranty.miles');
  });
});
