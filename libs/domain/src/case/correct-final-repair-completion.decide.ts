/** Correcting the completion of a final repair opportunity (date, outcome). */
import type { CorrectFinalRepairCompletion, DecisionContext } from './case.commands';
import type { FinalRepairCompletionCorrected } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertNotBefore, assertNotInFuture, assertReasonGiven, requireLiveRecord } from './case.guards';
import { ruleViolation } from '../shared/domain-error';

export const correctFinalRepairCompletion = (
  command: CorrectFinalRepairCompletion,
  state: OpenCaseState,
  context: DecisionContext,
): FinalRepairCompletionCorrected => {
  const { opportunityId, completedOn, correctionReason } = command.data;
  const offer = requireLiveRecord(state.finalRepairOpportunities, opportunityId, 'opportunityId', 'final repair opportunity', 'corrected');
  if (offer.completion === undefined) {
    throw ruleViolation(`final repair opportunity ${opportunityId} has no completion to correct`, 'opportunityId');
  }
  assertReasonGiven(correctionReason, 'corrected');
  assertNotInFuture(completedOn, 'completedOn', 'final repair completion date', context);
  assertNotBefore(completedOn, offer.offeredOn, 'completedOn', 'final repair completion date', 'the opportunity was offered');
  return { type: 'FinalRepairCompletionCorrected', data: { ...command.data } };
};
