import { BRAKES, INFOTAINMENT, givenCase, openWithRepair } from './case.spec-helpers';

const voidIt = (nonconformityId: string) => ({
  type: 'VoidNonconformity' as const,
  data: { nonconformityId, reason: 'Reported on the wrong case' },
});

describe('void-nonconformity', () => {
  it('voids a nonconformity nothing refers to; it can then no longer be named', () => {
    givenCase(openWithRepair())
      .when(voidIt(INFOTAINMENT))
      .then([{ type: 'NonconformityVoided', data: voidIt(INFOTAINMENT).data }]);
    givenCase([...openWithRepair(), { type: 'NonconformityVoided', data: voidIt(INFOTAINMENT).data }])
      .when({
        type: 'NotifyManufacturer',
        data: { noticeId: 'n-1', sentOn: '2024-05-06', method: 'email', nonconformityIds: [INFOTAINMENT] },
      })
      .thenThrows('rule_violation', `nonconformity "${INFOTAINMENT}" was voided`, 'nonconformityIds');
  });

  it('refuses while a live record still names it', () => {
    givenCase(openWithRepair())
      .when(voidIt(BRAKES))
      .thenThrows('rule_violation', 'is named by repair attempt RO-1: correct or void those first', 'nonconformityId');
    givenCase([...openWithRepair(), { type: 'RepairAttemptVoided', data: { repairAttemptId: 'ra-1', reason: 'dup' } }])
      .when(voidIt(BRAKES))
      .then([{ type: 'NonconformityVoided', data: voidIt(BRAKES).data }]);
  });
});
