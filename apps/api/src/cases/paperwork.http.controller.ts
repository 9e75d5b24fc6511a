import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@lemon/access';
import { CaseStreamReader } from '@lemon/cases';
import { manufacturerById } from '@lemon/manufacturers';
import { computeRestitution } from '@lemon/state-rules';
import type { Request, Response } from 'express';
import { AuditedCaseRead } from '../auth/audit-case-read.interceptor';
import { CurrentPrincipal } from '../auth/auth.decorators';
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
@Controller('cases/:caseId')
export class PaperworkHttpController {
  constructor(
    private readonly sender: CaseCommandSender,
    private readonly reader: CaseStreamReader,
  ) {}

  @Post('manufacturer-link')
  @HttpCode(201)
  @ApiOperation({ summary: 'Link the case to a manufacturer directory entry (notice address, dispute program, participating states)' })
  link(
    @Param('caseId') caseId: string,
    @Body() body: LinkManufacturerRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const entry = manufacturerById(body.manufacturerId)!;
    return this.sender.send(caseId, { type: 'LinkManufacturer', data: { manufacturerId: entry.id, name: entry.name } }, req, res, {
      manufacturerId: entry.id,
    });
  }

  @Post('expenses')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record an incidental expense (towing, rental, repair, registration, other): restitution adds it' })
  recordExpense(
    @Param('caseId') caseId: string,
    @Body() body: RecordExpenseRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const expenseId = this.sender.newId();
    return this.sender.send(caseId, { type: 'RecordExpense', data: { expenseId, ...expenseFields(body) } }, req, res, { expenseId });
  }

  @Post('expenses/:expenseId/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct an expense: the full corrected record and the reason; the original stays in the history' })
  correctExpense(
    @Param('caseId') caseId: string,
    @Param('expenseId') expenseId: string,
    @Body() body: CorrectExpenseRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(
      caseId,
      { type: 'CorrectExpense', data: { expenseId, correctionReason: body.correctionReason, ...expenseFields(body) } },
      req,
      res,
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
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(caseId, { type: 'VoidExpense', data: { expenseId, reason: body.reason } }, req, res, { expenseId });
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
