import { foldCase } from './case.state';
import { caseOpened, caseResolved, givenCase, openWithRepair } from './case.spec-helpers';

const correction = (jurisdiction: string, correctionReason = 'The client lives and bought the car in Nevada') => ({
  type: 'CorrectJurisdiction' as const,
  data: { jurisdiction, correctionReason },
});

describe('correct-jurisdiction', () => {
  it('moves the case to the corrected state; the fold keeps the correction in the jurisdiction trail', () => {
    givenCase(openWithRepair())
      .when(correction('NV'))
      .then([{ type: 'JurisdictionCorrected', data: correction('NV').data }]);
    const state = foldCase([caseOpened(), { type: 'JurisdictionCorrected', data: correction('NV').data }]);
    expect(state).toMatchObject({
      jurisdiction: 'NV',
      termTrails: { jurisdiction: { recordedEventId: '#1', currentEventId: '#2', corrections: [{ eventId: '#2' }] } },
    });
  });

  it('judges the corrected history: after a move out of California, a California-only entry is refused', () => {
    const moved = [...openWithRepair(), { type: 'JurisdictionCorrected' as const, data: correction('NV').data }];
    givenCase(moved)
      .when({ type: 'RecordAb1755Election', data: { elected: true } })
      .thenThrows('rule_violation', 'this case is in NV', 'elected');
  });

  it('refuses the same state, a malformed code, a blank reason and a resolved case', () => {
    givenCase(openWithRepair()).when(correction('CA')).thenThrows('rule_violation', 'the case is already in CA', 'jurisdiction');
    givenCase(openWithRepair()).when(correction('Nevada')).thenThrows('rule_violation', 'not a two-letter code', 'jurisdiction');
    givenCase(openWithRepair())
      .when(correction('NV', ' '))
      .thenThrows('rule_violation', 'the reason for the correction must not be blank', 'correctionReason');
    givenCase([...openWithRepair(), caseResolved()])
      .when(correction('NV'))
      .thenThrows('rule_violation', 'case is resolved');
  });
});
