import type { CaseEvent } from './case.events';
import { BRAKES, givenCase, openWithRepair } from './case.spec-helpers';

const offered: CaseEvent = {
  type: 'FinalRepairOpportunityOffered',
  data: { opportunityId: 'op-1', offeredOn: '2024-05-20', nonconformityIds: [BRAKES] },
};
const completed: CaseEvent = {
  type: 'FinalRepairOpportunityCompleted',
  data: { opportunityId: 'op-1', completedOn: '2024-06-04', outcome: 'fixed' },
};
const correction = (completedOn = '2024-06-05') => ({
  type: 'CorrectFinalRepairCompletion' as const,
  data: { opportunityId: 'op-1', completedOn, outcome: 'not_fixed' as const, correctionReason: 'The light came back the same day' },
});

describe('correct-final-repair-completion', () => {
  it('corrects the completion of an offer', () => {
    givenCase([...openWithRepair(), offered, completed])
      .when(correction())
      .then([{ type: 'FinalRepairCompletionCorrected', data: correction().data }]);
  });

  it('needs a completion on record, after the offer', () => {
    givenCase([...openWithRepair(), offered])
      .when(correction())
      .thenThrows('rule_violation', 'has no completion to correct', 'opportunityId');
    givenCase([...openWithRepair(), offered, completed])
      .when(correction('2024-05-01'))
      .thenThrows(
        'rule_violation',
        'final repair completion date 2024-05-01 is before the opportunity was offered on 2024-05-20',
        'completedOn',
      );
  });
});
