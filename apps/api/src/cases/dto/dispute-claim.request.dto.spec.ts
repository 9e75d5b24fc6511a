import { validateRequest } from '../../validation';
import { AcceptDisputeDecisionRequest } from './accept-dispute-decision.request.dto';
import { FileDisputeClaimRequest } from './file-dispute-claim.request.dto';
import { IssueDisputeDecisionRequest } from './issue-dispute-decision.request.dto';
import { RecordManufacturerComplianceRequest } from './record-manufacturer-compliance.request.dto';
import { RejectDisputeDecisionRequest } from './reject-dispute-decision.request.dto';
import { RequestDisputeInspectionRequest } from './request-dispute-inspection.request.dto';

describe('FileDisputeClaimRequest', () => {
  it('accepts a claim', async () => {
    expect(
      (
        await validateRequest(FileDisputeClaimRequest, {
          program: 'BBB_AUTO_LINE',
          filedOn: '2024-05-10',
          manufacturerContactedFirst: false,
        })
      ).errors,
    ).toEqual({});
  });

  it('requires manufacturerContactedFirst as a real boolean', async () => {
    expect((await validateRequest(FileDisputeClaimRequest, { program: 'BBB_AUTO_LINE', filedOn: '2024-05-10' })).errors).toEqual({
      manufacturerContactedFirst: ['manufacturerContactedFirst must be a boolean value'],
    });
    expect(
      (
        await validateRequest(FileDisputeClaimRequest, {
          program: 'BBB_AUTO_LINE',
          filedOn: '2024-05-10',
          manufacturerContactedFirst: 'true',
        })
      ).errors,
    ).toEqual({
      manufacturerContactedFirst: ['manufacturerContactedFirst must be a boolean value'],
    });
  });

  it('rejects an unknown program and a malformed date', async () => {
    expect(
      (await validateRequest(FileDisputeClaimRequest, { program: 'bbb_auto_line', filedOn: '2024-5-10', manufacturerContactedFirst: true }))
        .errors,
    ).toEqual({
      program: ['program must be one of the following values: BBB_AUTO_LINE, STATE_PROGRAM, MANUFACTURER_PROGRAM'],
      filedOn: ['filedOn must be a calendar date formatted YYYY-MM-DD'],
    });
  });
});

describe('RequestDisputeInspectionRequest', () => {
  it.each([1, 30])('accepts %i additional days', async (additionalDays) => {
    expect((await validateRequest(RequestDisputeInspectionRequest, { requestedOn: '2024-05-20', additionalDays })).errors).toEqual({});
  });

  it.each([
    [0, 'additionalDays must not be less than 1'],
    [31, 'additionalDays must not be greater than 30'],
    [2.5, 'additionalDays must be an integer number'],
  ])('rejects %p', async (additionalDays, message) => {
    expect((await validateRequest(RequestDisputeInspectionRequest, { requestedOn: '2024-05-20', additionalDays })).errors).toEqual({
      additionalDays: [message],
    });
  });

  it('requires additionalDays (no default)', async () => {
    expect((await validateRequest(RequestDisputeInspectionRequest, { requestedOn: '2024-05-20' })).errors.additionalDays).toContain(
      'additionalDays must be an integer number',
    );
  });
});

describe('IssueDisputeDecisionRequest', () => {
  it('accepts a decision with and without a summary', async () => {
    expect(
      (await validateRequest(IssueDisputeDecisionRequest, { decidedOn: '2024-06-20', award: 'repurchase', summary: 'Repurchase ordered' }))
        .errors,
    ).toEqual({});
    expect((await validateRequest(IssueDisputeDecisionRequest, { decidedOn: '2024-06-20', award: 'no_award' })).errors).toEqual({});
  });

  it('reports each field', async () => {
    expect(
      (await validateRequest(IssueDisputeDecisionRequest, { decidedOn: '2024-06-31', award: 'refund', summary: 'x'.repeat(10_001) }))
        .errors,
    ).toEqual({
      decidedOn: ['decidedOn must be a calendar date formatted YYYY-MM-DD'],
      award: ['award must be one of the following values: repurchase, replacement, repair, reimbursement, other, no_award'],
      summary: ['summary must be shorter than or equal to 10000 characters'],
    });
  });
});

describe.each([
  ['AcceptDisputeDecisionRequest', AcceptDisputeDecisionRequest, 'acceptedOn'],
  ['RejectDisputeDecisionRequest', RejectDisputeDecisionRequest, 'rejectedOn'],
  ['RecordManufacturerComplianceRequest', RecordManufacturerComplianceRequest, 'compliedOn'],
] as const)('%s', (_name, dto, field) => {
  it(`accepts a ${field} date`, async () => {
    expect((await validateRequest(dto as new () => object, { [field]: '2024-06-25' })).errors).toEqual({});
  });

  it(`requires ${field} as a calendar date and nothing else`, async () => {
    expect((await validateRequest(dto as new () => object, { [field]: '2024-02-30', claimId: 'c-1' })).errors).toEqual({
      [field]: [`${field} must be a calendar date formatted YYYY-MM-DD`],
      claimId: ['property claimId should not exist'],
    });
    expect((await validateRequest(dto as new () => object, {})).errors).toEqual({
      [field]: [`${field} must be a calendar date formatted YYYY-MM-DD`],
    });
  });
});
