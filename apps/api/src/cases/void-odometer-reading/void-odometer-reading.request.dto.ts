import { VoidRequest } from '../dto';

/** `POST /cases/{id}/odometer-readings/{readingId}/void`: `{reason}`. */
export class VoidOdometerReadingRequest extends VoidRequest {}
