import type { CaseCommand } from './case.commands';
import type { CaseEvent, CaseEventType } from './case.events';
import {
  caseOpened,
  claimFiled,
  decisionAccepted,
  decisionIssued,
  decisionRejected,
  givenCase,
  inspectionRequested,
  manufacturerComplied,
  openWithRepair,
} from './case.spec-helpers';

const file = (claimId = 'c-1', filedOn = '2024-06-03'): CaseCommand => ({
  type: 'FileDisputeClaim',
  data: { claimId, program: 'BBB_AUTO_LINE', filedOn, manufacturerContactedFirst: true },
});
const inspect = (requestedOn = '2024-06-20', additionalDays = 20, claimId = 'c-1'): CaseCommand => ({
  type: 'RequestDisputeInspection',
  data: { claimId, requestedOn, additionalDays },
});
const decide = (decidedOn = '2024-07-25', claimId = 'c-1'): CaseCommand => ({
  type: 'IssueDisputeDecision',
  data: { claimId, decidedOn, award: 'repurchase', summary: 'Repurchase less a reasonable offset for use' },
});
const accept = (acceptedOn = '2024-07-30', claimId = 'c-1'): CaseCommand => ({
  type: 'AcceptDisputeDecision',
  data: { claimId, acceptedOn },
});
const reject = (rejectedOn = '2024-07-30', claimId = 'c-1'): CaseCommand => ({
  type: 'RejectDisputeDecision',
  data: { claimId, rejectedOn },
});
const comply = (compliedOn = '2024-08-29', claimId = 'c-1'): CaseCommand => ({
  type: 'RecordManufacturerCompliance',
  data: { claimId, compliedOn },
});

/** The event each command above yields: same data, past-tense type. */
const accepted = (command: CaseCommand, type: CaseEventType): CaseEvent[] => [{ type, data: command.data } as CaseEvent];

