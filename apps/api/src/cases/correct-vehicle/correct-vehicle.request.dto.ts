import { VehicleDetailsRequest } from '../dto';
import { CorrectionReason } from '../amendments/correction-reason';

/** `POST /cases/{id}/vehicle/corrections`: the full corrected vehicle (VIN checked as at the opening) + `correctionReason`. */
export class CorrectVehicleRequest extends VehicleDetailsRequest {
  @CorrectionReason()
  correctionReason: string;
}
