import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { VoidManufacturerNoticeRequest } from './void-manufacturer-notice.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class VoidManufacturerNoticeHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('manufacturer-notices/:noticeId/void')
  @HttpCode(201)
  @ApiOperation({ summary: 'Void a written notice recorded in error (with a reason)' })
  handle(
    @Param('caseId') caseId: string,
    @Param('noticeId') noticeId: string,
    @Body() body: VoidManufacturerNoticeRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'VoidManufacturerNotice', data: { noticeId, reason: body.reason } }, origin, { noticeId });
  }
}