describe('informal dispute (BBB AUTO LINE)', () => {
  describe('when the case is open', () => {
    it('files a claim', () => {
      givenCase(openWithRepair()).when(file()).then(accepted(file(), 'DisputeClaimFiled'));
    });

    it('refuses a filing date in the future', () => {
      givenCase([caseOpened()])
        .when(file('c-1', '2024-10-01'))
        .thenThrows('rule_violation', 'claim filing date 2024-10-01 is in the future', 'filedOn');
    });

    it('refuses a filing before delivery', () => {
      givenCase([caseOpened()])
        .when(file('c-1', '2024-01-05'))
        .thenThrows('rule_violation', 'claim filing date 2024-01-05 is before the vehicle was delivered on 2024-01-10', 'filedOn');
    });

    it.each<[string, CaseCommand]>([
      ['RequestDisputeInspection', inspect()],
      ['IssueDisputeDecision', decide()],
      ['AcceptDisputeDecision', accept()],
      ['RejectDisputeDecision', reject()],
      ['RecordManufacturerCompliance', comply()],
    ])('refuses %s for an unknown claim', (_type, command) => {
      givenCase(openWithRepair()).when(command).thenThrows('rule_violation', 'there is no dispute claim c-1 on this case', 'claimId');
    });
  });

  describe('when a dispute claim is filed', () => {
    const history = () => [...openWithRepair(), claimFiled()];

    it('requests an inspection extending the decision period', () => {
      givenCase(history()).when(inspect()).then(accepted(inspect(), 'DisputeInspectionRequested'));
    });

    it.each([1, 30])('accepts %i additional days', (days) => {
      givenCase(history())
        .when(inspect('2024-06-20', days))
        .then(accepted(inspect('2024-06-20', days), 'DisputeInspectionRequested'));
    });

    it.each([0, 31, -3, 2.5])('refuses %d additional days', (days) => {
      givenCase(history())
        .when(inspect('2024-06-20', days))
        .thenThrows('rule_violation', `an inspection extends the decision period by 1 to 30 whole days, not ${days}`, 'additionalDays');
    });

    it.each<[string, CaseCommand, string]>([
      ['requestedOn', inspect('2024-10-01'), 'inspection request date 2024-10-01 is in the future'],
      ['requestedOn', inspect('2024-06-02'), 'inspection request date 2024-06-02 is before the claim was filed on 2024-06-03'],
      ['decidedOn', decide('2024-10-01'), 'decision date 2024-10-01 is in the future'],
      ['decidedOn', decide('2024-06-01'), 'decision date 2024-06-01 is before the claim was filed on 2024-06-03'],
    ])('refuses an impossible %s', (field, command, message) => {
      givenCase(history()).when(command).thenThrows('rule_violation', message, field);
    });

    it('issues a decision', () => {
      givenCase(history()).when(decide()).then(accepted(decide(), 'DisputeDecisionIssued'));
    });

    it.each<[string, CaseCommand]>([
      ['accept', accept()],
      ['reject', reject()],
    ])('refuses to %s a decision not yet issued', (action, command) => {
      givenCase(history())
        .when(command)
        .thenThrows('rule_violation', `dispute claim c-1 has no decision yet; a decision can be ${action}ed only once issued`, 'claimId');
    });

    it('refuses compliance before any acceptance', () => {
      givenCase(history())
        .when(comply())
        .thenThrows('rule_violation', 'the decision on dispute claim c-1 has not been accepted', 'claimId');
    });

    it('refuses a second claim while this one is open', () => {
      givenCase(history())
        .when(file('c-2', '2024-06-10'))
        .thenThrows('rule_violation', 'dispute claim c-1 (BBB_AUTO_LINE, filed 2024-06-03) is still open', 'claimId');
    });

    it('refuses a reused claim id', () => {
      givenCase(history()).when(file('c-1', '2024-06-10')).thenThrows('rule_violation', 'dispute claim c-1 already exists', 'claimId');
    });
  });

  describe('when an inspection was requested', () => {
    const history = () => [...openWithRepair(), claimFiled(), inspectionRequested()];

    it('refuses a second inspection', () => {
      givenCase(history())
        .when(inspect('2024-06-25', 5))
        .thenThrows('rule_violation', 'an inspection was already requested for dispute claim c-1 on 2024-06-20', 'claimId');
    });

    it('refuses a decision dated before the inspection request', () => {
      givenCase(history())
        .when(decide('2024-06-19'))
        .thenThrows('rule_violation', 'decision date 2024-06-19 is before the inspection was requested on 2024-06-20', 'decidedOn');
    });

    it('issues the decision after the inspection', () => {
      givenCase(history()).when(decide()).then(accepted(decide(), 'DisputeDecisionIssued'));
    });
  });

  describe('when the decision was issued', () => {
    const history = () => [...openWithRepair(), claimFiled(), decisionIssued()];

    it('refuses a second decision', () => {
      givenCase(history())
        .when(decide('2024-07-26'))
        .thenThrows('rule_violation', 'dispute claim c-1 was already decided on 2024-07-25', 'claimId');
    });

    it('refuses an inspection after the decision', () => {
      givenCase(history())
        .when(inspect('2024-07-26'))
        .thenThrows('rule_violation', 'an inspection can only be requested before the decision', 'claimId');
    });

    it('records acceptance', () => {
      givenCase(history()).when(accept()).then(accepted(accept(), 'DisputeDecisionAccepted'));
    });

    it('records rejection', () => {
      givenCase(history()).when(reject()).then(accepted(reject(), 'DisputeDecisionRejected'));
    });

    it.each<[string, CaseCommand, string]>([
      ['acceptedOn', accept('2024-07-24'), 'acceptance date 2024-07-24 is before the decision was issued on 2024-07-25'],
      ['acceptedOn', accept('2024-10-01'), 'acceptance date 2024-10-01 is in the future'],
      ['rejectedOn', reject('2024-07-20'), 'rejection date 2024-07-20 is before the decision was issued on 2024-07-25'],
      ['rejectedOn', reject('2024-10-01'), 'rejection date 2024-10-01 is in the future'],
    ])('refuses an impossible %s', (field, command, message) => {
      givenCase(history()).when(command).thenThrows('rule_violation', message, field);
    });

    it('still refuses a second claim (the claim stays open until rejection or compliance)', () => {
      givenCase(history()).when(file('c-2', '2024-07-26')).thenThrows('rule_violation', 'dispute claim c-1', 'claimId');
    });
  });

  describe('when the decision was accepted', () => {
    const history = () => [...openWithRepair(), claimFiled(), decisionIssued(), decisionAccepted()];

    it.each<[string, CaseCommand]>([
      ['accept', accept('2024-08-01')],
      ['reject', reject('2024-08-01')],
    ])('refuses to %s it again', (_action, command) => {
      givenCase(history())
        .when(command)
        .thenThrows('rule_violation', 'the decision on dispute claim c-1 was already accepted on 2024-07-30', 'claimId');
    });

    it('records the manufacturer’s compliance', () => {
      givenCase(history()).when(comply()).then(accepted(comply(), 'ManufacturerComplied'));
    });

    it.each<[string, CaseCommand, string]>([
      ['compliedOn', comply('2024-07-29'), 'compliance date 2024-07-29 is before the decision was accepted on 2024-07-30'],
      ['compliedOn', comply('2024-10-01'), 'compliance date 2024-10-01 is in the future'],
    ])('refuses an impossible %s', (field, command, message) => {
      givenCase(history()).when(command).thenThrows('rule_violation', message, field);
    });

    it('refuses a second claim until the manufacturer complies', () => {
      givenCase(history()).when(file('c-2', '2024-08-01')).thenThrows('rule_violation', 'is still open', 'claimId');
    });
  });

  describe('when the manufacturer complied', () => {
    const history = () => [...openWithRepair(), claimFiled(), decisionIssued(), decisionAccepted(), manufacturerComplied()];

    it('refuses a second compliance', () => {
      givenCase(history())
        .when(comply('2024-09-01'))
        .thenThrows('rule_violation', 'the manufacturer already complied with dispute claim c-1 on 2024-08-29', 'claimId');
    });

    it('accepts a new claim', () => {
      givenCase(history())
        .when(file('c-2', '2024-09-10'))
        .then(accepted(file('c-2', '2024-09-10'), 'DisputeClaimFiled'));
    });
  });

  describe('when the decision was rejected', () => {
    const history = () => [...openWithRepair(), claimFiled(), decisionIssued(), decisionRejected()];

    it('refuses acceptance after rejection', () => {
      givenCase(history()).when(accept('2024-08-01')).thenThrows('rule_violation', 'was already rejected on 2024-07-30', 'claimId');
    });

    it('refuses compliance with a rejected decision', () => {
      givenCase(history()).when(comply()).thenThrows('rule_violation', 'has not been accepted', 'claimId');
    });

    it('accepts a new claim', () => {
      givenCase(history())
        .when(file('c-2', '2024-08-15'))
        .then(accepted(file('c-2', '2024-08-15'), 'DisputeClaimFiled'));
    });
  });
});
