/** Correcting a final repair offer (offered date, nonconformities). */
import type { CorrectFinalRepairOpportunity, DecisionContext } from './case.commands';
import type { FinalRepairOpportunityCorrected } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertNotBefore, assertReasonGiven, requireLiveRecord } from './case.guards';
import { assertOfferFits } from './manufacturer-contact.decide';

export const correctFinalRepairOpportunity = (
  command: CorrectFinalRepairOpportunity,
  state: OpenCaseState,
  context: DecisionContext,
): FinalRepairOpportunityCorrected => {
  const { opportunityId, offeredOn, correctionReason } = command.data;
  const offer = requireLiveRecord(state.finalRepairOpportunities, opportunityId, 'opportunityId', 'final repair opportunity', 'corrected');
  assertReasonGiven(correctionReason, 'corrected');
  assertOfferFits(command.data, state, context);
  if (offer.completion !== undefined) {
    assertNotBefore(offer.completion.completedOn, offeredOn, 'offeredOn', 'its completion', 'the corrected offer');
  }
  return { type: 'FinalRepairOpportunityCorrected', data: { ...command.data } };
};
