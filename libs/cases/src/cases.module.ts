import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ExecuteCaseCommandHandler } from './commands/execute-case-command.handler';
import { CaseRowReader } from './queries/case-row.reader';
import { GetCaseHistoryHandler } from './queries/get-case-history.handler';
import { GetCasePresumptionHandler } from './queries/get-case-presumption.handler';
import { GetCaseSummaryHandler } from './queries/get-case-summary.handler';
import { ListCasesHandler } from './queries/list-cases.handler';

/** Application layer for cases: command and query handlers on the CQRS buses. */
@Module({
  imports: [CqrsModule],
  providers: [
    CaseRowReader,
    ExecuteCaseCommandHandler,
    GetCaseSummaryHandler,
    GetCasePresumptionHandler,
    ListCasesHandler,
    GetCaseHistoryHandler,
  ],
})
export class CasesModule {}
