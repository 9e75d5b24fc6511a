import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { VoidNonconformityRequest } from './void-nonconformity.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class VoidNonconformityHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('nonconformities/:nonconformityId/void')
  @HttpCode(201)
  @ApiOperation({ summary: 'Void a nonconformity reported in error (with a reason); records naming it must be corrected or voided first' })
  handle(
    @Param('caseId') caseId: string,
    @Param('nonconformityId') nonconformityId: string,
    @Body() body: VoidNonconformityRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'VoidNonconformity', data: { nonconformityId, reason: body.reason } }, origin, {
      nonconformityId,
    });
  }
}
