import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../http/command-origin.decorator';
import { CaseResponseHeaders } from '../http/case-response-headers.interceptor';
import { CaseCommandSender } from './case-command.sender';
import {
  AcceptDisputeDecisionRequest,
  FileDisputeClaimRequest,
  IssueDisputeDecisionRequest,
  RecordManufacturerComplianceRequest,
  RejectDisputeDecisionRequest,
  RequestDisputeInspectionRequest,
} from './dto';

/** The informal dispute program (BBB AUTO LINE): claim, inspection, decision, acceptance or rejection, compliance. */
@ApiTags('dispute claims')
@CaseResponseHeaders()
@Controller('cases/:caseId/dispute-claims')
export class DisputeClaimsHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'File a dispute claim (e.g. BBB AUTO LINE), noting whether the manufacturer was contacted first' })
  file(@Param('caseId') caseId: string, @Body() body: FileDisputeClaimRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    const claimId = this.sender.newId();
    return this.sender.send(caseId, { type: 'FileDisputeClaim', data: { claimId, ...body } }, origin, { claimId });
  }

  @Post(':claimId/inspection')
  @HttpCode(201)
  @ApiOperation({ summary: 'An independent inspection was requested: up to 30 more days for the decision' })
  inspection(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Body() body: RequestDisputeInspectionRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'RequestDisputeInspection', data: { claimId, ...body } }, origin, { claimId });
  }

  @Post(':claimId/decision')
  @HttpCode(201)
  @ApiOperation({ summary: 'The program issued its decision' })
  decision(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Body() body: IssueDisputeDecisionRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'IssueDisputeDecision', data: { claimId, ...body } }, origin, { claimId });
  }

  @Post(':claimId/acceptance')
  @HttpCode(201)
  @ApiOperation({ summary: 'The consumer accepted the decision: the manufacturer’s 30-day compliance clock starts' })
  acceptance(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Body() body: AcceptDisputeDecisionRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'AcceptDisputeDecision', data: { claimId, ...body } }, origin, { claimId });
  }

  @Post(':claimId/rejection')
  @HttpCode(201)
  @ApiOperation({ summary: 'The consumer rejected the decision' })
  rejection(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Body() body: RejectDisputeDecisionRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'RejectDisputeDecision', data: { claimId, ...body } }, origin, { claimId });
  }

  @Post(':claimId/compliance')
  @HttpCode(201)
  @ApiOperation({ summary: 'The manufacturer complied with the accepted decision' })
  compliance(
    @Param('caseId') caseId: string,
    @Param('claimId') claimId: string,
    @Body() body: RecordManufacturerComplianceRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'RecordManufacturerCompliance', data: { claimId, ...body } }, origin, { claimId });
  }
}
