import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { CorrectNonconformityRequest } from './correct-nonconformity.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CorrectNonconformityHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('nonconformities/:nonconformityId/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct a nonconformity (description, safety flag, first report) with a reason' })
  handle(
    @Param('caseId') caseId: string,
    @Param('nonconformityId') nonconformityId: string,
    @Body() body: CorrectNonconformityRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      {
        type: 'CorrectNonconformity',
        data: {
          nonconformityId,
          description: body.description,
          safetyCritical: body.safetyCritical,
          firstReportedOn: body.firstReportedOn,
          mileage: body.mileage,
          correctionReason: body.correctionReason,
        },
      },
      origin,
      { nonconformityId },
    );
  }
}
