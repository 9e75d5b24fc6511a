import { BadRequestException, Body, Controller, Post, type INestApplication, type Type } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { apiValidationPipe } from '../../http/validation';
import * as dto from './index';
import { CorrectAcquisitionRequest } from '../correct-acquisition/correct-acquisition.request.dto';
import { CorrectDisputeClaimRequest } from '../correct-dispute-claim/correct-dispute-claim.request.dto';
import { CorrectDisputeDecisionRequest } from '../correct-dispute-claim-step/correct-dispute-claim-step.request.dto';
import { CorrectFinalRepairCompletionRequest } from '../correct-final-repair-completion/correct-final-repair-completion.request.dto';
import { CorrectFinalRepairOpportunityRequest } from '../correct-final-repair-opportunity/correct-final-repair-opportunity.request.dto';
import { CorrectManufacturerNoticeRequest } from '../correct-manufacturer-notice/correct-manufacturer-notice.request.dto';
import { CorrectNonconformityRequest } from '../correct-nonconformity/correct-nonconformity.request.dto';
import { CorrectOdometerReadingRequest } from '../correct-odometer-reading/correct-odometer-reading.request.dto';
import { CorrectWarrantyRequest } from '../correct-warranty/correct-warranty.request.dto';
import { ReopenCaseRequest } from '../reopen-case/reopen-case.request.dto';
import { CorrectLitigationStepRequest, RecordLitigationStepRequest } from '../litigation-step/litigation-step.request.dto';
import { UpdateClientDetailsRequest } from '../update-client-details/update-client-details.request.dto';

/** The pipe exactly as the API installs it globally. */
const pipe = apiValidationPipe();
const run = (metatype: Type<unknown>, body: unknown): Promise<unknown> => pipe.transform(body, { type: 'body', metatype, data: undefined });

type FieldErrors = Array<{ field: string; messages: string[] }>;

const fieldErrorsOf = async (metatype: Type<unknown>, body: unknown): Promise<FieldErrors> => {
  try {
    await run(metatype, body);
  } catch (error) {
    if (error instanceof BadRequestException) return (error.getResponse() as { errors: FieldErrors }).errors;
    throw error;
  }
  throw new Error('expected a BadRequestException');
};

const messagesOf = async (metatype: Type<unknown>, body: unknown): Promise<string[]> =>
  (await fieldErrorsOf(metatype, body)).flatMap((e) => e.messages);

const openCaseBody = () => ({
  client: { name: 'Maria Lopez' },
  vehicle: { vin: '1m8gdm9axkp042788', make: 'BMW', model: 'X5', modelYear: 2024 },
  jurisdiction: 'ca',
  acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12 },
  warranty: { months: 48, miles: 50000 },
  manufacturer: 'BMW of North America, LLC',
});

describe('DTOs behind the global ValidationPipe', () => {
  it('returns a normalised instance for a valid body', async () => {
    const result = (await run(dto.OpenCaseRequest, openCaseBody())) as dto.OpenCaseRequest;
    expect(result).toBeInstanceOf(dto.OpenCaseRequest);
    expect(result.vehicle.vin).toBe('1M8GDM9AXKP042788');
    expect(result.jurisdiction).toBe('CA');
    expect(result.manufacturer).toEqual({ name: 'BMW of North America, LLC' });
  });

  it('answers 400 with field-level messages under their nested paths', async () => {
    const body = openCaseBody();
    const errors = await fieldErrorsOf(dto.OpenCaseRequest, {
      ...body,
      vehicle: { ...body.vehicle, vin: '1M8GDM9A5KP042788' },
      jurisdiction: 'PR',
      warranty: { months: 48, miles: 50000, transferable: true },
    });
    expect(errors).toEqual([
      { field: 'vehicle.vin', messages: ['vin check digit is X but position 9 is 5: the VIN is mistyped'] },
      { field: 'jurisdiction', messages: ['jurisdiction must be one of the 50 US states or DC as a two-letter code'] },
      { field: 'warranty.transferable', messages: ['property transferable should not exist'] },
    ]);
  });

  it('does not coerce "true" into a boolean', async () => {
    expect(await messagesOf(dto.ReportNonconformityRequest, { description: 'Stalls', safetyCritical: 'true' })).toEqual([
      'safetyCritical must be a boolean value',
    ]);
  });

  it('applies the nonconformityIds default', async () => {
    const result = (await run(dto.NotifyManufacturerRequest, { sentOn: '2024-04-15', method: 'mail' })) as dto.NotifyManufacturerRequest;
    expect(result.nonconformityIds).toEqual([]);
  });
});

