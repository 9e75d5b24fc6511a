import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { CorrectDisputeClaimRequest } from './correct-dispute-claim.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CorrectDisputeClaimHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('dispute-claims/:claimId/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: "Correct a dispute claim's filing (program, filed date, manufacturer contacted first) with a reason" })
  handle(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Body() body: CorrectDisputeClaimRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      {
        type: 'CorrectDisputeClaim',
        data: {
          claimId,
          program: body.program,
          filedOn: body.filedOn,
          manufacturerContactedFirst: body.manufacturerContactedFirst,
          correctionReason: body.correctionReason,
        },
      },
      origin,
      { claimId },
    );
  }
}
