import { WarrantyTermsRequest } from '../dto';
import { CorrectionReason } from '../amendments/correction-reason';

/** `POST /cases/{id}/warranty/corrections`: the full corrected warranty terms + `correctionReason`. */
export class CorrectWarrantyRequest extends WarrantyTermsRequest {
  @CorrectionReason()
  correctionReason: string;
}
