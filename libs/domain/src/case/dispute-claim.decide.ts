/**
 * Informal dispute settlement (16 CFR 703, e.g. BBB AUTO LINE): filing, inspection, decision,
 * the consumer's acceptance or rejection, and the manufacturer's compliance.
 */
import type {
  AcceptDisputeDecision,
  DecisionContext,
  FileDisputeClaim,
  IssueDisputeDecision,
  RecordManufacturerCompliance,
  RejectDisputeDecision,
  RequestDisputeInspection,
} from './case.commands';
import type {
  DisputeClaimFiled,
  DisputeDecisionAccepted,
  DisputeDecisionIssued,
  DisputeDecisionRejected,
  DisputeInspectionRequested,
  LegalDate,
  ManufacturerComplied,
} from './case.events';
import { isDisputeClaimOpen, type DisputeClaimState, type OpenCaseState } from './case.state';
import { assertDaysWithin, assertNewId, assertNotBefore, assertNotBeforeDelivery, assertNotInFuture, requireEntry } from './case.guards';
import { ruleViolation } from '../shared/domain-error';

/** 16 CFR 703.5(e) / BBB AUTO LINE: an inspection may extend the 40-day decision period by up to 30 days. */
export const MAX_INSPECTION_ADDITIONAL_DAYS = 30;

export const requireClaim = (state: OpenCaseState, claimId: string): DisputeClaimState => {
  const claim = requireEntry(state.disputeClaims, claimId, 'claimId', 'dispute claim');
  if (claim.voided) throw ruleViolation(`dispute claim ${claimId} was voided`, 'claimId');
  return claim;
};

const requireDecision = (claim: DisputeClaimState, action: string): NonNullable<DisputeClaimState['decision']> => {
  if (claim.decision === undefined) {
    throw ruleViolation(`dispute claim ${claim.claimId} has no decision yet; a decision can be ${action} only once issued`, 'claimId');
  }
  return claim.decision;
};

const assertNoResponseYet = (claim: DisputeClaimState): void => {
  const response: [string, LegalDate | undefined][] = [
    ['accepted', claim.acceptedOn],
    ['rejected', claim.rejectedOn],
  ];
  for (const [verb, on] of response) {
    if (on !== undefined) {
      throw ruleViolation(`the decision on dispute claim ${claim.claimId} was already ${verb} on ${on}`, 'claimId');
    }
  }
};

export const fileDisputeClaim = (command: FileDisputeClaim, state: OpenCaseState, context: DecisionContext): DisputeClaimFiled => {
  const { claimId, filedOn } = command.data;
  assertNewId(state.disputeClaims, claimId, 'claimId', 'dispute claim');
  const open = [...state.disputeClaims.values()].find(isDisputeClaimOpen);
  if (open !== undefined) {
    throw ruleViolation(
      `dispute claim ${open.claimId} (${open.program}, filed ${open.filedOn}) is still open; a new claim can be filed once its decision is rejected or the manufacturer has complied`,
      'claimId',
    );
  }
  assertNotInFuture(filedOn, 'filedOn', 'claim filing date', context);
  assertNotBeforeDelivery(state, filedOn, 'filedOn', 'claim filing date');
  return { type: 'DisputeClaimFiled', data: { ...command.data } };
};

