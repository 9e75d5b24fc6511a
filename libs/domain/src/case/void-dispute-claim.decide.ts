/** Voiding a dispute claim filed in error, with all its steps; a new claim may then be filed. */
import type { VoidDisputeClaim } from './case.commands';
import type { DisputeClaimVoided } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertReasonGiven, requireLiveRecord } from './case.guards';

export const voidDisputeClaim = (command: VoidDisputeClaim, state: OpenCaseState): DisputeClaimVoided => {
  requireLiveRecord(state.disputeClaims, command.data.claimId, 'claimId', 'dispute claim', 'voided');
  assertReasonGiven(command.data.reason, 'voided');
  return { type: 'DisputeClaimVoided', data: { ...command.data } };
};
