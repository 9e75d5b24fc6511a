import { foldCase } from './case.state';
import { caseResolved, givenCase, openWithRepair } from './case.spec-helpers';

const correction = (overrides: Record<string, unknown> = {}) => ({
  type: 'CorrectResolution' as const,
  data: {
    resolvedOn: '2024-09-03',
    resolution: 'settlement' as const,
    amount: 41000,
    summary: 'Cash and keep',
    correctionReason: 'Settled, not repurchased',
    ...overrides,
  },
});

describe('correct-resolution', () => {
  it('corrects the resolution in effect; the case stays resolved and the trail keeps the original', () => {
    givenCase([...openWithRepair(), caseResolved()])
      .when(correction())
      .then([{ type: 'ResolutionCorrected', data: correction().data }]);
    const state = foldCase([...openWithRepair(), caseResolved(), { type: 'ResolutionCorrected', data: correction().data }]);
    expect(state).toMatchObject({
      status: 'resolved',
      resolution: {
        resolvedOn: '2024-09-03',
        resolution: 'settlement',
        amount: 41000,
        trail: { recordedEventId: '#5', currentEventId: '#6', corrections: [{ eventId: '#6', reason: 'Settled, not repurchased' }] },
      },
    });
  });

  it('drops an amount the corrected record leaves out', () => {
    const corrected = correction({ amount: undefined, summary: undefined, resolution: 'withdrawn' });
    givenCase([...openWithRepair(), caseResolved()])
      .when(corrected)
      .then([
        {
          type: 'ResolutionCorrected',
          data: { resolvedOn: '2024-09-03', resolution: 'withdrawn', correctionReason: 'Settled, not repurchased' },
        },
      ]);
  });

  it('refuses an open case, a date in the future or before the delivery, and a blank reason', () => {
    givenCase(openWithRepair()).when(correction()).thenThrows('rule_violation', 'the case is not resolved');
    const resolved = [...openWithRepair(), caseResolved()];
    givenCase(resolved)
      .when(correction({ resolvedOn: '2024-10-01' }))
      .thenThrows('rule_violation', 'is in the future', 'resolvedOn');
    givenCase(resolved)
      .when(correction({ resolvedOn: '2024-01-09' }))
      .thenThrows('rule_violation', 'is before the vehicle was delivered', 'resolvedOn');
    givenCase(resolved)
      .when(correction({ correctionReason: ' ' }))
      .thenThrows('rule_violation', 'the reason for the correction must not be blank', 'correctionReason');
  });
});