/** Every request DTO behind one POST route, to render the OpenAPI document. */
const REQUEST_DTOS: Record<string, Type<unknown>> = {
  OpenCaseRequest: dto.OpenCaseRequest,
  ReportNonconformityRequest: dto.ReportNonconformityRequest,
  RecordRepairAttemptRequest: dto.RecordRepairAttemptRequest,
  CorrectRepairAttemptRequest: dto.CorrectRepairAttemptRequest,
  VoidRequest: dto.VoidRequest,
  RecordOutOfServiceRequest: dto.RecordOutOfServiceRequest,
  CorrectOutOfServiceRequest: dto.CorrectOutOfServiceRequest,
  ReportOdometerRequest: dto.ReportOdometerRequest,
  NotifyManufacturerRequest: dto.NotifyManufacturerRequest,
  OfferFinalRepairOpportunityRequest: dto.OfferFinalRepairOpportunityRequest,
  CompleteFinalRepairOpportunityRequest: dto.CompleteFinalRepairOpportunityRequest,
  FileDisputeClaimRequest: dto.FileDisputeClaimRequest,
  RequestDisputeInspectionRequest: dto.RequestDisputeInspectionRequest,
  IssueDisputeDecisionRequest: dto.IssueDisputeDecisionRequest,
  AcceptDisputeDecisionRequest: dto.AcceptDisputeDecisionRequest,
  RejectDisputeDecisionRequest: dto.RejectDisputeDecisionRequest,
  RecordManufacturerComplianceRequest: dto.RecordManufacturerComplianceRequest,
  ResolveCaseRequest: dto.ResolveCaseRequest,
  AddNoteRequest: dto.AddNoteRequest,
  CorrectOdometerReadingRequest,
  CorrectNonconformityRequest,
  CorrectManufacturerNoticeRequest,
  CorrectFinalRepairOpportunityRequest,
  CorrectFinalRepairCompletionRequest,
  CorrectDisputeClaimRequest,
  CorrectDisputeDecisionRequest,
  CorrectAcquisitionRequest,
  CorrectWarrantyRequest,
  UpdateClientDetailsRequest,
  ReopenCaseRequest,
  RecordLitigationStepRequest,
  CorrectLitigationStepRequest,
};

const controllerFor = (name: string, type: Type<unknown>): Type<unknown> => {
  @Controller(name)
  class DocController {
    @Post()
    handle(@Body() _body: unknown): void {}
  }
  Reflect.defineMetadata('design:paramtypes', [type], DocController.prototype, 'handle');
  return DocController;
};

type Schema = { properties?: Record<string, Record<string, unknown>>; required?: string[] };

describe('OpenAPI document of the request DTOs', () => {
  let app: INestApplication;
  let document: OpenAPIObject;
  const schema = (name: string): Schema => document.components?.schemas?.[name] as Schema;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: Object.entries(REQUEST_DTOS).map(([name, type]) => controllerFor(name, type)),
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('Lemon Ledger').build());
  });

  afterAll(async () => {
    await app.close();
  });

  const NESTED = [
    'ClientDetailsRequest',
    'VehicleDetailsRequest',
    'AcquisitionRequest',
    'WarrantyTermsRequest',
    'ManufacturerDetailsRequest',
  ];

  it.each([...Object.keys(REQUEST_DTOS), ...NESTED])('documents %s with an example for every property', (name) => {
    const { properties = {} } = schema(name);
    expect(Object.keys(properties).length).toBeGreaterThan(0);
    for (const [property, definition] of Object.entries(properties)) {
      const documented = 'example' in definition || '$ref' in definition || 'allOf' in definition;
      if (!documented) throw new Error(`${name}.${property} has no example`);
    }
  });

  it('documents required and optional fields of OpenCaseRequest and its nested objects', () => {
    expect(schema('OpenCaseRequest').required?.sort()).toEqual(['acquisition', 'client', 'jurisdiction', 'vehicle', 'warranty']);
    expect(schema('ClientDetailsRequest').required).toEqual(['name']);
    expect(schema('VehicleDetailsRequest').properties?.vin).toMatchObject({ example: '1M8GDM9AXKP042788', minLength: 17, maxLength: 17 });
    expect(schema('AcquisitionRequest').properties?.deliveryDate).toMatchObject({ format: 'date', example: '2024-01-10' });
    expect(schema('OpenCaseRequest').properties?.manufacturer).toMatchObject({
      oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/ManufacturerDetailsRequest' }],
    });
    expect(schema('ManufacturerDetailsRequest').required).toEqual(['name']);
  });

  it('inherits the record fields into the correction requests', () => {
    expect(schema('CorrectRepairAttemptRequest').required?.sort()).toEqual(
      ['correctionReason', 'dateIn', 'mileageIn', 'nonconformityIds', 'outcome'].sort(),
    );
    expect(schema('CorrectOutOfServiceRequest').required?.sort()).toEqual(['correctionReason', 'from', 'reason', 'to']);
  });

  it('lists enum values', () => {
    expect(schema('RecordRepairAttemptRequest').properties?.outcome).toMatchObject({
      enum: ['not_fixed', 'fixed', 'no_problem_found', 'parts_on_order'],
    });
    expect(schema('OpenCaseRequest').properties?.jurisdiction?.enum).toHaveLength(51);
  });
});
