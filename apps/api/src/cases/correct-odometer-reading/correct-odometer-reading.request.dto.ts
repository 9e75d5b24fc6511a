import { ReportOdometerRequest } from '../dto';
import { CorrectionReason } from '../amendments/correction-reason';

/** `POST /cases/{id}/odometer-readings/{readingId}/corrections`: the full corrected reading + `correctionReason`. */
export class CorrectOdometerReadingRequest extends ReportOdometerRequest {
  @CorrectionReason()
  correctionReason: string;
}
