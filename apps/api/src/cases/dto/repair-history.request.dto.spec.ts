import { validateRequest } from '../../validation';
import { CorrectOutOfServiceRequest } from './correct-out-of-service.request.dto';
import { CorrectRepairAttemptRequest } from './correct-repair-attempt.request.dto';
import { RecordOutOfServiceRequest } from './record-out-of-service.request.dto';
import { RecordRepairAttemptRequest } from './record-repair-attempt.request.dto';
import { ReportNonconformityRequest } from './report-nonconformity.request.dto';
import { ReportOdometerRequest } from './report-odometer.request.dto';
import { VoidRequest } from './void.request.dto';

const NC = '0f8e7c1a-4f55-4c1e-9a55-2f0c3b7d9e11';

describe('ReportNonconformityRequest', () => {
  const body = { description: 'Engine stalls at highway speed', safetyCritical: true, firstReportedOn: '2024-02-03', mileage: 1840 };

  it('accepts a full and a minimal body', async () => {
    expect((await validateRequest(ReportNonconformityRequest, body)).errors).toEqual({});
    expect((await validateRequest(ReportNonconformityRequest, { description: 'Rattle', safetyCritical: false })).errors).toEqual({});
  });

  it('reports each field', async () => {
    expect(
      (
        await validateRequest(ReportNonconformityRequest, {
          description: ' ',
          safetyCritical: 'true',
          firstReportedOn: '2024-02-03T10:00:00Z',
          mileage: -5,
        })
      ).errors,
    ).toEqual({
      description: ['description must not be blank'],
      safetyCritical: ['safetyCritical must be a boolean value'],
      firstReportedOn: ['firstReportedOn must be a calendar date formatted YYYY-MM-DD'],
      mileage: ['mileage must not be less than 0'],
    });
  });

  it('requires description and safetyCritical, and limits the description to 2000 characters', async () => {
    expect((await validateRequest(ReportNonconformityRequest, {})).errors).toEqual({
      description: [
        'description must be shorter than or equal to 2000 characters',
        'description should not be empty',
        'description must be a string',
      ],
      safetyCritical: ['safetyCritical must be a boolean value'],
    });
    expect((await validateRequest(ReportNonconformityRequest, { ...body, description: 'x'.repeat(2001) })).errors).toEqual({
      description: ['description must be shorter than or equal to 2000 characters'],
    });
  });
});

const attempt = () => ({
  repairOrderNumber: 'RO-448812',
  dealer: 'Bay Area BMW Service',
  dateIn: '2024-02-05',
  dateOut: '2024-02-09',
  mileageIn: 1850,
  mileageOut: 1856,
  nonconformityIds: [NC],
  outcome: 'not_fixed',
});

