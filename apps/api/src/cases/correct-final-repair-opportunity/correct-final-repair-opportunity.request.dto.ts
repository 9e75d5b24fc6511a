import { OfferFinalRepairOpportunityRequest } from '../dto';
import { CorrectionReason } from '../amendments/correction-reason';

/** `POST /cases/{id}/final-repair-opportunities/{opportunityId}/corrections`: the full corrected offer + `correctionReason`. */
export class CorrectFinalRepairOpportunityRequest extends OfferFinalRepairOpportunityRequest {
  @CorrectionReason()
  correctionReason: string;
}
