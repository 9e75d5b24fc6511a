import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@lemon/access';
import { PaperworkCaseReader } from '@lemon/cases';
import { manufacturerById } from '@lemon/manufacturers';
import { computeRestitution } from '@lemon/state-rules';
import { AuditedCaseRead } from '../auth/audit-case-read.interceptor';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { CaseResponseHeaders } from '../http/case-response-headers.interceptor';
import { CommandOriginParam, type CommandRequestOrigin } from '../http/command-origin.decorator';
import { caseIdParam } from '../http/request-context';
import { CaseCommandSender } from './case-command.sender';
import { CorrectExpenseRequest, LinkManufacturerRequest, RecordExpenseRequest, RestitutionRequest, VoidRequest } from './dto';

const expenseFields = (body: RecordExpenseRequest) => ({
  kind: body.kind,
  amount: body.amount,
  on: body.on,
  description: body.description,
});

/** The facts behind the paperwork: the manufacturer directory link, incidental expenses, and the restitution figure. */
@ApiTags('restitution')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class PaperworkHttpController {
  constructor(
    private readonly sender: CaseCommandSender,
    private readonly reader: PaperworkCaseReader,
  ) {}

  @Post('manufacturer-link')
  @HttpCode(201)
  @ApiOperation({ summary: 'Link the case to a manufacturer directory entry (notice address, dispute program, participating states)' })
  link(@Param('caseId') caseId: string, @Body() body: LinkManufacturerRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    const entry = manufacturerById(body.manufacturerId)!;
    return this.sender.send(caseId, { type: 'LinkManufacturer', data: { manufacturerId: entry.id, name: entry.name } }, origin, {
      manufacturerId: entry.id,
    });
  }

  @Post('expenses')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record an incidental expense (towing, rental, repair, registration, other): restitution adds it' })
  recordExpense(@Param('caseId') caseId: string, @Body() body: RecordExpenseRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    const expenseId = this.sender.newId();
    return this.sender.send(caseId, { type: 'RecordExpense', data: { expenseId, ...expenseFields(body) } }, origin, { expenseId });
  }

  @Post('expenses/:expenseId/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct an expense: the full corrected record and the reason; the original stays in the history' })
  correctExpense(
    @Param('caseId') caseId: string,
    @Param('expenseId') expenseId: string,
    @Body() body: CorrectExpenseRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      { type: 'CorrectExpense', data: { expenseId, correctionReason: body.correctionReason, ...expenseFields(body) } },
      origin,
      { expenseId },
    );
  }

  @Post('expenses/:expenseId/void')
  @HttpCode(201)
  @ApiOperation({ summary: 'Void an expense recorded in error (with a reason); restitution stops counting it' })
  voidExpense(
    @Param('caseId') caseId: string,
    @Param('expenseId') expenseId: string,
    @Body() body: VoidRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'VoidExpense', data: { expenseId, reason: body.reason } }, origin, { expenseId });
  }

  @Get('restitution')
  @AuditedCaseRead()
  @ApiOperation({
    summary:
      'The repurchase figure: price (or lease payments), collateral charges, incidental expenses, minus the use offset under the state rule; every figure with its arithmetic, statute and events; civil penalty as a range, never added',
  })
  async restitution(@Param('caseId') rawCaseId: string, @Query() query: RestitutionRequest, @CurrentPrincipal() principal: Principal) {
    const caseId = caseIdParam(rawCaseId);
    const { envelopes } = await this.reader.read(principal, caseId, 'read', { firmOnly: true });
    return computeRestitution({ events: envelopes, asOf: query.asOf ?? this.reader.today(), nonconformityId: query.nonconformityId });
  }
}
