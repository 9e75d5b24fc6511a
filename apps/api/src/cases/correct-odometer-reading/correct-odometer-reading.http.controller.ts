import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { CorrectOdometerReadingRequest } from './correct-odometer-reading.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CorrectOdometerReadingHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('odometer-readings/:readingId/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct an odometer reading: the full corrected reading and the reason; the original stays in the history' })
  handle(
    @Param('caseId') caseId: string,
    @Param('readingId') readingId: string,
    @Body() body: CorrectOdometerReadingRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      {
        type: 'CorrectOdometerReading',
        data: { readingId, readOn: body.readOn, mileage: body.mileage, source: body.source, correctionReason: body.correctionReason },
        confirm: { confirmImplausible: body.confirmImplausible },
      },
      origin,
      { readingId },
    );
  }
}
