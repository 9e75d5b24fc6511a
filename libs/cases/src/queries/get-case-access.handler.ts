import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessDenied, AccessLogService } from '@lemon/access';
import { CaseRowReader } from './case-row.reader';
import { GetCaseAccessLogQuery, GetCaseSharingQuery, type CaseSharing } from './get-case-access.query';

@QueryHandler(GetCaseSharingQuery)
export class GetCaseSharingHandler implements IQueryHandler<GetCaseSharingQuery, CaseSharing> {
  constructor(private readonly rows: CaseRowReader) {}

  async execute({ principal, caseId }: GetCaseSharingQuery): Promise<CaseSharing> {
    const row = await this.rows.readFor(principal, caseId);
    if (row.organisationId !== principal.organisationId) throw new AccessDenied('only the owning firm sees who a case is shared with');
    return { caseId, ownerOrganisationId: row.organisationId, sharedWith: row.sharedWith };
  }
}

@QueryHandler(GetCaseAccessLogQuery)
export class GetCaseAccessLogHandler implements IQueryHandler<GetCaseAccessLogQuery> {
  constructor(
    private readonly rows: CaseRowReader,
    @Inject(AccessLogService) private readonly accessLog: AccessLogService,
  ) {}

  async execute({ principal, caseId }: GetCaseAccessLogQuery) {
    await this.rows.readFor(principal, caseId, 'read_access_log');
    return { caseId, reads: await this.accessLog.reads(caseId) };
  }
}
