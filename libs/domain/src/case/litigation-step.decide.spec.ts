import { foldCaseFile } from './case.state';
import { caseHistory, givenCase } from './case.spec-helpers';

const complaint = {
  kind: 'complaint_filed' as const,
  on: '2024-09-03',
  court: 'Los Angeles County Superior Court',
  caseNumber: '24STCV01234',
};
const record = (stepId: string, fields: object) => ({ type: 'RecordLitigationStep' as const, data: { stepId, ...fields } as never });

describe('record-litigation-step', () => {
  it('records a pre-suit notice with its method and receipt (Cal. Code Civ. Proc. 871.24(a), (d))', () => {
    const data = {
      stepId: 'ls-1',
      kind: 'presuit_notice' as const,
      on: '2024-08-01',
      receivedOn: '2024-08-05',
      method: 'certified_mail' as const,
    };
    givenCase(caseHistory())
      .when(record('ls-1', data))
      .then([{ type: 'LitigationStepRecorded', data }]);
  });

  it('records a complaint and then its answer', () => {
    givenCase(caseHistory())
      .when(record('ls-1', complaint))
      .then([{ type: 'LitigationStepRecorded', data: { stepId: 'ls-1', ...complaint } }]);
    givenCase(caseHistory().litigationStep('ls-1', complaint))
      .when(record('ls-2', { kind: 'answer_filed', on: '2024-09-20' }))
      .then([{ type: 'LitigationStepRecorded', data: { stepId: 'ls-2', kind: 'answer_filed', on: '2024-09-20' } }]);
  });

  it.each([
    ['a date in the future', { kind: 'complaint_filed', on: '2024-10-01' }, 'is in the future', 'on'],
    ['a date before delivery', { kind: 'presuit_notice', on: '2023-12-01' }, 'before the vehicle was delivered', 'on'],
    [
      'receipt before sending',
      { kind: 'presuit_notice', on: '2024-08-01', receivedOn: '2024-07-30' },
      'before the notice was sent',
      'receivedOn',
    ],
    ['a court on a notice', { kind: 'presuit_notice', on: '2024-08-01', court: 'LASC' }, 'not to a pre-suit notice', 'court'],
    ['a mail method on a complaint', { kind: 'complaint_filed', on: '2024-08-01', method: 'email' }, 'not to a court filing', 'method'],
    ['a blank case number', { kind: 'complaint_filed', on: '2024-08-01', caseNumber: ' ' }, 'must not be blank', 'caseNumber'],
  ])('refuses %s', (_, fields, message, field) => {
    givenCase(caseHistory()).when(record('ls-1', fields)).thenThrows('rule_violation', message, field);
  });

  it('refuses an answer dated before the complaint on file, and the same id twice', () => {
    const history = caseHistory().litigationStep('ls-1', complaint);
    givenCase(history)
      .when(record('ls-2', { kind: 'answer_filed', on: '2024-09-02' }))
      .thenThrows('rule_violation', 'before the complaint was filed on 2024-09-03', 'on');
    givenCase(history).when(record('ls-1', complaint)).thenThrows('rule_violation', 'already exists', 'stepId');
  });
});

describe('correct-litigation-step / void-litigation-step', () => {
  it('corrects a filing date with a reason; the fold keeps the original in the trail', () => {
    const corrected = { ...complaint, on: '2024-09-04' };
    const history = caseHistory().litigationStep('ls-1', complaint);
    givenCase(history)
      .when({ type: 'CorrectLitigationStep', data: { stepId: 'ls-1', correctionReason: 'stamped the 4th', ...corrected } })
      .then([{ type: 'LitigationStepCorrected', data: { stepId: 'ls-1', correctionReason: 'stamped the 4th', ...corrected } }]);
    const state = foldCaseFile(history.correctLitigationStep('ls-1', corrected, 'stamped the 4th').envelopes);
    const step = state.status !== 'none' ? state.litigationSteps.get('ls-1') : undefined;
    expect(step).toMatchObject({ on: '2024-09-04', voided: false });
    expect(step?.trail.corrections).toEqual([{ eventId: expect.any(String), reason: 'stamped the 4th' }]);
  });

  it('voids a step, which then no longer holds back an answer, and refuses to void it twice or correct it', () => {
    const voided = caseHistory().litigationStep('ls-1', complaint).voidLitigationStep('ls-1', 'another client');
    givenCase(voided)
      .when(record('ls-2', { kind: 'answer_filed', on: '2024-09-02' }))
      .then([{ type: 'LitigationStepRecorded', data: { stepId: 'ls-2', kind: 'answer_filed', on: '2024-09-02' } }]);
    givenCase(voided)
      .when({ type: 'VoidLitigationStep', data: { stepId: 'ls-1', reason: 'again' } })
      .thenThrows('rule_violation', 'was already voided', 'stepId');
    givenCase(voided)
      .when({ type: 'CorrectLitigationStep', data: { stepId: 'ls-1', correctionReason: 'x', ...complaint } })
      .thenThrows('rule_violation', 'was voided and cannot be corrected', 'stepId');
  });

  it('needs a reason and an existing step', () => {
    const history = caseHistory().litigationStep('ls-1', complaint);
    givenCase(history)
      .when({ type: 'VoidLitigationStep', data: { stepId: 'ls-1', reason: '  ' } })
      .thenThrows('rule_violation', 'the reason for voiding must not be blank', 'reason');
    givenCase(history)
      .when({ type: 'VoidLitigationStep', data: { stepId: 'ls-9', reason: 'x' } })
      .thenThrows('rule_violation', 'there is no litigation step ls-9', 'stepId');
  });
});
