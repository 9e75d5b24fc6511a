import { VoidRequest } from '../dto';

/** `POST /cases/{id}/manufacturer-notices/{noticeId}/void`: `{reason}`. */
export class VoidManufacturerNoticeRequest extends VoidRequest {}
