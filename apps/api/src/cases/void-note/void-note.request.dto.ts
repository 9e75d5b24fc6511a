import { VoidRequest } from '../dto';

/** `POST /cases/{id}/notes/{noteId}/void`: `{reason}`. */
export class VoidNoteRequest extends VoidRequest {}
