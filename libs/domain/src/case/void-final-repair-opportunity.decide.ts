/** Voiding a final repair offer recorded in error (its completion goes with it). */
import type { VoidFinalRepairOpportunity } from './case.commands';
import type { FinalRepairOpportunityVoided } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertReasonGiven, requireLiveRecord } from './case.guards';

export const voidFinalRepairOpportunity = (command: VoidFinalRepairOpportunity, state: OpenCaseState): FinalRepairOpportunityVoided => {
  requireLiveRecord(state.finalRepairOpportunities, command.data.opportunityId, 'opportunityId', 'final repair opportunity', 'voided');
  assertReasonGiven(command.data.reason, 'voided');
  return { type: 'FinalRepairOpportunityVoided', data: { ...command.data } };
};
