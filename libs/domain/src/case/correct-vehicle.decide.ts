/**
 * Correcting the vehicle (VIN, make, model, model year) recorded when the case was opened. The
 * corrected VIN passes the same check as at the opening (49 CFR 565.15 check digit from model
 * year 1981), here as well as in the request validation, so no stored vehicle escapes it.
 */
import type { CorrectVehicle } from './case.commands';
import type { VehicleCorrected } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertNotBlank, assertReasonGiven } from './case.guards';
import { MAX_MODEL_YEARS_AHEAD_OF_DELIVERY } from './case-intake.decide';
import { ruleViolation } from '../shared/domain-error';
import { yearOf } from '../shared/legal-date';
import { checkVin, VIN_CHECK_DIGIT_FIRST_MODEL_YEAR } from '../shared/vin';

export const correctVehicle = (command: CorrectVehicle, state: OpenCaseState): VehicleCorrected => {
  const { vehicle, correctionReason } = command.data;
  assertReasonGiven(correctionReason, 'corrected');
  const vin = checkVin(vehicle.vin, { checkDigit: vehicle.modelYear >= VIN_CHECK_DIGIT_FIRST_MODEL_YEAR });
  if (!vin.valid) throw ruleViolation(vin.reason, 'vin');
  assertNotBlank(vehicle.make, 'make', 'the make');
  assertNotBlank(vehicle.model, 'model', 'the model');
  const latestModelYear = yearOf(state.acquisition.deliveryDate) + MAX_MODEL_YEARS_AHEAD_OF_DELIVERY;
  if (vehicle.modelYear > latestModelYear) {
    throw ruleViolation(
      `model year ${vehicle.modelYear} is implausible for a vehicle delivered on ${state.acquisition.deliveryDate} (latest plausible model year is ${latestModelYear})`,
      'modelYear',
    );
  }
  const { vin: before, make, model, modelYear } = state.vehicle;
  if (vehicle.vin === before && vehicle.make === make && vehicle.model === model && vehicle.modelYear === modelYear) {
    throw ruleViolation('the corrected vehicle is the same as the one on record: change at least one field', 'vin');
  }
  return { type: 'VehicleCorrected', data: { vehicle: { ...vehicle }, correctionReason } };
};
