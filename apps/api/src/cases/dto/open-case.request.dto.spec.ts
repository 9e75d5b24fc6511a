import { validateRequest } from '../../validation';
import { ManufacturerDetailsRequest, OpenCaseRequest } from './open-case.request.dto';

const validBody = () => ({
  client: { name: 'Maria Lopez', email: 'maria.lopez@example.com', phone: '+1 415 555 0142', address: '1200 Market St, San Francisco, CA' },
  vehicle: { vin: '1M8GDM9AXKP042788', make: 'BMW', model: 'X5 xDrive40i', modelYear: 2024 },
  jurisdiction: 'CA',
  acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12, price: 68950.99 },
  warranty: { months: 48, miles: 50000 },
  manufacturer: { name: 'BMW of North America, LLC', noticeRequirementDisclosed: true },
});

const errorsOf = async (body: unknown) => (await validateRequest(OpenCaseRequest, body)).errors;

describe('OpenCaseRequest', () => {
  it('accepts a complete body and builds nested instances', async () => {
    const { instance, errors } = await validateRequest(OpenCaseRequest, validBody());
    expect(errors).toEqual({});
    expect(instance.vehicle.vin).toBe('1M8GDM9AXKP042788');
    expect(instance.manufacturer).toBeInstanceOf(ManufacturerDetailsRequest);
    expect(instance.manufacturer).toEqual({ name: 'BMW of North America, LLC', noticeRequirementDisclosed: true });
  });

  it('accepts the minimal body (optional client fields, price and manufacturer left out)', async () => {
    const body = validBody();
    const { instance, errors } = await validateRequest(OpenCaseRequest, {
      ...body,
      client: { name: 'Maria Lopez' },
      acquisition: { type: 'lease', deliveryDate: '2024-01-10', odometerAtDelivery: 0 },
      manufacturer: undefined,
    });
    expect(errors).toEqual({});
    expect(instance.manufacturer).toBeUndefined();
  });

  describe('manufacturer', () => {
    it('normalises a bare name into { name }', async () => {
      const { instance, errors } = await validateRequest(OpenCaseRequest, { ...validBody(), manufacturer: 'BMW of North America, LLC' });
      expect(errors).toEqual({});
      expect(instance.manufacturer).toBeInstanceOf(ManufacturerDetailsRequest);
      expect(instance.manufacturer).toEqual({ name: 'BMW of North America, LLC' });
    });

    it('validates the name whichever form it came in', async () => {
      expect(await errorsOf({ ...validBody(), manufacturer: '   ' })).toEqual({ 'manufacturer.name': ['name must not be blank'] });
      expect(await errorsOf({ ...validBody(), manufacturer: { name: '' } })).toEqual({
        'manufacturer.name': ['name should not be empty'],
      });
      expect(await errorsOf({ ...validBody(), manufacturer: 'x'.repeat(201) })).toEqual({
        'manufacturer.name': ['name must be shorter than or equal to 200 characters'],
      });
    });

    it('rejects a string flag and unknown fields', async () => {
      expect(await errorsOf({ ...validBody(), manufacturer: { name: 'BMW', noticeRequirementDisclosed: 'true', hq: 'Munich' } })).toEqual({
        'manufacturer.noticeRequirementDisclosed': ['noticeRequirementDisclosed must be a boolean value'],
        'manufacturer.hq': ['property hq should not exist'],
      });
    });

    it.each([[42], [['BMW']], [null]])('rejects %j', async (manufacturer) => {
      expect(await errorsOf({ ...validBody(), manufacturer })).toEqual({
        manufacturer: ['manufacturer must be the manufacturer name or an object { name, noticeRequirementDisclosed? }'],
      });
    });
  });

  describe('vehicle', () => {
    it('upper-cases the VIN before validating', async () => {
      const body = validBody();
      const { instance, errors } = await validateRequest(OpenCaseRequest, {
        ...body,
        vehicle: { ...body.vehicle, vin: '1m8gdm9axkp042788' },
      });
      expect(errors).toEqual({});
      expect(instance.vehicle.vin).toBe('1M8GDM9AXKP042788');
    });

    it.each([
      ['1M8GDM9A5KP042788', 'vin check digit is X but position 9 is 5: the VIN is mistyped'],
      ['1M8GDM9AXKP04278', 'vin must be exactly 17 characters, but it has 16'],
      ['1M8GDM9AXKP0427I8', "vin must not contain the letter I (found 'I' at position 16): VINs never use I, O or Q; did you mean 1?"],
    ])('reports vehicle.vin %s', async (vin, message) => {
      const body = validBody();
      expect(await errorsOf({ ...body, vehicle: { ...body.vehicle, vin } })).toEqual({ 'vehicle.vin': [message] });
    });

    it('skips the check digit for a model year before 1981, not from 1981', async () => {
      const body = validBody();
      const vehicle = { ...body.vehicle, vin: '1M8GDM9A5KP042788' };
      expect(await errorsOf({ ...body, vehicle: { ...vehicle, modelYear: 1980 } })).toEqual({});
      expect(await errorsOf({ ...body, vehicle: { ...vehicle, modelYear: 1981 } })).toHaveProperty(['vehicle.vin']);
    });

    it('bounds the model year and requires make and model', async () => {
      const body = validBody();
      expect(await errorsOf({ ...body, vehicle: { vin: body.vehicle.vin, make: '', modelYear: 1949 } })).toEqual({
        'vehicle.make': ['make should not be empty'],
        'vehicle.model': ['model must be shorter than or equal to 200 characters', 'model should not be empty', 'model must be a string'],
        'vehicle.modelYear': ['modelYear must not be less than 1950'],
      });
      expect(await errorsOf({ ...body, vehicle: { ...body.vehicle, modelYear: 2101 } })).toEqual({
        'vehicle.modelYear': ['modelYear must not be greater than 2100'],
      });
      expect(await errorsOf({ ...body, vehicle: { ...body.vehicle, modelYear: 2024.5 } })).toEqual({
        'vehicle.modelYear': ['modelYear must be an integer number'],
      });
    });
  });

  describe('jurisdiction', () => {
    it('accepts lower case and stores capitals', async () => {
      const { instance, errors } = await validateRequest(OpenCaseRequest, { ...validBody(), jurisdiction: 'dc' });
      expect(errors).toEqual({});
      expect(instance.jurisdiction).toBe('DC');
    });

    it.each(['PR', 'California', '', 'C A'])('rejects %j', async (jurisdiction) => {
      expect(await errorsOf({ ...validBody(), jurisdiction })).toEqual({
        jurisdiction: ['jurisdiction must be one of the 50 US states or DC as a two-letter code'],
      });
    });
  });

  describe('client', () => {
    it('checks the e-mail and rejects blank or null optional fields', async () => {
      expect(await errorsOf({ ...validBody(), client: { name: 'Maria Lopez', email: 'maria@', phone: ' ', address: null } })).toEqual({
        'client.email': ['email must be an email'],
        'client.phone': ['phone must not be blank'],
        'client.address': [
          'address must be shorter than or equal to 2000 characters',
          'address should not be empty',
          'address must be a string',
        ],
      });
    });

    it('requires the client object', async () => {
      const { client: _client, ...body } = validBody();
      expect(await errorsOf(body)).toEqual({ client: ['client must be an object'] });
      for (const client of ['Maria', null, [{ name: 'Maria' }]]) {
        expect(await errorsOf({ ...body, client })).toEqual({ client: ['client must be an object'] });
      }
    });
  });

  describe('acquisition and warranty', () => {
    it('reports every field with its nested path', async () => {
      expect(
        await errorsOf({
          ...validBody(),
          acquisition: { type: 'gift', deliveryDate: '2024-02-30', odometerAtDelivery: -1, price: 10.001 },
          warranty: { months: 0, miles: 1_000_001 },
        }),
      ).toEqual({
        'acquisition.type': ['type must be one of the following values: purchase, lease'],
        'acquisition.deliveryDate': ['deliveryDate must be a calendar date formatted YYYY-MM-DD'],
        'acquisition.odometerAtDelivery': ['odometerAtDelivery must not be less than 0'],
        'acquisition.price': ['price must be a number conforming to the specified constraints'],
        'warranty.months': ['months must not be less than 1'],
        'warranty.miles': ['miles must not be greater than 1000000'],
      });
    });

    it('does not coerce strings to numbers', async () => {
      expect(await errorsOf({ ...validBody(), warranty: { months: '48', miles: 50000 } })).toEqual({
        'warranty.months': ['months must not be greater than 240', 'months must not be less than 1', 'months must be an integer number'],
      });
    });

    it('bounds the price and the odometer', async () => {
      const body = validBody();
      expect(await errorsOf({ ...body, acquisition: { ...body.acquisition, price: 100_000_001, odometerAtDelivery: 2_000_001 } })).toEqual({
        'acquisition.odometerAtDelivery': ['odometerAtDelivery must not be greater than 2000000'],
        'acquisition.price': ['price must not be greater than 100000000'],
      });
    });
  });

  it('forbids unknown fields at every level', async () => {
    const body = validBody();
    expect(await errorsOf({ ...body, caseId: 'mine', vehicle: { ...body.vehicle, color: 'red' } })).toEqual({
      caseId: ['property caseId should not exist'],
      'vehicle.color': ['property color should not exist'],
    });
  });
});
