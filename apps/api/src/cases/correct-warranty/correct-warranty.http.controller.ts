import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { CorrectWarrantyRequest } from './correct-warranty.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CorrectWarrantyHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('warranty/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct the express warranty terms (months, miles) with a reason' })
  handle(@Param('caseId') caseId: string, @Body() body: CorrectWarrantyRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    return this.sender.send(
      caseId,
      { type: 'CorrectWarranty', data: { warranty: { months: body.months, miles: body.miles }, correctionReason: body.correctionReason } },
      origin,
      {},
    );
  }
}
