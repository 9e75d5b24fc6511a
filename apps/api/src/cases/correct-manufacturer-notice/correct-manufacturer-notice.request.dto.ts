import { NotifyManufacturerRequest } from '../dto';
import { CorrectionReason } from '../amendments/correction-reason';

/** `POST /cases/{id}/manufacturer-notices/{noticeId}/corrections`: the full corrected notice + `correctionReason`. */
export class CorrectManufacturerNoticeRequest extends NotifyManufacturerRequest {
  @CorrectionReason()
  correctionReason: string;
}
