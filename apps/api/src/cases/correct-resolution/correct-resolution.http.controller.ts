import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { CorrectResolutionRequest } from './correct-resolution.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CorrectResolutionHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('resolution/corrections')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Correct the resolution in effect (kind, date, amount, summary) with a reason; the case stays resolved and the original stays in the history',
  })
  handle(@Param('caseId') caseId: string, @Body() body: CorrectResolutionRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    const { resolvedOn, resolution, amount, summary, correctionReason } = body;
    return this.sender.send(
      caseId,
      { type: 'CorrectResolution', data: { resolvedOn, resolution, amount, summary, correctionReason } },
      origin,
      {},
    );
  }
}
