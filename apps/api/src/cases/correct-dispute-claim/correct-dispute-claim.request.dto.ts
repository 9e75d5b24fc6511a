import { FileDisputeClaimRequest } from '../dto';
import { CorrectionReason } from '../amendments/correction-reason';

/** `POST /cases/{id}/dispute-claims/{claimId}/corrections`: the full corrected filing + `correctionReason`. */
export class CorrectDisputeClaimRequest extends FileDisputeClaimRequest {
  @CorrectionReason()
  correctionReason: string;
}
