/**
 * Correcting the resolution in effect (its kind, date, amount or summary) without reopening the
 * case: a settlement amount or date entered wrongly. The same rules as resolving hold for the
 * corrected record.
 */
import type { CorrectResolution, DecisionContext } from './case.commands';
import type { ResolutionCorrected } from './case.events';
import type { ExistingCaseState } from './case.state';
import { assertNotBeforeDelivery, assertNotInFuture, assertReasonGiven } from './case.guards';
import { ruleViolation } from '../shared/domain-error';

export const correctResolution = (command: CorrectResolution, state: ExistingCaseState, context: DecisionContext): ResolutionCorrected => {
  if (state.status !== 'resolved')
    throw ruleViolation('the case is not resolved: there is no resolution to correct (resolve the case instead)');
  const { resolvedOn, resolution, amount, summary, correctionReason } = command.data;
  assertReasonGiven(correctionReason, 'corrected');
  assertNotInFuture(resolvedOn, 'resolvedOn', 'resolution date', context);
  assertNotBeforeDelivery(state, resolvedOn, 'resolvedOn', 'resolution date');
  if (amount !== undefined && !(amount >= 0)) throw ruleViolation(`amount ${amount} cannot be negative`, 'amount');
  return {
    type: 'ResolutionCorrected',
    data: {
      resolvedOn,
      resolution,
      ...(amount !== undefined ? { amount } : {}),
      ...(summary !== undefined ? { summary } : {}),
      correctionReason,
    },
  };
};