describe('RecordRepairAttemptRequest', () => {
  it('accepts a full body and one still at the dealer', async () => {
    expect((await validateRequest(RecordRepairAttemptRequest, attempt())).errors).toEqual({});
    const { dateOut: _out, mileageOut: _mileageOut, repairOrderNumber: _ro, dealer: _dealer, ...open } = attempt();
    expect((await validateRequest(RecordRepairAttemptRequest, { ...open, outcome: 'parts_on_order' })).errors).toEqual({});
  });

  it('accepts the same day in and out', async () => {
    expect((await validateRequest(RecordRepairAttemptRequest, { ...attempt(), dateOut: '2024-02-05' })).errors).toEqual({});
  });

  it('rejects date out before date in and mileage out below mileage in', async () => {
    expect((await validateRequest(RecordRepairAttemptRequest, { ...attempt(), dateOut: '2024-02-04', mileageOut: 1849 })).errors).toEqual({
      dateOut: ['dateOut must be on or after dateIn (2024-02-05)'],
      mileageOut: ['mileageOut must be at least mileageIn (1850)'],
    });
  });

  it('needs at least one nonconformity, each once', async () => {
    expect((await validateRequest(RecordRepairAttemptRequest, { ...attempt(), nonconformityIds: [] })).errors).toEqual({
      nonconformityIds: ['nonconformityIds should not be empty'],
    });
    expect((await validateRequest(RecordRepairAttemptRequest, { ...attempt(), nonconformityIds: [NC, NC] })).errors).toEqual({
      nonconformityIds: ["All nonconformityIds's elements must be unique"],
    });
    const { nonconformityIds: _ids, ...withoutIds } = attempt();
    expect((await validateRequest(RecordRepairAttemptRequest, withoutIds)).errors).toEqual({
      nonconformityIds: ['nonconformityIds must be an array'],
    });
    expect((await validateRequest(RecordRepairAttemptRequest, { ...attempt(), nonconformityIds: NC })).errors).toEqual({
      nonconformityIds: ['nonconformityIds must be an array'],
    });
  });

  it('checks every id and the list size', async () => {
    expect(
      (await validateRequest(RecordRepairAttemptRequest, { ...attempt(), nonconformityIds: [NC, 7, '', 'x'.repeat(101)] })).errors,
    ).toEqual({
      nonconformityIds: [
        'each value in nonconformityIds must be shorter than or equal to 100 characters',
        'each value in nonconformityIds should not be empty',
        'each value in nonconformityIds must be a string',
      ],
    });
    const many = Array.from({ length: 51 }, (_, index) => `nc-${index}`);
    expect((await validateRequest(RecordRepairAttemptRequest, { ...attempt(), nonconformityIds: many })).errors).toEqual({
      nonconformityIds: ['nonconformityIds must contain no more than 50 elements'],
    });
  });

  it('reports malformed fields', async () => {
    expect(
      (
        await validateRequest(RecordRepairAttemptRequest, {
          ...attempt(),
          repairOrderNumber: 'x'.repeat(101),
          dealer: '',
          dateIn: '2024-02-30',
          dateOut: null,
          mileageIn: 1850.5,
          outcome: 'broken',
        })
      ).errors,
    ).toEqual({
      repairOrderNumber: ['repairOrderNumber must be shorter than or equal to 100 characters'],
      dealer: ['dealer should not be empty'],
      dateIn: ['dateIn must be a calendar date formatted YYYY-MM-DD'],
      dateOut: ['dateOut must be a calendar date formatted YYYY-MM-DD'],
      mileageIn: ['mileageIn must be an integer number'],
      outcome: ['outcome must be one of the following values: not_fixed, fixed, no_problem_found, parts_on_order'],
    });
  });

  it('forbids fields the server assigns', async () => {
    expect((await validateRequest(RecordRepairAttemptRequest, { ...attempt(), repairAttemptId: 'mine' })).errors).toEqual({
      repairAttemptId: ['property repairAttemptId should not exist'],
    });
  });
});

describe('CorrectRepairAttemptRequest', () => {
  it('is a full replacement plus a reason', async () => {
    expect((await validateRequest(CorrectRepairAttemptRequest, { ...attempt(), correctionReason: 'Date out misread' })).errors).toEqual({});
  });

  it('requires a non-blank reason and keeps every rule of the record', async () => {
    expect(
      (await validateRequest(CorrectRepairAttemptRequest, { ...attempt(), correctionReason: '  ', dateOut: '2024-01-01' })).errors,
    ).toEqual({
      dateOut: ['dateOut must be on or after dateIn (2024-02-05)'],
      correctionReason: ['correctionReason must not be blank'],
    });
    expect((await validateRequest(CorrectRepairAttemptRequest, attempt())).errors).toEqual({
      correctionReason: [
        'correctionReason must be shorter than or equal to 2000 characters',
        'correctionReason should not be empty',
        'correctionReason must be a string',
      ],
    });
  });
});

