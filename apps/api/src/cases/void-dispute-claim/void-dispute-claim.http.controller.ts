import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { VoidDisputeClaimRequest } from './void-dispute-claim.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class VoidDisputeClaimHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('dispute-claims/:claimId/void')
  @HttpCode(201)
  @ApiOperation({ summary: 'Void a dispute claim filed in error (with a reason), all its steps with it' })
  handle(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Body() body: VoidDisputeClaimRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'VoidDisputeClaim', data: { claimId, reason: body.reason } }, origin, { claimId });
  }
}
