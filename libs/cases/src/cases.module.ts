import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CalendarFeedsService } from './calendar-feeds/calendar-feeds.service';
import { ExecuteCaseCommandHandler } from './commands/execute-case-command.handler';
import { CaseStreamReader } from './case-file/case-stream.reader';
import { CaseFileCache } from './case-file/case-file.cache';
import { PaperworkCaseReader } from './paperwork/paperwork-case.reader';
import { ProfileService } from './paperwork/profile.service';
import { DocumentService } from './paperwork/document.service';
import { RepairOrderImportService } from './paperwork/repair-order-import.service';
import { GetCaseAccessLogHandler, GetCaseSharingHandler } from './queries/get-case-access.handler';
import { GetCaseDeadlinesHandler } from './queries/get-case-deadlines.handler';
import { GetCaseHistoryHandler } from './queries/get-case-history.handler';
import { ListDeadlinesHandler } from './queries/list-deadlines.handler';
import { GetCasePresumptionHandler } from './queries/get-case-presumption.handler';
import { GetSerializedCaseSummaryHandler } from './queries/get-case-summary.handler';
import { ListCasesHandler } from './queries/list-cases.handler';

/** Application layer for cases: command and query handlers on the CQRS buses. */
@Module({
  imports: [CqrsModule],
  providers: [
    CalendarFeedsService,
    CaseStreamReader,
    // One per process: the newest version of each case read or written, with its views, bounded (see CaseFileCache).
    { provide: CaseFileCache, useFactory: () => new CaseFileCache() },
    PaperworkCaseReader,
    ProfileService,
    DocumentService,
    RepairOrderImportService,
    ExecuteCaseCommandHandler,
    GetSerializedCaseSummaryHandler,
    GetCasePresumptionHandler,
    ListCasesHandler,
    GetCaseDeadlinesHandler,
    ListDeadlinesHandler,
    GetCaseSharingHandler,
    GetCaseAccessLogHandler,
    GetCaseHistoryHandler,
  ],
  exports: [CaseFileCache, CalendarFeedsService, PaperworkCaseReader, ProfileService, DocumentService, RepairOrderImportService],
})
export class CasesModule {}