describe('VoidRequest', () => {
  it('needs a non-blank reason', async () => {
    expect((await validateRequest(VoidRequest, { reason: 'Entered on the wrong case' })).errors).toEqual({});
    expect((await validateRequest(VoidRequest, { reason: '\t' })).errors).toEqual({ reason: ['reason must not be blank'] });
    expect((await validateRequest(VoidRequest, { reason: 'x'.repeat(2001) })).errors).toEqual({
      reason: ['reason must be shorter than or equal to 2000 characters'],
    });
  });
});

const interval = () => ({
  from: '2024-03-01',
  to: '2024-03-12',
  reason: 'Waiting for a fuel pump',
  excludedDays: ['2024-03-04', '2024-03-05'],
});

describe('RecordOutOfServiceRequest', () => {
  it('accepts a full body, a one-day interval and no excluded days', async () => {
    expect((await validateRequest(RecordOutOfServiceRequest, interval())).errors).toEqual({});
    expect((await validateRequest(RecordOutOfServiceRequest, { from: '2024-03-01', to: '2024-03-01', reason: 'Tow' })).errors).toEqual({});
  });

  it('rejects to before from', async () => {
    expect((await validateRequest(RecordOutOfServiceRequest, { ...interval(), to: '2024-02-29' })).errors).toEqual({
      to: ['to must be on or after from (2024-03-01)'],
    });
  });

  it('checks each excluded day and duplicates', async () => {
    expect((await validateRequest(RecordOutOfServiceRequest, { ...interval(), excludedDays: ['2024-03-04', '2024-3-5'] })).errors).toEqual({
      excludedDays: ['each value in excludedDays must be a calendar date formatted YYYY-MM-DD'],
    });
    expect(
      (await validateRequest(RecordOutOfServiceRequest, { ...interval(), excludedDays: ['2024-03-04', '2024-03-04'] })).errors,
    ).toEqual({
      excludedDays: ["All excludedDays's elements must be unique"],
    });
    expect((await validateRequest(RecordOutOfServiceRequest, { ...interval(), excludedDays: '2024-03-04' })).errors).toEqual({
      excludedDays: ['excludedDays must be an array'],
    });
  });

  it('requires from, to and reason', async () => {
    expect((await validateRequest(RecordOutOfServiceRequest, { reason: '' })).errors).toEqual({
      from: ['from must be a calendar date formatted YYYY-MM-DD'],
      to: ['to must be a calendar date formatted YYYY-MM-DD'],
      reason: ['reason should not be empty'],
    });
  });
});

describe('CorrectOutOfServiceRequest', () => {
  it('is a full replacement plus a reason', async () => {
    expect((await validateRequest(CorrectOutOfServiceRequest, { ...interval(), correctionReason: 'Returned on the 11th' })).errors).toEqual(
      {},
    );
    expect((await validateRequest(CorrectOutOfServiceRequest, { ...interval(), to: '2024-02-01', correctionReason: '' })).errors).toEqual({
      to: ['to must be on or after from (2024-03-01)'],
      correctionReason: ['correctionReason should not be empty'],
    });
  });
});

describe('ReportOdometerRequest', () => {
  it('accepts a reading with and without a source', async () => {
    expect((await validateRequest(ReportOdometerRequest, { readOn: '2024-04-01', mileage: 3120, source: 'photo' })).errors).toEqual({});
    expect((await validateRequest(ReportOdometerRequest, { readOn: '2024-04-01', mileage: 0 })).errors).toEqual({});
  });

  it('reports each field', async () => {
    expect((await validateRequest(ReportOdometerRequest, { readOn: '04/01/2024', mileage: 2_000_001, source: ' ' })).errors).toEqual({
      readOn: ['readOn must be a calendar date formatted YYYY-MM-DD'],
      mileage: ['mileage must not be greater than 2000000'],
      source: ['source must not be blank'],
    });
    expect((await validateRequest(ReportOdometerRequest, { readOn: '2024-04-01', mileage: '3120' })).errors).toEqual({
      mileage: ['mileage must not be greater than 2000000', 'mileage must not be less than 0', 'mileage must be an integer number'],
    });
  });
});
