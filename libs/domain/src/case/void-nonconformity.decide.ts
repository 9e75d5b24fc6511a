/** Voiding a nonconformity reported in error; records that still name it must be corrected or voided first. */
import type { VoidNonconformity } from './case.commands';
import type { NonconformityVoided } from './case.events';
import { liveRecords, type OpenCaseState } from './case.state';
import { assertReasonGiven, requireLiveRecord } from './case.guards';
import { ruleViolation } from '../shared/domain-error';

export const voidNonconformity = (command: VoidNonconformity, state: OpenCaseState): NonconformityVoided => {
  const { nonconformityId, reason } = command.data;
  requireLiveRecord(state.nonconformities, nonconformityId, 'nonconformityId', 'nonconformity', 'voided');
  assertReasonGiven(reason, 'voided');
  const namedBy = [
    ...liveRecords(state.repairAttempts)
      .filter((a) => a.nonconformityIds.includes(nonconformityId))
      .map((a) => `repair attempt ${a.repairOrderNumber ?? a.repairAttemptId}`),
    ...liveRecords(state.manufacturerNotices)
      .filter((n) => n.nonconformityIds.includes(nonconformityId))
      .map((n) => `manufacturer notice ${n.noticeId}`),
    ...liveRecords(state.finalRepairOpportunities)
      .filter((o) => o.nonconformityIds.includes(nonconformityId))
      .map((o) => `final repair opportunity ${o.opportunityId}`),
  ];
  if (namedBy.length > 0) {
    throw ruleViolation(
      `nonconformity ${nonconformityId} is named by ${namedBy.join(', ')}: correct or void those first`,
      'nonconformityId',
    );
  }
  return { type: 'NonconformityVoided', data: { ...command.data } };
};
