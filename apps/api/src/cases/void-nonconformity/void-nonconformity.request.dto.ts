import { VoidRequest } from '../dto';

/** `POST /cases/{id}/nonconformities/{nonconformityId}/void`: `{reason}`. */
export class VoidNonconformityRequest extends VoidRequest {}
