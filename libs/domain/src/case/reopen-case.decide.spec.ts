import { foldCase } from './case.state';
import { caseResolved, givenCase, openWithRepair, secondRepairRecorded } from './case.spec-helpers';

const reopen = (reason = 'Settlement check bounced') => ({ type: 'ReopenCase' as const, data: { reason } });

describe('reopen-case', () => {
  it('reopens a resolved case; its history goes on and the old resolution is kept as undone', () => {
    givenCase([...openWithRepair(), caseResolved()])
      .when(reopen())
      .then([{ type: 'CaseReopened', data: reopen().data }]);
    const after = [...openWithRepair(), caseResolved(), { type: 'CaseReopened' as const, data: reopen().data }];
    const state = foldCase(after);
    expect(state).toMatchObject({
      status: 'open',
      pastResolutions: [{ resolution: 'repurchase', trail: { voided: { eventId: '#6', reason: 'Settlement check bounced' } } }],
    });
    expect(state).not.toHaveProperty('resolution');
    const next = secondRepairRecorded() as { type: 'RepairAttemptRecorded'; data: never };
    givenCase(after).when({ type: 'RecordRepairAttempt', data: next.data }).then([next]);
  });

  it('refuses an open case and a blank reason', () => {
    givenCase(openWithRepair()).when(reopen()).thenThrows('rule_violation', 'the case is not resolved');
    givenCase([...openWithRepair(), caseResolved()])
      .when(reopen(' '))
      .thenThrows('rule_violation', 'the reason for reopening must not be blank', 'reason');
  });
});
