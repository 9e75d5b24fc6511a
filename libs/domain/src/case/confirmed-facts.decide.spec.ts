import { foldCase } from './case.state';
import { BRAKES, brakesReported, caseOpened, caseResolved, givenCase } from './case.spec-helpers';

describe('confirming facts the repair history cannot show', () => {
  describe('when the case is open', () => {
    it('confirms a nonconformity’s narrower safety scope, replacing an earlier confirmation', () => {
      const data = { nonconformityId: BRAKES, scopes: ['brakes_or_steering' as const], note: 'service bulletin 34-12' };
      givenCase([caseOpened(), brakesReported()])
        .when({ type: 'ConfirmSafetyScope', data })
        .then([{ type: 'NonconformitySafetyScopeConfirmed', data }]);
      const state = foldCase([
        caseOpened(),
        brakesReported(),
        { type: 'NonconformitySafetyScopeConfirmed', data },
        { type: 'NonconformitySafetyScopeConfirmed', data: { nonconformityId: BRAKES, scopes: ['total_brake_or_steering_failure'] } },
      ]);
      expect(state.status !== 'none' && state.nonconformities.get(BRAKES)?.confirmedSafetyScopes).toEqual([
        'total_brake_or_steering_failure',
      ]);
    });

    it('refuses an unknown nonconformity and repeated scopes', () => {
      givenCase([caseOpened()])
        .when({ type: 'ConfirmSafetyScope', data: { nonconformityId: 'nc-ghost', scopes: ['brakes_or_steering'] } })
        .thenThrows('rule_violation', 'nc-ghost', 'nonconformityId');
      givenCase([caseOpened(), brakesReported()])
        .when({ type: 'ConfirmSafetyScope', data: { nonconformityId: BRAKES, scopes: ['brakes_or_steering', 'brakes_or_steering'] } })
        .thenThrows('rule_violation', 'repeat', 'scopes');
    });

    it('records whether the manufacturer disclosed the duty to notify it, and the state follows', () => {
      const data = { noticeRequirementDisclosed: false, note: '2019 booklet has no such notice' };
      givenCase([caseOpened()])
        .when({ type: 'RecordManufacturerDisclosure', data })
        .then([{ type: 'ManufacturerDisclosureRecorded', data }]);
      const state = foldCase([caseOpened(), { type: 'ManufacturerDisclosureRecorded', data }]);
      expect(state.status !== 'none' && state.manufacturer.noticeRequirementDisclosed).toBe(false);
    });
  });

  describe('when the case is resolved', () => {
    it('refuses both', () => {
      givenCase([caseOpened(), brakesReported(), caseResolved()])
        .when({ type: 'ConfirmSafetyScope', data: { nonconformityId: BRAKES, scopes: ['brakes_or_steering'] } })
        .thenThrows('rule_violation', 'resolved');
      givenCase([caseOpened(), caseResolved()])
        .when({ type: 'RecordManufacturerDisclosure', data: { noticeRequirementDisclosed: false } })
        .thenThrows('rule_violation', 'resolved');
    });
  });

  describe('when no case exists', () => {
    it('is case_not_found', () => {
      givenCase([])
        .when({ type: 'RecordManufacturerDisclosure', data: { noticeRequirementDisclosed: true } })
        .thenThrows('case_not_found', 'open the case');
    });
  });
});
