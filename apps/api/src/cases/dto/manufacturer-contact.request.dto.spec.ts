import { validateRequest } from '../../validation';
import { CompleteFinalRepairOpportunityRequest } from './complete-final-repair-opportunity.request.dto';
import { NotifyManufacturerRequest } from './notify-manufacturer.request.dto';
import { OfferFinalRepairOpportunityRequest } from './offer-final-repair-opportunity.request.dto';

const NC = '0f8e7c1a-4f55-4c1e-9a55-2f0c3b7d9e11';

describe('NotifyManufacturerRequest', () => {
  const notice = { sentOn: '2024-04-15', method: 'certified_mail', receivedOn: '2024-04-18', nonconformityIds: [NC] };

  it('accepts a full body and an empty list', async () => {
    expect((await validateRequest(NotifyManufacturerRequest, notice)).errors).toEqual({});
    expect((await validateRequest(NotifyManufacturerRequest, { ...notice, nonconformityIds: [] })).errors).toEqual({});
  });

  it('defaults nonconformityIds to [] when omitted', async () => {
    const { instance, errors } = await validateRequest(NotifyManufacturerRequest, { sentOn: '2024-04-15', method: 'email' });
    expect(errors).toEqual({});
    expect(instance.nonconformityIds).toEqual([]);
    expect(instance.receivedOn).toBeUndefined();
  });

  it('rejects receipt before sending, an unknown method and null ids', async () => {
    expect(
      (await validateRequest(NotifyManufacturerRequest, { ...notice, receivedOn: '2024-04-14', method: 'pigeon', nonconformityIds: null }))
        .errors,
    ).toEqual({
      method: [
        'method must be one of the following values: certified_mail, registered_mail, express_mail, mail, email, fax, online_form, hand_delivery, other',
      ],
      receivedOn: ['receivedOn must be on or after sentOn (2024-04-15)'],
      nonconformityIds: ['nonconformityIds must be an array'],
    });
  });

  it('rejects duplicate ids and a malformed date', async () => {
    expect(
      (await validateRequest(NotifyManufacturerRequest, { ...notice, sentOn: '2024-04-31', nonconformityIds: [NC, NC] })).errors,
    ).toEqual({
      sentOn: ['sentOn must be a calendar date formatted YYYY-MM-DD'],
      nonconformityIds: ["All nonconformityIds's elements must be unique"],
    });
  });
});

describe('OfferFinalRepairOpportunityRequest', () => {
  it('accepts a body with and without ids (default [])', async () => {
    expect((await validateRequest(OfferFinalRepairOpportunityRequest, { offeredOn: '2024-04-25', nonconformityIds: [NC] })).errors).toEqual(
      {},
    );
    const { instance, errors } = await validateRequest(OfferFinalRepairOpportunityRequest, { offeredOn: '2024-04-25' });
    expect(errors).toEqual({});
    expect(instance.nonconformityIds).toEqual([]);
  });

  it('reports each field', async () => {
    expect(
      (await validateRequest(OfferFinalRepairOpportunityRequest, { offeredOn: '2024-04-25T09:00', nonconformityIds: [1] })).errors,
    ).toEqual({
      offeredOn: ['offeredOn must be a calendar date formatted YYYY-MM-DD'],
      nonconformityIds: [
        'each value in nonconformityIds must be shorter than or equal to 100 characters',
        'each value in nonconformityIds must be a string',
      ],
    });
  });
});

describe('CompleteFinalRepairOpportunityRequest', () => {
  it('accepts a date and an outcome', async () => {
    expect((await validateRequest(CompleteFinalRepairOpportunityRequest, { completedOn: '2024-05-02', outcome: 'fixed' })).errors).toEqual(
      {},
    );
  });

  it('requires both', async () => {
    expect((await validateRequest(CompleteFinalRepairOpportunityRequest, {})).errors).toEqual({
      completedOn: ['completedOn must be a calendar date formatted YYYY-MM-DD'],
      outcome: ['outcome must be one of the following values: not_fixed, fixed, no_problem_found, parts_on_order'],
    });
  });
});
