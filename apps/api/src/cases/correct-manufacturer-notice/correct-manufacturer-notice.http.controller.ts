import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { CorrectManufacturerNoticeRequest } from './correct-manufacturer-notice.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CorrectManufacturerNoticeHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('manufacturer-notices/:noticeId/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct a written notice to the manufacturer (full corrected notice and the reason)' })
  handle(
    @Param('caseId') caseId: string,
    @Param('noticeId') noticeId: string,
    @Body() body: CorrectManufacturerNoticeRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      {
        type: 'CorrectManufacturerNotice',
        data: {
          noticeId,
          sentOn: body.sentOn,
          method: body.method,
          receivedOn: body.receivedOn,
          nonconformityIds: body.nonconformityIds,
          correctionReason: body.correctionReason,
        },
      },
      origin,
      { noticeId },
    );
  }
}
