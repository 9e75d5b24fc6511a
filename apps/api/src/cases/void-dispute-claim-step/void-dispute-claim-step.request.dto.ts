import { VoidRequest } from '../dto';

/** `POST /cases/{id}/dispute-claims/{claimId}/{inspection|decision|acceptance|rejection|compliance}/void`: `{reason}`. */
export class VoidDisputeClaimStepRequest extends VoidRequest {}
