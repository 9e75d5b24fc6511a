import { foldCaseFile } from '@lemon/domain';
import { aCase, CaseHistory } from './case-history.builder';

describe('the shared case-history builder', () => {
  it('numbers events in order and builds envelopes the domain fold reads', () => {
    const h = aCase({ jurisdiction: 'CA', eventIdPrefix: 'e' })
      .nonconformity('nc-1', true)
      .repair('r1', { dateIn: '2024-02-01', mileageIn: 900, nc: 'nc-1', repairOrderNumber: 'RO-1' })
      .odometer('2024-03-01', 91500, 'rd-1')
      .correctOdometer('rd-1', '2024-03-01', 9150);
    expect(h.envelopes.map((e) => [e.eventId, e.version, e.event.type])).toEqual([
      ['e1', 1, 'CaseOpened'],
      ['e2', 2, 'NonconformityReported'],
      ['e3', 3, 'RepairAttemptRecorded'],
      ['e4', 4, 'OdometerReported'],
      ['e5', 5, 'OdometerReadingCorrected'],
    ]);
    const state = foldCaseFile(h.envelopes);
    expect(state.status !== 'none' && state.odometerReadings.get('rd-1')).toMatchObject({ mileage: 9150, trail: { currentEventId: 'e5' } });
    expect(h.lastEventId).toBe('e5');
    expect(h.events).toHaveLength(5);
  });

  it('starts empty without options, so a test can add any event, even out of the decider’s order', () => {
    const h = new CaseHistory().voidRepair('r9').open({ jurisdiction: 'NY' });
    expect(h.events.map((e) => e.type)).toEqual(['RepairAttemptVoided', 'CaseOpened']);
    expect(foldCaseFile(h.envelopes).status).toBe('open');
  });
});
