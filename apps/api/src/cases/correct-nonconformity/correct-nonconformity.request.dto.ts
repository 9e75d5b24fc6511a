import { ReportNonconformityRequest } from '../dto';
import { CorrectionReason } from '../amendments/correction-reason';

/** `POST /cases/{id}/nonconformities/{nonconformityId}/corrections`: description, safety flag, first report + `correctionReason`. */
export class CorrectNonconformityRequest extends ReportNonconformityRequest {
  @CorrectionReason()
  correctionReason: string;
}
