import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { CorrectAcquisitionRequest } from './correct-acquisition.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CorrectAcquisitionHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('acquisition/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct the purchase or lease terms (type, delivery date, odometer at delivery, price) with a reason' })
  handle(@Param('caseId') caseId: string, @Body() body: CorrectAcquisitionRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    return this.sender.send(
      caseId,
      {
        type: 'CorrectAcquisition',
        data: {
          acquisition: {
            type: body.type,
            deliveryDate: body.deliveryDate,
            odometerAtDelivery: body.odometerAtDelivery,
            price: body.price,
            collateralCharges: body.collateralCharges,
            leasePaymentsMade: body.leasePaymentsMade,
          },
          correctionReason: body.correctionReason,
        },
      },
      origin,
      {},
    );
  }
}
