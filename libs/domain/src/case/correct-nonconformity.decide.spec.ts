import { foldCase } from './case.state';
import { BRAKES, brakesReported, caseOpened, givenCase, openWithRepair } from './case.spec-helpers';

const correction = (overrides: Record<string, unknown> = {}) => ({
  type: 'CorrectNonconformity' as const,
  data: {
    nonconformityId: BRAKES,
    description: 'Loss of brake assist at low speed',
    safetyCritical: true,
    firstReportedOn: '2024-02-10',
    mileage: 2100,
    correctionReason: 'Per the first service ticket',
    ...overrides,
  },
});

describe('correct-nonconformity', () => {
  it('corrects the description, the safety flag and the first report', () => {
    givenCase(openWithRepair())
      .when(correction())
      .then([{ type: 'NonconformityCorrected', data: correction().data }]);
    const state = foldCase([...openWithRepair(), { type: 'NonconformityCorrected', data: correction({ safetyCritical: false }).data }]);
    expect(state.status !== 'none' && state.nonconformities.get(BRAKES)).toMatchObject({
      safetyCritical: false,
      firstReportedOn: '2024-02-10',
      trail: { corrections: [{ eventId: '#5', reason: 'Per the first service ticket' }] },
    });
    const facts = state.status === 'none' ? [] : state.odometerFacts.filter((f) => f.origin.kind === 'nonconformity');
    expect(facts.map((f) => [f.on, f.mileage])).toEqual([['2024-02-10', 2100]]);
  });

  it('judges the first-report mileage against the other facts only', () => {
    givenCase([caseOpened(), brakesReported()])
      .when(correction({ mileage: 2000 }))
      .then([{ type: 'NonconformityCorrected', data: correction({ mileage: 2000 }).data }]);
    givenCase(openWithRepair())
      .when(correction({ firstReportedOn: '2024-03-01', mileage: 2000 }))
      .thenThrows('rule_violation', 'mileage 2,000 on 2024-03-01 is below 2,412 recorded on 2024-02-27', 'mileage');
  });

  it('refuses a blank description, a future first report and a missing reason', () => {
    givenCase(openWithRepair())
      .when(correction({ description: ' ' }))
      .thenThrows('rule_violation', 'the description must not be blank', 'description');
    givenCase(openWithRepair())
      .when(correction({ firstReportedOn: '2025-01-01' }))
      .thenThrows('rule_violation', 'is in the future', 'firstReportedOn');
    givenCase(openWithRepair())
      .when(correction({ correctionReason: '' }))
      .thenThrows('rule_violation', 'reason for the correction', 'correctionReason');
  });
});
