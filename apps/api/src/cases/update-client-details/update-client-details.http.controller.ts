import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { UpdateClientDetailsRequest } from './update-client-details.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class UpdateClientDetailsHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('client')
  @HttpCode(201)
  @ApiOperation({
    summary: "Update the client's contact details (name, email, phone, address), replacing them as a whole; allowed on resolved cases",
  })
  handle(@Param('caseId') caseId: string, @Body() body: UpdateClientDetailsRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    return this.sender.send(
      caseId,
      {
        type: 'UpdateClientDetails',
        data: { client: { name: body.name, email: body.email, phone: body.phone, address: body.address } },
      },
      origin,
      {},
    );
  }
}
