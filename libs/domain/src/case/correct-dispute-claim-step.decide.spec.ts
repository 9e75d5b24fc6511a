import {
  claimFiled,
  decisionAccepted,
  decisionIssued,
  decisionRejected,
  givenCase,
  inspectionRequested,
  manufacturerComplied,
  openWithRepair,
} from './case.spec-helpers';

const full = () => [...openWithRepair(), claimFiled(), inspectionRequested(), decisionIssued(), decisionAccepted(), manufacturerComplied()];
const reason = 'Per the BBB letter';

describe('correct-dispute-claim-step', () => {
  it.each([
    [
      'inspection',
      {
        type: 'CorrectDisputeInspection' as const,
        data: { claimId: 'c-1', requestedOn: '2024-06-21', additionalDays: 14, correctionReason: reason },
      },
      'DisputeInspectionCorrected',
    ],
    [
      'decision',
      {
        type: 'CorrectDisputeDecision' as const,
        data: { claimId: 'c-1', decidedOn: '2024-07-26', award: 'replacement' as const, correctionReason: reason },
      },
      'DisputeDecisionCorrected',
    ],
    [
      'acceptance',
      { type: 'CorrectDisputeAcceptance' as const, data: { claimId: 'c-1', acceptedOn: '2024-07-31', correctionReason: reason } },
      'DisputeAcceptanceCorrected',
    ],
    [
      'compliance',
      { type: 'CorrectManufacturerCompliance' as const, data: { claimId: 'c-1', compliedOn: '2024-08-30', correctionReason: reason } },
      'ManufacturerComplianceCorrected',
    ],
  ])('corrects the %s', (_step, command, eventType) => {
    givenCase(full())
      .when(command)
      .then([{ type: eventType, data: command.data } as never]);
  });

  it('corrects a rejection', () => {
    const command = {
      type: 'CorrectDisputeRejection' as const,
      data: { claimId: 'c-1', rejectedOn: '2024-08-01', correctionReason: reason },
    };
    givenCase([...openWithRepair(), claimFiled(), decisionIssued(), decisionRejected()])
      .when(command)
      .then([{ type: 'DisputeRejectionCorrected', data: command.data }]);
  });

  it('keeps each step in order with its neighbours', () => {
    givenCase(full())
      .when({
        type: 'CorrectDisputeDecision',
        data: { claimId: 'c-1', decidedOn: '2024-08-05', award: 'repurchase', correctionReason: reason },
      })
      .thenThrows('rule_violation', 'the acceptance 2024-07-30 is before the corrected decision on 2024-08-05', 'decidedOn');
    givenCase(full())
      .when({
        type: 'CorrectDisputeInspection',
        data: { claimId: 'c-1', requestedOn: '2024-06-01', additionalDays: 14, correctionReason: reason },
      })
      .thenThrows('rule_violation', 'inspection request date 2024-06-01 is before the claim was filed on 2024-06-03', 'requestedOn');
  });

  it('needs the step on record', () => {
    givenCase([...openWithRepair(), claimFiled()])
      .when({ type: 'CorrectDisputeAcceptance', data: { claimId: 'c-1', acceptedOn: '2024-07-31', correctionReason: reason } })
      .thenThrows('rule_violation', 'dispute claim c-1 has no acceptance on record to correct', 'claimId');
  });
});
