import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { VoidOdometerReadingRequest } from './void-odometer-reading.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class VoidOdometerReadingHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('odometer-readings/:readingId/void')
  @HttpCode(201)
  @ApiOperation({ summary: 'Void an odometer reading entered in error (with a reason); its mileage stops counting' })
  handle(
    @Param('caseId') caseId: string,
    @Param('readingId') readingId: string,
    @Body() body: VoidOdometerReadingRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'VoidOdometerReading', data: { readingId, reason: body.reason } }, origin, { readingId });
  }
}
