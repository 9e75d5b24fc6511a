import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { CorrectFinalRepairOpportunityRequest } from './correct-final-repair-opportunity.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CorrectFinalRepairOpportunityHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('final-repair-opportunities/:opportunityId/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct a final repair opportunity (offer date, nonconformities) with a reason' })
  handle(
    @Param('caseId') caseId: string,
    @Param('opportunityId') opportunityId: string,
    @Body() body: CorrectFinalRepairOpportunityRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      {
        type: 'CorrectFinalRepairOpportunity',
        data: {
          opportunityId,
          offeredOn: body.offeredOn,
          nonconformityIds: body.nonconformityIds,
          correctionReason: body.correctionReason,
        },
      },
      origin,
      { opportunityId },
    );
  }
}
