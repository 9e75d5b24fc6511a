import { BadRequestException, Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DISPUTE_CLAIM_STEPS, type DisputeClaimStep } from '@lemon/domain';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { VoidDisputeClaimStepRequest } from './void-dispute-claim-step.request.dto';

const stepParam = (value: string): DisputeClaimStep => {
  if ((DISPUTE_CLAIM_STEPS as readonly string[]).includes(value)) return value as DisputeClaimStep;
  const allowed = DISPUTE_CLAIM_STEPS.join(', ');
  throw new BadRequestException({
    message: `step must be one of ${allowed}`,
    code: 'validation_failed',
    errors: [{ field: 'step', messages: [`step must be one of ${allowed}`] }],
  });
};

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId/dispute-claims/:claimId')
export class VoidDisputeClaimStepHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post(':step/void')
  @HttpCode(201)
  @ApiParam({ name: 'step', enum: [...DISPUTE_CLAIM_STEPS] })
  @ApiOperation({ summary: 'Void one step of a dispute claim entered in error (with a reason); steps resting on it are voided first' })
  handle(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Param('step') step: string,
    @Body() body: VoidDisputeClaimStepRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      { type: 'VoidDisputeClaimStep', data: { claimId, step: stepParam(step), reason: body.reason } },
      origin,
      {
        claimId,
      },
    );
  }
}
