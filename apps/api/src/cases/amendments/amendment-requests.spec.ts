import { BadRequestException } from '@nestjs/common';
import type { Type } from '@nestjs/common';
import { apiValidationPipe } from '../../http/validation';
import { CorrectAcquisitionRequest } from '../correct-acquisition/correct-acquisition.request.dto';
import { CorrectDisputeClaimRequest } from '../correct-dispute-claim/correct-dispute-claim.request.dto';
import {
  CorrectDisputeDecisionRequest,
  CorrectDisputeInspectionRequest,
} from '../correct-dispute-claim-step/correct-dispute-claim-step.request.dto';
import { CorrectFinalRepairCompletionRequest } from '../correct-final-repair-completion/correct-final-repair-completion.request.dto';
import { CorrectManufacturerNoticeRequest } from '../correct-manufacturer-notice/correct-manufacturer-notice.request.dto';
import { CorrectNonconformityRequest } from '../correct-nonconformity/correct-nonconformity.request.dto';
import { CorrectOdometerReadingRequest } from '../correct-odometer-reading/correct-odometer-reading.request.dto';
import { CorrectWarrantyRequest } from '../correct-warranty/correct-warranty.request.dto';
import { ReopenCaseRequest } from '../reopen-case/reopen-case.request.dto';
import { UpdateClientDetailsRequest } from '../update-client-details/update-client-details.request.dto';
import { VoidOdometerReadingRequest } from '../void-odometer-reading/void-odometer-reading.request.dto';
import { RecordRepairAttemptRequest } from '../dto';
import { CorrectVehicleRequest } from '../correct-vehicle/correct-vehicle.request.dto';
import { CorrectJurisdictionRequest } from '../correct-jurisdiction/correct-jurisdiction.request.dto';
import { CorrectNoteRequest } from '../correct-note/correct-note.request.dto';
import { VoidNoteRequest } from '../void-note/void-note.request.dto';
import { CorrectResolutionRequest } from '../correct-resolution/correct-resolution.request.dto';

const pipe = apiValidationPipe();
const fieldsOf = async (metatype: Type<unknown>, body: unknown): Promise<string[]> => {
  try {
    await pipe.transform(body, { type: 'body', metatype, data: undefined });
  } catch (error) {
    if (error instanceof BadRequestException)
      return (error.getResponse() as { errors: Array<{ field: string }> }).errors.map((e) => e.field);
    throw error;
  }
  return [];
};

describe('correction, void and update requests behind the global ValidationPipe', () => {
  it.each<[string, Type<unknown>, object]>([
    ['odometer reading', CorrectOdometerReadingRequest, { readOn: '2024-06-15', mileage: 9150 }],
    ['nonconformity', CorrectNonconformityRequest, { description: 'Brakes', safetyCritical: true }],
    ['manufacturer notice', CorrectManufacturerNoticeRequest, { sentOn: '2024-04-01', method: 'email' }],
    ['final repair completion', CorrectFinalRepairCompletionRequest, { completedOn: '2024-05-02', outcome: 'fixed' }],
    ['dispute claim', CorrectDisputeClaimRequest, { program: 'BBB_AUTO_LINE', filedOn: '2024-06-03', manufacturerContactedFirst: true }],
    ['dispute inspection', CorrectDisputeInspectionRequest, { requestedOn: '2024-06-20', additionalDays: 10 }],
    ['dispute decision', CorrectDisputeDecisionRequest, { decidedOn: '2024-07-10', award: 'repurchase' }],
    ['acquisition', CorrectAcquisitionRequest, { type: 'lease', deliveryDate: '2024-01-11', odometerAtDelivery: 14 }],
    ['warranty', CorrectWarrantyRequest, { months: 48, miles: 50000 }],
    ['vehicle', CorrectVehicleRequest, { vin: 'WBA5R1C55KA123456', make: 'BMW', model: '530i', modelYear: 2019 }],
    ['jurisdiction', CorrectJurisdictionRequest, { jurisdiction: 'NV' }],
    ['note', CorrectNoteRequest, { text: 'Inspection Monday', visibility: 'firm' }],
    ['resolution', CorrectResolutionRequest, { resolvedOn: '2024-09-03', resolution: 'settlement', amount: 41000 }],
  ])('a %s correction needs the full record and a correctionReason', async (_what, type, record) => {
    expect(await fieldsOf(type, { ...record, correctionReason: 'Per the source document' })).toEqual([]);
    expect(await fieldsOf(type, record)).toEqual(['correctionReason']);
    expect(await fieldsOf(type, { ...record, correctionReason: '   ' })).toEqual(['correctionReason']);
    expect(await fieldsOf(type, { correctionReason: 'why' })).not.toEqual([]);
  });

  it('a corrected VIN passes the check digit, a corrected jurisdiction is a state with a rule pack, a note keeps a visibility', async () => {
    const vehicle = { make: 'BMW', model: '530i', modelYear: 2019, correctionReason: 'Title' };
    expect(await fieldsOf(CorrectVehicleRequest, { ...vehicle, vin: 'wba5r1c55ka123456' })).toEqual([]); // upper-cased first
    expect(await fieldsOf(CorrectVehicleRequest, { ...vehicle, vin: 'WBA5R1C50KA123456' })).toEqual(['vin']);
    expect(await fieldsOf(CorrectJurisdictionRequest, { jurisdiction: 'nv', correctionReason: 'Reno' })).toEqual([]);
    expect(await fieldsOf(CorrectJurisdictionRequest, { jurisdiction: 'PR', correctionReason: 'Reno' })).toEqual(['jurisdiction']);
    expect(await fieldsOf(CorrectNoteRequest, { text: 'x', correctionReason: 'why' })).toEqual(['visibility']);
    expect(await fieldsOf(CorrectNoteRequest, { text: 'x', visibility: 'public', correctionReason: 'why' })).toEqual(['visibility']);
    expect(await fieldsOf(VoidNoteRequest, {})).toEqual(['reason']);
  });

  it('a void and a reopening need a reason; unknown fields are refused', async () => {
    expect(await fieldsOf(VoidOdometerReadingRequest, { reason: 'Typo' })).toEqual([]);
    expect(await fieldsOf(VoidOdometerReadingRequest, {})).toEqual(['reason']);
    expect(await fieldsOf(ReopenCaseRequest, { reason: 'Fell through', resolvedOn: '2024-09-01' })).toEqual(['resolvedOn']);
  });

  it('a client update needs a name and validates the contact details', async () => {
    expect(await fieldsOf(UpdateClientDetailsRequest, { name: 'Maria Delgado', email: 'maria@example.org' })).toEqual([]);
    expect(await fieldsOf(UpdateClientDetailsRequest, { email: 'maria@example.org' })).toEqual(['name']);
  });

  it('the guards’ confirmations are booleans', async () => {
    const repair = { dateIn: '2024-02-20', mileageIn: 2400, nonconformityIds: ['nc-1'], outcome: 'not_fixed' };
    expect(await fieldsOf(RecordRepairAttemptRequest, { ...repair, confirmDuplicate: true, confirmImplausible: false })).toEqual([]);
    expect(await fieldsOf(RecordRepairAttemptRequest, { ...repair, confirmDuplicate: 'yes' })).toEqual(['confirmDuplicate']);
    expect(
      await fieldsOf(CorrectOdometerReadingRequest, { readOn: '2024-06-15', mileage: 9150, correctionReason: 'x', confirmImplausible: 1 }),
    ).toEqual(['confirmImplausible']);
  });
});
