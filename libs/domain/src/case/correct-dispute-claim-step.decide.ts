/**
 * Correcting one step of a dispute claim after its filing: the inspection, the decision, its
 * acceptance or rejection, the manufacturer's compliance. Each step keeps its order with the
 * steps around it (16 CFR 703.5: filing, inspection, decision, the consumer's answer, compliance).
 */
import type {
  CorrectDisputeAcceptance,
  CorrectDisputeDecision,
  CorrectDisputeInspection,
  CorrectDisputeRejection,
  CorrectManufacturerCompliance,
  DecisionContext,
} from './case.commands';
import type {
  DisputeAcceptanceCorrected,
  DisputeClaimStep,
  DisputeDecisionCorrected,
  DisputeInspectionCorrected,
  DisputeRejectionCorrected,
  ManufacturerComplianceCorrected,
} from './case.events';
import type { DisputeClaimState, OpenCaseState } from './case.state';
import { assertDaysWithin, assertNotBefore, assertNotInFuture, assertReasonGiven } from './case.guards';
import { MAX_INSPECTION_ADDITIONAL_DAYS, requireClaim } from './dispute-claim.decide';
import { ruleViolation } from '../shared/domain-error';

const STEP_NAMES: Record<DisputeClaimStep, string> = {
  inspection: 'inspection request',
  decision: 'decision',
  acceptance: 'acceptance',
  rejection: 'rejection',
  compliance: 'compliance',
};

/** The claim must be live and the step on record (not voided). */
const requireStep = (state: OpenCaseState, claimId: string, step: DisputeClaimStep, correctionReason: string): DisputeClaimState => {
  const claim = requireClaim(state, claimId);
  const trail = claim.steps[step];
  if (trail === undefined || trail.voided !== undefined) {
    throw ruleViolation(`dispute claim ${claimId} has no ${STEP_NAMES[step]} on record to correct`, 'claimId');
  }
  assertReasonGiven(correctionReason, 'corrected');
  return claim;
};

export const correctDisputeInspection = (
  command: CorrectDisputeInspection,
  state: OpenCaseState,
  context: DecisionContext,
): DisputeInspectionCorrected => {
  const { claimId, requestedOn, additionalDays, correctionReason } = command.data;
  const claim = requireStep(state, claimId, 'inspection', correctionReason);
  assertDaysWithin(
    additionalDays,
    1,
    MAX_INSPECTION_ADDITIONAL_DAYS,
    'additionalDays',
    `an inspection extends the decision period by 1 to ${MAX_INSPECTION_ADDITIONAL_DAYS} whole days, not ${additionalDays}`,
  );
  assertNotInFuture(requestedOn, 'requestedOn', 'inspection request date', context);
  assertNotBefore(requestedOn, claim.filedOn, 'requestedOn', 'inspection request date', 'the claim was filed');
  if (claim.decision !== undefined)
    assertNotBefore(claim.decision.decidedOn, requestedOn, 'requestedOn', 'the decision', 'the inspection request');
  return { type: 'DisputeInspectionCorrected', data: { ...command.data } };
};

export const correctDisputeDecision = (
  command: CorrectDisputeDecision,
  state: OpenCaseState,
  context: DecisionContext,
): DisputeDecisionCorrected => {
  const { claimId, decidedOn, correctionReason } = command.data;
  const claim = requireStep(state, claimId, 'decision', correctionReason);
  assertNotInFuture(decidedOn, 'decidedOn', 'decision date', context);
  assertNotBefore(decidedOn, claim.filedOn, 'decidedOn', 'decision date', 'the claim was filed');
  if (claim.inspection !== undefined)
    assertNotBefore(decidedOn, claim.inspection.requestedOn, 'decidedOn', 'decision date', 'the inspection was requested');
  for (const [what, on] of [
    ['the acceptance', claim.acceptedOn],
    ['the rejection', claim.rejectedOn],
  ] as const) {
    if (on !== undefined) assertNotBefore(on, decidedOn, 'decidedOn', what, 'the corrected decision');
  }
  return { type: 'DisputeDecisionCorrected', data: { ...command.data } };
};

export const correctDisputeAcceptance = (
  command: CorrectDisputeAcceptance,
  state: OpenCaseState,
  context: DecisionContext,
): DisputeAcceptanceCorrected => {
  const { claimId, acceptedOn, correctionReason } = command.data;
  const claim = requireStep(state, claimId, 'acceptance', correctionReason);
  assertNotInFuture(acceptedOn, 'acceptedOn', 'acceptance date', context);
  if (claim.decision !== undefined)
    assertNotBefore(acceptedOn, claim.decision.decidedOn, 'acceptedOn', 'acceptance date', 'the decision was issued');
  if (claim.compliedOn !== undefined)
    assertNotBefore(claim.compliedOn, acceptedOn, 'acceptedOn', 'the compliance', 'the corrected acceptance');
  return { type: 'DisputeAcceptanceCorrected', data: { ...command.data } };
};

export const correctDisputeRejection = (
  command: CorrectDisputeRejection,
  state: OpenCaseState,
  context: DecisionContext,
): DisputeRejectionCorrected => {
  const { claimId, rejectedOn, correctionReason } = command.data;
  const claim = requireStep(state, claimId, 'rejection', correctionReason);
  assertNotInFuture(rejectedOn, 'rejectedOn', 'rejection date', context);
  if (claim.decision !== undefined)
    assertNotBefore(rejectedOn, claim.decision.decidedOn, 'rejectedOn', 'rejection date', 'the decision was issued');
  return { type: 'DisputeRejectionCorrected', data: { ...command.data } };
};

export const correctManufacturerCompliance = (
  command: CorrectManufacturerCompliance,
  state: OpenCaseState,
  context: DecisionContext,
): ManufacturerComplianceCorrected => {
  const { claimId, compliedOn, correctionReason } = command.data;
  const claim = requireStep(state, claimId, 'compliance', correctionReason);
  assertNotInFuture(compliedOn, 'compliedOn', 'compliance date', context);
  if (claim.acceptedOn !== undefined)
    assertNotBefore(compliedOn, claim.acceptedOn, 'compliedOn', 'compliance date', 'the decision was accepted');
  return { type: 'ManufacturerComplianceCorrected', data: { ...command.data } };
};
