import type { CaseEvent } from './case.events';
import { BRAKES, givenCase, openWithRepair } from './case.spec-helpers';

const offered: CaseEvent = {
  type: 'FinalRepairOpportunityOffered',
  data: { opportunityId: 'op-1', offeredOn: '2024-05-20', nonconformityIds: [BRAKES] },
};
const voidIt = { type: 'VoidFinalRepairOpportunity' as const, data: { opportunityId: 'op-1', reason: 'Entered on the wrong case' } };

describe('void-final-repair-opportunity', () => {
  it('voids an offer; it can then not be completed', () => {
    givenCase([...openWithRepair(), offered])
      .when(voidIt)
      .then([{ type: 'FinalRepairOpportunityVoided', data: voidIt.data }]);
    givenCase([...openWithRepair(), offered, { type: 'FinalRepairOpportunityVoided', data: voidIt.data }])
      .when({ type: 'CompleteFinalRepairOpportunity', data: { opportunityId: 'op-1', completedOn: '2024-06-04', outcome: 'fixed' } })
      .thenThrows('rule_violation', 'final repair opportunity op-1 was voided', 'opportunityId');
  });
});