export const requestDisputeInspection = (
  command: RequestDisputeInspection,
  state: OpenCaseState,
  context: DecisionContext,
): DisputeInspectionRequested => {
  const { requestedOn, additionalDays } = command.data;
  const claim = requireClaim(state, command.data.claimId);
  if (claim.inspection !== undefined) {
    throw ruleViolation(
      `an inspection was already requested for dispute claim ${claim.claimId} on ${claim.inspection.requestedOn}`,
      'claimId',
    );
  }
  if (claim.decision !== undefined) {
    throw ruleViolation(
      `dispute claim ${claim.claimId} was decided on ${claim.decision.decidedOn}; an inspection can only be requested before the decision`,
      'claimId',
    );
  }
  assertDaysWithin(
    additionalDays,
    1,
    MAX_INSPECTION_ADDITIONAL_DAYS,
    'additionalDays',
    `an inspection extends the decision period by 1 to ${MAX_INSPECTION_ADDITIONAL_DAYS} whole days, not ${additionalDays}`,
  );
  assertNotInFuture(requestedOn, 'requestedOn', 'inspection request date', context);
  assertNotBefore(requestedOn, claim.filedOn, 'requestedOn', 'inspection request date', 'the claim was filed');
  return { type: 'DisputeInspectionRequested', data: { ...command.data } };
};

export const issueDisputeDecision = (
  command: IssueDisputeDecision,
  state: OpenCaseState,
  context: DecisionContext,
): DisputeDecisionIssued => {
  const { decidedOn } = command.data;
  const claim = requireClaim(state, command.data.claimId);
  if (claim.decision !== undefined) {
    throw ruleViolation(`dispute claim ${claim.claimId} was already decided on ${claim.decision.decidedOn}`, 'claimId');
  }
  assertNotInFuture(decidedOn, 'decidedOn', 'decision date', context);
  assertNotBefore(decidedOn, claim.filedOn, 'decidedOn', 'decision date', 'the claim was filed');
  if (claim.inspection !== undefined) {
    assertNotBefore(decidedOn, claim.inspection.requestedOn, 'decidedOn', 'decision date', 'the inspection was requested');
  }
  return { type: 'DisputeDecisionIssued', data: { ...command.data } };
};

export const acceptDisputeDecision = (
  command: AcceptDisputeDecision,
  state: OpenCaseState,
  context: DecisionContext,
): DisputeDecisionAccepted => {
  const { acceptedOn } = command.data;
  const claim = requireClaim(state, command.data.claimId);
  const decision = requireDecision(claim, 'accepted');
  assertNoResponseYet(claim);
  assertNotInFuture(acceptedOn, 'acceptedOn', 'acceptance date', context);
  assertNotBefore(acceptedOn, decision.decidedOn, 'acceptedOn', 'acceptance date', 'the decision was issued');
  return { type: 'DisputeDecisionAccepted', data: { ...command.data } };
};

export const rejectDisputeDecision = (
  command: RejectDisputeDecision,
  state: OpenCaseState,
  context: DecisionContext,
): DisputeDecisionRejected => {
  const { rejectedOn } = command.data;
  const claim = requireClaim(state, command.data.claimId);
  const decision = requireDecision(claim, 'rejected');
  assertNoResponseYet(claim);
  assertNotInFuture(rejectedOn, 'rejectedOn', 'rejection date', context);
  assertNotBefore(rejectedOn, decision.decidedOn, 'rejectedOn', 'rejection date', 'the decision was issued');
  return { type: 'DisputeDecisionRejected', data: { ...command.data } };
};

export const recordManufacturerCompliance = (
  command: RecordManufacturerCompliance,
  state: OpenCaseState,
  context: DecisionContext,
): ManufacturerComplied => {
  const { compliedOn } = command.data;
  const claim = requireClaim(state, command.data.claimId);
  if (claim.acceptedOn === undefined) {
    throw ruleViolation(
      `the decision on dispute claim ${claim.claimId} has not been accepted; compliance can only follow an accepted decision`,
      'claimId',
    );
  }
  if (claim.compliedOn !== undefined) {
    throw ruleViolation(`the manufacturer already complied with dispute claim ${claim.claimId} on ${claim.compliedOn}`, 'claimId');
  }
  assertNotInFuture(compliedOn, 'compliedOn', 'compliance date', context);
  assertNotBefore(compliedOn, claim.acceptedOn, 'compliedOn', 'compliance date', 'the decision was accepted');
  return { type: 'ManufacturerComplied', data: { ...command.data } };
};
