import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessDenied, AccessLogService } from '@lemon/access';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { GetCaseAccessLogQuery, GetCaseSharingQuery, type CaseSharing } from './get-case-access.query';

@QueryHandler(GetCaseSharingQuery)
export class GetCaseSharingHandler implements IQueryHandler<GetCaseSharingQuery, CaseSharing> {
  constructor(private readonly cases: CaseStreamReader) {}

  async execute({ principal, caseId }: GetCaseSharingQuery): Promise<CaseSharing> {
    const { file, audience } = await this.cases.read(principal, caseId);
    if (audience !== 'firm') throw new AccessDenied('only the owning firm sees who a case is shared with');
    const { ownerOrganisationId, sharedWith } = file.access();
    return { caseId, ownerOrganisationId: ownerOrganisationId!, sharedWith: [...sharedWith].sort() };
  }
}

@QueryHandler(GetCaseAccessLogQuery)
export class GetCaseAccessLogHandler implements IQueryHandler<GetCaseAccessLogQuery> {
  constructor(
    private readonly cases: CaseStreamReader,
    @Inject(AccessLogService) private readonly accessLog: AccessLogService,
  ) {}

  async execute({ principal, caseId }: GetCaseAccessLogQuery) {
    await this.cases.read(principal, caseId, 'read_access_log');
    return { caseId, reads: await this.accessLog.reads(caseId) };
  }
}
