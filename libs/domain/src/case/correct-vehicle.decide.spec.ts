import { foldCase } from './case.state';
import { caseOpened, givenCase, openWithRepair } from './case.spec-helpers';

/** The fixture is a 2024 BMW X5 (VIN 5UXCR6C05R9N12345); the correction makes it a 2019 5 Series. */
const correction = (overrides: Record<string, unknown> = {}) => ({
  type: 'CorrectVehicle' as const,
  data: {
    vehicle: { vin: 'WBA5R1C55KA123456', make: 'BMW', model: '530i', modelYear: 2019, ...overrides },
    correctionReason: 'VIN copied from the wrong title',
  },
});

describe('correct-vehicle', () => {
  it('corrects the vehicle; the case file carries the corrected vehicle and the correction in its trail', () => {
    givenCase(openWithRepair())
      .when(correction())
      .then([{ type: 'VehicleCorrected', data: correction().data }]);
    const state = foldCase([caseOpened(), { type: 'VehicleCorrected', data: correction().data }]);
    expect(state).toMatchObject({
      vehicle: { vin: 'WBA5R1C55KA123456', model: '530i', modelYear: 2019 },
      termTrails: { vehicle: { currentEventId: '#2', corrections: [{ eventId: '#2', reason: 'VIN copied from the wrong title' }] } },
    });
  });

  it('checks the corrected VIN as at the opening: characters and the check digit', () => {
    givenCase(openWithRepair())
      .when(correction({ vin: 'WBA5R1C50KA123456' }))
      .thenThrows('rule_violation', 'vin check digit is 5 but position 9 is 0', 'vin');
    givenCase(openWithRepair())
      .when(correction({ vin: 'WBA5R1C5OKA12345' }))
      .thenThrows('rule_violation', 'vin must be exactly 17 characters', 'vin');
    // Before 1981 there was no check digit to verify.
    givenCase(openWithRepair())
      .when(correction({ vin: 'WBA5R1C50KA123456', modelYear: 1980 }))
      .then([{ type: 'VehicleCorrected', data: correction({ vin: 'WBA5R1C50KA123456', modelYear: 1980 }).data }]);
  });

  it('refuses a model year too far after the delivery, blank names, a blank reason and a correction that changes nothing', () => {
    givenCase(openWithRepair())
      .when(correction({ modelYear: 2027, vin: '5UXCR6C05R9N12345' }))
      .thenThrows('rule_violation', 'model year 2027 is implausible for a vehicle delivered on 2024-01-10', 'modelYear');
    givenCase(openWithRepair())
      .when(correction({ make: ' ' }))
      .thenThrows('rule_violation', 'the make must not be blank', 'make');
    givenCase(openWithRepair())
      .when({ ...correction(), data: { ...correction().data, correctionReason: '' } })
      .thenThrows('rule_violation', 'the reason for the correction must not be blank', 'correctionReason');
    givenCase(openWithRepair())
      .when(correction({ vin: '5UXCR6C05R9N12345', make: 'BMW', model: 'X5 xDrive40i', modelYear: 2024 }))
      .thenThrows('rule_violation', 'the same as the one on record', 'vin');
  });
});
