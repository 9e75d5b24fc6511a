import type { CaseEvent } from './case.events';
import { BRAKES, givenCase, openWithRepair } from './case.spec-helpers';

const offered: CaseEvent = {
  type: 'FinalRepairOpportunityOffered',
  data: { opportunityId: 'op-1', offeredOn: '2024-05-20', nonconformityIds: [BRAKES] },
};
const completed: CaseEvent = {
  type: 'FinalRepairOpportunityCompleted',
  data: { opportunityId: 'op-1', completedOn: '2024-06-04', outcome: 'not_fixed' },
};
const correction = (offeredOn = '2024-05-18') => ({
  type: 'CorrectFinalRepairOpportunity' as const,
  data: { opportunityId: 'op-1', offeredOn, nonconformityIds: [BRAKES], correctionReason: 'Offer letter dated the 18th' },
});

describe('correct-final-repair-opportunity', () => {
  it('corrects the offer', () => {
    givenCase([...openWithRepair(), offered, completed])
      .when(correction())
      .then([{ type: 'FinalRepairOpportunityCorrected', data: correction().data }]);
  });

  it('keeps the offer before its completion', () => {
    givenCase([...openWithRepair(), offered, completed])
      .when(correction('2024-06-10'))
      .thenThrows('rule_violation', 'its completion 2024-06-04 is before the corrected offer on 2024-06-10', 'offeredOn');
  });
});
