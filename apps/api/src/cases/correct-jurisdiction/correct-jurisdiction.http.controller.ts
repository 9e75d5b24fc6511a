import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { CorrectJurisdictionRequest } from './correct-jurisdiction.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CorrectJurisdictionHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('jurisdiction/corrections')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Correct the jurisdiction of a case opened under the wrong state, with a reason; everything is judged again under its rules',
  })
  handle(@Param('caseId') caseId: string, @Body() body: CorrectJurisdictionRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    return this.sender.send(
      caseId,
      { type: 'CorrectJurisdiction', data: { jurisdiction: body.jurisdiction, correctionReason: body.correctionReason } },
      origin,
      {},
    );
  }
}
