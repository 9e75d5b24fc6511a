/** The caller may see the thing but not do this to it (403). Not-visible things are "not found" instead. */
export class AccessDenied extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccessDenied';
  }
}
