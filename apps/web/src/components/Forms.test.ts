import { ApiError } from '../api/client';
import { explainApiError } from './Forms';

/** A 400 as the API sends it for a PATCH /users/{id} body (apps/api/src/validation: one entry per field, a list's line by index). */
const refusal = (...fields: string[]) =>
  new ApiError(400, {
    message: 'Validation failed',
    errors: fields.map((field) => ({ field, messages: [`${field} is too long`] })),
  } as never);

describe('explainApiError', () => {
  it('puts an error under a field the form has, and says nothing more', () => {
    expect(explainApiError(refusal('barNumber'), ['signatureLines', 'barNumber'])).toEqual({
      fieldErrors: { barNumber: 'barNumber is too long' },
      message: null,
    });
  });

  it('takes one line of a list ("signatureLines.2") as the list field: under it, not again as a message', () => {
    expect(explainApiError(refusal('signatureLines.2'), ['signatureLines', 'barNumber'])).toEqual({
      fieldErrors: { 'signatureLines.2': 'signatureLines.2 is too long' },
      message: null,
    });
  });

  it('says the whole message when no field of the form is named, a field that only starts alike included', () => {
    expect(explainApiError(refusal('signatureLinesExtra'), ['signatureLines']).message).toBe('Validation failed');
    expect(explainApiError(new Error('offline'), ['signatureLines'])).toEqual({ fieldErrors: {}, message: 'Error: offline' });
  });
});
