import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import {
  CorrectDisputeAcceptanceRequest,
  CorrectDisputeDecisionRequest,
  CorrectDisputeInspectionRequest,
  CorrectDisputeRejectionRequest,
  CorrectManufacturerComplianceRequest,
} from './correct-dispute-claim-step.request.dto';

/** One route per step, under the step's own route: `…/dispute-claims/{claimId}/{inspection|decision|acceptance|rejection|compliance}/corrections`. */
@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId/dispute-claims/:claimId')
export class CorrectDisputeClaimStepHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('inspection/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct the inspection request of a dispute claim (date, additional days) with a reason' })
  inspection(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Body() body: CorrectDisputeInspectionRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    const data = { claimId, requestedOn: body.requestedOn, additionalDays: body.additionalDays, correctionReason: body.correctionReason };
    return this.sender.send(caseId, { type: 'CorrectDisputeInspection', data }, origin, { claimId });
  }

  @Post('decision/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct the decision of a dispute claim (date, award, summary) with a reason' })
  decision(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Body() body: CorrectDisputeDecisionRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    const data = { claimId, decidedOn: body.decidedOn, award: body.award, summary: body.summary, correctionReason: body.correctionReason };
    return this.sender.send(caseId, { type: 'CorrectDisputeDecision', data }, origin, { claimId });
  }

  @Post('acceptance/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct the date the decision was accepted, with a reason' })
  acceptance(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Body() body: CorrectDisputeAcceptanceRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    const data = { claimId, acceptedOn: body.acceptedOn, correctionReason: body.correctionReason };
    return this.sender.send(caseId, { type: 'CorrectDisputeAcceptance', data }, origin, { claimId });
  }

  @Post('rejection/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct the date the decision was rejected, with a reason' })
  rejection(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Body() body: CorrectDisputeRejectionRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    const data = { claimId, rejectedOn: body.rejectedOn, correctionReason: body.correctionReason };
    return this.sender.send(caseId, { type: 'CorrectDisputeRejection', data }, origin, { claimId });
  }

  @Post('compliance/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: "Correct the date of the manufacturer's compliance, with a reason" })
  compliance(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Body() body: CorrectManufacturerComplianceRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    const data = { claimId, compliedOn: body.compliedOn, correctionReason: body.correctionReason };
    return this.sender.send(caseId, { type: 'CorrectManufacturerCompliance', data }, origin, { claimId });
  }
}
