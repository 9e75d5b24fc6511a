import { foldCase } from './case.state';
import { caseOpened, caseResolved, givenCase, openCaseData } from './case.spec-helpers';

/** The manufacturer's election of Cal. Code Civ. Proc. 871.20 et seq. (AB 1755; election under 871.29), per case. */
describe('recording the AB 1755 election', () => {
  it('records an election on a California case, and the latest record is the one in force', () => {
    const data = { elected: true, electedOn: '2024-01-15', source: 'DCA list' };
    givenCase([caseOpened()])
      .when({ type: 'RecordAb1755Election', data })
      .then([{ type: 'Ab1755ElectionRecorded', data }]);
    const state = foldCase([
      caseOpened(),
      { type: 'Ab1755ElectionRecorded', data },
      { type: 'Ab1755ElectionRecorded', data: { elected: false } },
    ]);
    expect(state.status !== 'none' && state.ab1755Election).toMatchObject({ elected: false });
  });

  it('refuses it outside California, with a future election date, and on a resolved case', () => {
    const ny = { type: 'CaseOpened' as const, data: { ...openCaseData(), jurisdiction: 'NY' } };
    givenCase([ny])
      .when({ type: 'RecordAb1755Election', data: { elected: true } })
      .thenThrows('rule_violation', 'California', 'elected');
    givenCase([caseOpened()])
      .when({ type: 'RecordAb1755Election', data: { elected: true, electedOn: '2999-01-01' } })
      .thenThrows('rule_violation', 'future', 'electedOn');
    givenCase([caseOpened(), caseResolved()])
      .when({ type: 'RecordAb1755Election', data: { elected: true } })
      .thenThrows('rule_violation', 'resolved');
  });
});
