import { AcquisitionRequest } from '../dto';
import { CorrectionReason } from '../amendments/correction-reason';

/** `POST /cases/{id}/acquisition/corrections`: the full corrected purchase or lease terms + `correctionReason`. */
export class CorrectAcquisitionRequest extends AcquisitionRequest {
  @CorrectionReason()
  correctionReason: string;
}
