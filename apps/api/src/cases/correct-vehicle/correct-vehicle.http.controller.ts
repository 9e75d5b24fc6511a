import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { CorrectVehicleRequest } from './correct-vehicle.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CorrectVehicleHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('vehicle/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct the vehicle (VIN with its check digit, make, model, model year) with a reason' })
  handle(@Param('caseId') caseId: string, @Body() body: CorrectVehicleRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    const vehicle = { vin: body.vin, make: body.make, model: body.model, modelYear: body.modelYear };
    return this.sender.send(caseId, { type: 'CorrectVehicle', data: { vehicle, correctionReason: body.correctionReason } }, origin, {});
  }
}
