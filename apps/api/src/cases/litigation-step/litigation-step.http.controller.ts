import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LitigationStepFields } from '@lemon/domain';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { VoidRequest } from '../dto';
import { CorrectLitigationStepRequest, RecordLitigationStepRequest } from './litigation-step.request.dto';

const stepFields = (body: RecordLitigationStepRequest): LitigationStepFields => ({
  kind: body.kind,
  on: body.on,
  ...(body.receivedOn !== undefined ? { receivedOn: body.receivedOn } : {}),
  ...(body.method !== undefined ? { method: body.method } : {}),
  ...(body.court !== undefined ? { court: body.court } : {}),
  ...(body.caseNumber !== undefined ? { caseNumber: body.caseNumber } : {}),
});

/** Pre-suit notices, complaints and answers: the facts the pre-suit, filing and post-answer clocks run from. */
@ApiTags('litigation')
@CaseResponseHeaders()
@Controller('cases/:caseId/litigation-steps')
export class LitigationStepHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Record a pre-suit notice sent, or a complaint or answer filed: the AB 1755 windows, the 871.26 disclosure and mediation dates and the time to file read them',
  })
  record(@Param('caseId') caseId: string, @Body() body: RecordLitigationStepRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    const stepId = this.sender.newId();
    return this.sender.send(caseId, { type: 'RecordLitigationStep', data: { stepId, ...stepFields(body) } }, origin, { stepId });
  }

  @Post(':stepId/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct a litigation step: the full corrected step and the reason; the original stays in the history' })
  correct(
    @Param('caseId') caseId: string,
    @Param('stepId') stepId: string,
    @Body() body: CorrectLitigationStepRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      { type: 'CorrectLitigationStep', data: { stepId, correctionReason: body.correctionReason, ...stepFields(body) } },
      origin,
      { stepId },
    );
  }

  @Post(':stepId/void')
  @HttpCode(201)
  @ApiOperation({ summary: 'Void a litigation step recorded in error (with a reason); the clocks stop reading it' })
  void(
    @Param('caseId') caseId: string,
    @Param('stepId') stepId: string,
    @Body() body: VoidRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'VoidLitigationStep', data: { stepId, reason: body.reason } }, origin, { stepId });
  }
}
