import { ClientDetailsRequest } from '../dto';

/**
 * `POST /cases/{id}/client`: the client's contact details, replaced as a whole (an update, not a
 * correction: no reason). Omitted email, phone or address are removed.
 */
export class UpdateClientDetailsRequest extends ClientDetailsRequest {}
