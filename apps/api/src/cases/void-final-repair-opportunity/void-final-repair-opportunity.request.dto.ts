import { VoidRequest } from '../dto';

/** `POST /cases/{id}/final-repair-opportunities/{opportunityId}/void`: `{reason}`. */
export class VoidFinalRepairOpportunityRequest extends VoidRequest {}
