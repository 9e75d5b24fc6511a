import type { CaseEvent } from './case.events';
import { foldCase } from './case.state';
import { claimFiled, decisionAccepted, decisionIssued, givenCase, manufacturerComplied, openWithRepair } from './case.spec-helpers';

const voidStep = (step: 'decision' | 'acceptance' | 'compliance') => ({
  type: 'VoidDisputeClaimStep' as const,
  data: { claimId: 'c-1', step, reason: 'Entered in error' },
});

describe('void-dispute-claim-step', () => {
  it('voids an acceptance entered in error: the decision can then be rejected', () => {
    const history: CaseEvent[] = [...openWithRepair(), claimFiled(), decisionIssued(), decisionAccepted()];
    givenCase(history)
      .when(voidStep('acceptance'))
      .then([{ type: 'DisputeClaimStepVoided', data: voidStep('acceptance').data }]);
    const after = [...history, { type: 'DisputeClaimStepVoided' as const, data: voidStep('acceptance').data }];
    givenCase(after)
      .when({ type: 'RejectDisputeDecision', data: { claimId: 'c-1', rejectedOn: '2024-07-31' } })
      .then([{ type: 'DisputeDecisionRejected', data: { claimId: 'c-1', rejectedOn: '2024-07-31' } }]);
    const state = foldCase(after);
    expect(state.status !== 'none' && state.disputeClaims.get('c-1')).toMatchObject({
      acceptedOn: undefined,
      steps: { acceptance: { voided: { reason: 'Entered in error' } } },
    });
  });

  it('refuses to void a step later steps rest on, or a step not on record', () => {
    givenCase([...openWithRepair(), claimFiled(), decisionIssued(), decisionAccepted(), manufacturerComplied()])
      .when(voidStep('decision'))
      .thenThrows('rule_violation', 'the acceptance and compliance of dispute claim c-1 rest on its decision: void them first', 'step');
    givenCase([...openWithRepair(), claimFiled()])
      .when(voidStep('decision'))
      .thenThrows('rule_violation', 'has no decision on record to void', 'step');
  });
});
