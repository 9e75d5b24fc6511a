/** Reopening a resolved case (a resolution entered by mistake, or one that fell through): the history goes on. */
import type { ReopenCase } from './case.commands';
import type { CaseReopened } from './case.events';
import type { ExistingCaseState } from './case.state';
import { assertNotBlank } from './case.guards';
import { ruleViolation } from '../shared/domain-error';

export const reopenCase = (command: ReopenCase, state: ExistingCaseState): CaseReopened => {
  if (state.status !== 'resolved') throw ruleViolation('the case is not resolved: there is nothing to reopen');
  assertNotBlank(command.data.reason, 'reason', 'the reason for reopening');
  return { type: 'CaseReopened', data: { reason: command.data.reason } };
};
