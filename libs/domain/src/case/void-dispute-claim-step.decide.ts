/** Voiding one step of a dispute claim entered in error; a step that later steps rest on is voided after them. */
import type { VoidDisputeClaimStep } from './case.commands';
import type { DisputeClaimStep, DisputeClaimStepVoided } from './case.events';
import type { DisputeClaimState, OpenCaseState } from './case.state';
import { assertReasonGiven } from './case.guards';
import { requireClaim } from './dispute-claim.decide';
import { ruleViolation } from '../shared/domain-error';

/** The steps that rest on each step: they must be voided first. */
const DEPENDENTS: Record<DisputeClaimStep, DisputeClaimStep[]> = {
  inspection: [],
  decision: ['acceptance', 'rejection', 'compliance'],
  acceptance: ['compliance'],
  rejection: [],
  compliance: [],
};

const isOnRecord = (claim: DisputeClaimState, step: DisputeClaimStep): boolean => {
  const trail = claim.steps[step];
  return trail !== undefined && trail.voided === undefined;
};

export const voidDisputeClaimStep = (command: VoidDisputeClaimStep, state: OpenCaseState): DisputeClaimStepVoided => {
  const { claimId, step, reason } = command.data;
  const claim = requireClaim(state, claimId);
  if (!isOnRecord(claim, step)) throw ruleViolation(`dispute claim ${claimId} has no ${step} on record to void`, 'step');
  assertReasonGiven(reason, 'voided');
  const resting = DEPENDENTS[step].filter((dependent) => isOnRecord(claim, dependent));
  if (resting.length > 0) {
    throw ruleViolation(`the ${resting.join(' and ')} of dispute claim ${claimId} rest on its ${step}: void them first`, 'step');
  }
  return { type: 'DisputeClaimStepVoided', data: { ...command.data } };
};
