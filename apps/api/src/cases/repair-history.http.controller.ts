import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../http/command-origin.decorator';
import { CaseResponseHeaders } from '../http/case-response-headers.interceptor';
import { CaseCommandSender } from './case-command.sender';
import {
  ConfirmSafetyScopeRequest,
  CorrectOutOfServiceRequest,
  CorrectRepairAttemptRequest,
  RecordOutOfServiceRequest,
  RecordRepairAttemptRequest,
  ReportNonconformityRequest,
  ReportOdometerRequest,
  VoidRequest,
} from './dto';

const repairFields = (body: RecordRepairAttemptRequest) => ({
  repairOrderNumber: body.repairOrderNumber,
  dealer: body.dealer,
  dateIn: body.dateIn,
  dateOut: body.dateOut,
  mileageIn: body.mileageIn,
  mileageOut: body.mileageOut,
  nonconformityIds: body.nonconformityIds,
  outcome: body.outcome,
});

/** The guards' overrides travel beside the command's data, never into the event. */
const confirmationsOf = (body: { confirmDuplicate?: boolean; confirmImplausible?: boolean }) => ({
  confirmDuplicate: body.confirmDuplicate,
  confirmImplausible: body.confirmImplausible,
});

const outOfServiceFields = (body: RecordOutOfServiceRequest) => ({
  from: body.from,
  to: body.to,
  reason: body.reason,
  excludedDays: body.excludedDays,
});

/** Nonconformities, repair attempts, out-of-service intervals, odometer readings, and their corrections. */
@ApiTags('repair history')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class RepairHistoryHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('nonconformities')
  @HttpCode(201)
  @ApiOperation({ summary: 'Report a nonconformity (a defect), flagged safety-critical or not' })
  reportNonconformity(
    @Param('caseId') caseId: string,
    @Body() body: ReportNonconformityRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    const nonconformityId = this.sender.newId();
    return this.sender.send(caseId, { type: 'ReportNonconformity', data: { nonconformityId, ...body } }, origin, { nonconformityId });
  }

  @Post('nonconformities/:nonconformityId/safety-scope')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Confirm a nonconformity’s narrower safety scope (brakes or steering, complete failure, failed state inspection)',
  })
  confirmSafetyScope(
    @Param('caseId') caseId: string,
    @Param('nonconformityId') nonconformityId: string,
    @Body() body: ConfirmSafetyScopeRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      { type: 'ConfirmSafetyScope', data: { nonconformityId, scopes: body.scopes, note: body.note } },
      origin,
      { nonconformityId },
    );
  }

  @Post('repair-attempts')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a repair attempt (repair order): dates in/out, mileage, nonconformities addressed, outcome' })
  recordRepairAttempt(
    @Param('caseId') caseId: string,
    @Body() body: RecordRepairAttemptRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    const repairAttemptId = this.sender.newId();
    return this.sender.send(
      caseId,
      { type: 'RecordRepairAttempt', data: { repairAttemptId, ...repairFields(body) }, confirm: confirmationsOf(body) },
      origin,
      { repairAttemptId },
    );
  }

  @Post('repair-attempts/:repairAttemptId/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct a repair attempt: the full corrected record and the reason; the original stays in the history' })
  correctRepairAttempt(
    @Param('caseId') caseId: string,
    @Param('repairAttemptId') repairAttemptId: string,
    @Body() body: CorrectRepairAttemptRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      {
        type: 'CorrectRepairAttempt',
        data: { repairAttemptId, correctionReason: body.correctionReason, ...repairFields(body) },
        confirm: confirmationsOf(body),
      },
      origin,
      { repairAttemptId },
    );
  }

  @Post('repair-attempts/:repairAttemptId/void')
  @HttpCode(201)
  @ApiOperation({ summary: 'Void a repair attempt recorded in error (with a reason); it stops counting' })
  voidRepairAttempt(
    @Param('caseId') caseId: string,
    @Param('repairAttemptId') repairAttemptId: string,
    @Body() body: VoidRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'VoidRepairAttempt', data: { repairAttemptId, reason: body.reason } }, origin, {
      repairAttemptId,
    });
  }

  @Post('out-of-service')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record an out-of-service interval, with days beyond the manufacturer’s control excluded' })
  recordOutOfService(
    @Param('caseId') caseId: string,
    @Body() body: RecordOutOfServiceRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    const intervalId = this.sender.newId();
    return this.sender.send(caseId, { type: 'RecordOutOfService', data: { intervalId, ...outOfServiceFields(body) } }, origin, {
      intervalId,
    });
  }

  @Post('out-of-service/:intervalId/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct an out-of-service interval (full corrected record and the reason)' })
  correctOutOfService(
    @Param('caseId') caseId: string,
    @Param('intervalId') intervalId: string,
    @Body() body: CorrectOutOfServiceRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      { type: 'CorrectOutOfService', data: { intervalId, correctionReason: body.correctionReason, ...outOfServiceFields(body) } },
      origin,
      { intervalId },
    );
  }

  @Post('out-of-service/:intervalId/void')
  @HttpCode(201)
  @ApiOperation({ summary: 'Void an out-of-service interval recorded in error (with a reason)' })
  voidOutOfService(
    @Param('caseId') caseId: string,
    @Param('intervalId') intervalId: string,
    @Body() body: VoidRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'VoidOutOfService', data: { intervalId, reason: body.reason } }, origin, { intervalId });
  }

  @Post('odometer-readings')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Report an odometer reading (it may never go backwards; one far off the trend needs confirmImplausible)',
  })
  reportOdometer(@Param('caseId') caseId: string, @Body() body: ReportOdometerRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    const readingId = this.sender.newId();
    const data = { readingId, readOn: body.readOn, mileage: body.mileage, source: body.source };
    return this.sender.send(caseId, { type: 'ReportOdometer', data, confirm: confirmationsOf(body) }, origin, { readingId });
  }
}
