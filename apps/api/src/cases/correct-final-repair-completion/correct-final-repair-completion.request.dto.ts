import { CompleteFinalRepairOpportunityRequest } from '../dto';
import { CorrectionReason } from '../amendments/correction-reason';

/** `POST /cases/{id}/final-repair-opportunities/{opportunityId}/completion/corrections`: the full corrected completion + `correctionReason`. */
export class CorrectFinalRepairCompletionRequest extends CompleteFinalRepairOpportunityRequest {
  @CorrectionReason()
  correctionReason: string;
}
