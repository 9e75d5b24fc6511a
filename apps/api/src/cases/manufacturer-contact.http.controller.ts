import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../http/command-origin.decorator';
import { CaseResponseHeaders } from '../http/case-response-headers.interceptor';
import { CaseCommandSender } from './case-command.sender';
import {
  CompleteFinalRepairOpportunityRequest,
  NotifyManufacturerRequest,
  OfferFinalRepairOpportunityRequest,
  RecordAb1755ElectionRequest,
  RecordManufacturerDisclosureRequest,
} from './dto';

/** Written notices to the manufacturer and its final repair opportunity. */
@ApiTags('manufacturer contact')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class ManufacturerContactHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('manufacturer-notices')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a written notice to the manufacturer: sent, method, received' })
  notify(@Param('caseId') caseId: string, @Body() body: NotifyManufacturerRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    const noticeId = this.sender.newId();
    return this.sender.send(
      caseId,
      {
        type: 'NotifyManufacturer',
        data: {
          noticeId,
          sentOn: body.sentOn,
          method: body.method,
          receivedOn: body.receivedOn,
          nonconformityIds: body.nonconformityIds ?? [],
        },
      },
      origin,
      { noticeId },
    );
  }

  @Post('manufacturer-disclosure')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record whether the manufacturer disclosed the duty to notify it directly (the notice element of CA’s presumption)',
  })
  disclosure(
    @Param('caseId') caseId: string,
    @Body() body: RecordManufacturerDisclosureRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      { type: 'RecordManufacturerDisclosure', data: { noticeRequirementDisclosed: body.noticeRequirementDisclosed, note: body.note } },
      origin,
    );
  }

  @Post('ab1755-election')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Record whether the manufacturer elected the Cal. Code Civ. Proc. 871.20 et seq. (AB 1755) procedure for this California case; its clocks then go on the docket',
  })
  ab1755Election(
    @Param('caseId') caseId: string,
    @Body() body: RecordAb1755ElectionRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      {
        type: 'RecordAb1755Election',
        data: {
          elected: body.elected,
          ...(body.electedOn !== undefined ? { electedOn: body.electedOn } : {}),
          ...(body.source !== undefined ? { source: body.source } : {}),
        },
      },
      origin,
    );
  }

  @Post('final-repair-opportunities')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record the manufacturer’s final repair opportunity being offered' })
  offer(
    @Param('caseId') caseId: string,
    @Body() body: OfferFinalRepairOpportunityRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    const opportunityId = this.sender.newId();
    return this.sender.send(
      caseId,
      {
        type: 'OfferFinalRepairOpportunity',
        data: { opportunityId, offeredOn: body.offeredOn, nonconformityIds: body.nonconformityIds ?? [] },
      },
      origin,
      { opportunityId },
    );
  }

  @Post('final-repair-opportunities/:opportunityId/completion')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record the outcome of the final repair opportunity' })
  complete(
    @Param('caseId') caseId: string,
    @Param('opportunityId') opportunityId: string,
    @Body() body: CompleteFinalRepairOpportunityRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'CompleteFinalRepairOpportunity', data: { opportunityId, ...body } }, origin, {
      opportunityId,
    });
  }
}
