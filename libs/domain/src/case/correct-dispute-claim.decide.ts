/** Correcting a dispute claim's filing (program, filed date, whether the manufacturer was contacted first). */
import type { CorrectDisputeClaim, DecisionContext } from './case.commands';
import type { DisputeClaimCorrected } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertNotBefore, assertNotBeforeDelivery, assertNotInFuture, assertReasonGiven, requireLiveRecord } from './case.guards';

export const correctDisputeClaim = (
  command: CorrectDisputeClaim,
  state: OpenCaseState,
  context: DecisionContext,
): DisputeClaimCorrected => {
  const { claimId, filedOn, correctionReason } = command.data;
  const claim = requireLiveRecord(state.disputeClaims, claimId, 'claimId', 'dispute claim', 'corrected');
  assertReasonGiven(correctionReason, 'corrected');
  assertNotInFuture(filedOn, 'filedOn', 'claim filing date', context);
  assertNotBeforeDelivery(state, filedOn, 'filedOn', 'claim filing date');
  // The later steps stay where they are: the corrected filing must still come first.
  if (claim.inspection !== undefined)
    assertNotBefore(claim.inspection.requestedOn, filedOn, 'filedOn', 'the inspection request', 'the corrected filing');
  if (claim.decision !== undefined) assertNotBefore(claim.decision.decidedOn, filedOn, 'filedOn', 'the decision', 'the corrected filing');
  return { type: 'DisputeClaimCorrected', data: { ...command.data } };
};
