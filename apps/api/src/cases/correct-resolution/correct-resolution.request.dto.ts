import { ResolveCaseRequest } from '../dto';
import { CorrectionReason } from '../amendments/correction-reason';

/** `POST /cases/{id}/resolution/corrections`: the full corrected resolution (kind, date, amount, summary) + `correctionReason`. */
export class CorrectResolutionRequest extends ResolveCaseRequest {
  @CorrectionReason()
  correctionReason: string;
}
