import {
  AcceptDisputeDecisionRequest,
  IssueDisputeDecisionRequest,
  RecordManufacturerComplianceRequest,
  RejectDisputeDecisionRequest,
  RequestDisputeInspectionRequest,
} from '../dto';
import { CorrectionReason } from '../amendments/correction-reason';

// `POST /cases/{id}/dispute-claims/{claimId}/{step}/corrections`: each step's full corrected record + `correctionReason`.

export class CorrectDisputeInspectionRequest extends RequestDisputeInspectionRequest {
  @CorrectionReason()
  correctionReason: string;
}

export class CorrectDisputeDecisionRequest extends IssueDisputeDecisionRequest {
  @CorrectionReason()
  correctionReason: string;
}

export class CorrectDisputeAcceptanceRequest extends AcceptDisputeDecisionRequest {
  @CorrectionReason()
  correctionReason: string;
}

export class CorrectDisputeRejectionRequest extends RejectDisputeDecisionRequest {
  @CorrectionReason()
  correctionReason: string;
}

export class CorrectManufacturerComplianceRequest extends RecordManufacturerComplianceRequest {
  @CorrectionReason()
  correctionReason: string;
}
