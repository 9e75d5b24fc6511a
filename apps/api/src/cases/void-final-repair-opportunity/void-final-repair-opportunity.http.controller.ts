import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { VoidFinalRepairOpportunityRequest } from './void-final-repair-opportunity.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class VoidFinalRepairOpportunityHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('final-repair-opportunities/:opportunityId/void')
  @HttpCode(201)
  @ApiOperation({ summary: 'Void a final repair opportunity recorded in error (with a reason), its completion with it' })
  handle(
    @Param('caseId') caseId: string,
    @Param('opportunityId') opportunityId: string,
    @Body() body: VoidFinalRepairOpportunityRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'VoidFinalRepairOpportunity', data: { opportunityId, reason: body.reason } }, origin, {
      opportunityId,
    });
  }
}
