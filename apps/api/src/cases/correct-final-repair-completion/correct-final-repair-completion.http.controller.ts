import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { CorrectFinalRepairCompletionRequest } from './correct-final-repair-completion.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CorrectFinalRepairCompletionHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('final-repair-opportunities/:opportunityId/completion/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct the completion of a final repair opportunity (date, outcome) with a reason' })
  handle(
    @Param('caseId') caseId: string,
    @Param('opportunityId') opportunityId: string,
    @Body() body: CorrectFinalRepairCompletionRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      {
        type: 'CorrectFinalRepairCompletion',
        data: { opportunityId, completedOn: body.completedOn, outcome: body.outcome, correctionReason: body.correctionReason },
      },
      origin,
      { opportunityId },
    );
  }
}
