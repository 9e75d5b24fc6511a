import { claimFiled, decisionIssued, givenCase, openWithRepair } from './case.spec-helpers';

const voidIt = { type: 'VoidDisputeClaim' as const, data: { claimId: 'c-1', reason: 'Filed for another client' } };

describe('void-dispute-claim', () => {
  it('voids a claim, after which another can be filed and the voided one takes no step', () => {
    const history = [...openWithRepair(), claimFiled(), { type: 'DisputeClaimVoided' as const, data: voidIt.data }];
    givenCase([...openWithRepair(), claimFiled()])
      .when(voidIt)
      .then([{ type: 'DisputeClaimVoided', data: voidIt.data }]);
    givenCase(history)
      .when({
        type: 'FileDisputeClaim',
        data: { claimId: 'c-2', program: 'BBB_AUTO_LINE', filedOn: '2024-06-05', manufacturerContactedFirst: true },
      })
      .then([
        {
          type: 'DisputeClaimFiled',
          data: { claimId: 'c-2', program: 'BBB_AUTO_LINE', filedOn: '2024-06-05', manufacturerContactedFirst: true },
        },
      ]);
    givenCase(history)
      .when({
        type: 'IssueDisputeDecision',
        data: (decisionIssued() as { data: { claimId: string; decidedOn: string; award: 'repurchase' } }).data,
      })
      .thenThrows('rule_violation', 'dispute claim c-1 was voided', 'claimId');
  });
});
