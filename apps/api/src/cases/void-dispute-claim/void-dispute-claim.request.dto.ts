import { VoidRequest } from '../dto';

/** `POST /cases/{id}/dispute-claims/{claimId}/void`: `{reason}`. */
export class VoidDisputeClaimRequest extends VoidRequest {}
