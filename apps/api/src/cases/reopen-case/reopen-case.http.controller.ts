import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { ReopenCaseRequest } from './reopen-case.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class ReopenCaseHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('reopen')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Reopen a resolved case (a resolution entered by mistake or undone), with a reason; the resolution stays in the history',
  })
  handle(@Param('caseId') caseId: string, @Body() body: ReopenCaseRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    return this.sender.send(caseId, { type: 'ReopenCase', data: { reason: body.reason } }, origin, {});
  }
}
