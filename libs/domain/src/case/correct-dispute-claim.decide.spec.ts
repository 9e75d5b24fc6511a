import { claimFiled, decisionIssued, givenCase, inspectionRequested, openWithRepair } from './case.spec-helpers';

const correction = (filedOn = '2024-06-01') => ({
  type: 'CorrectDisputeClaim' as const,
  data: {
    claimId: 'c-1',
    program: 'BBB_AUTO_LINE' as const,
    filedOn,
    manufacturerContactedFirst: false,
    correctionReason: 'Filed online on the 1st',
  },
});

describe('correct-dispute-claim', () => {
  it('corrects the filing', () => {
    givenCase([...openWithRepair(), claimFiled()])
      .when(correction())
      .then([{ type: 'DisputeClaimCorrected', data: correction().data }]);
  });

  it('keeps the filing before the later steps', () => {
    givenCase([...openWithRepair(), claimFiled(), inspectionRequested(), decisionIssued()])
      .when(correction('2024-06-25'))
      .thenThrows('rule_violation', 'the inspection request 2024-06-20 is before the corrected filing on 2024-06-25', 'filedOn');
  });
});
