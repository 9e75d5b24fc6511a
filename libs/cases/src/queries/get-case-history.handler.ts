import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@lemon/domain';
import { historyEntryFor, noteEventsSharedReadersSee } from '../case-file/case-privilege';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { GetCaseHistoryQuery, type CaseHistory } from './get-case-history.query';

@QueryHandler(GetCaseHistoryQuery)
export class GetCaseHistoryHandler implements IQueryHandler<GetCaseHistoryQuery, CaseHistory> {
  constructor(private readonly cases: CaseStreamReader) {}

  async execute({ principal, caseId, asOf, page, pageSize }: GetCaseHistoryQuery): Promise<CaseHistory> {
    const { file: current, audience } = await this.cases.read(principal, caseId);
    const file = asOf ? current.asOf(asOf) : current;
    if (!file) throw new DomainError('case_not_found', `case ${caseId} had not been opened at ${asOf!.toISOString()}`);
    const entries = file.history(); // all of them: a correction on this page names what it supersedes on an earlier one
    // Which notes a shared reader may see is judged on the case now (a note made firm-private is gone from every as-of view too).
    const noteEvents = audience === 'shared' ? noteEventsSharedReadersSee(current.state()) : undefined;
    const total = entries.length;
    return {
      caseId,
      version: file.version,
      ...(asOf ? { asOf: asOf.toISOString() } : {}),
      events: entries.slice((page - 1) * pageSize, page * pageSize).map((entry) => historyEntryFor(audience, entry, noteEvents)),
      page,
      pageSize,
      total,
      totalPages: Math.max(1, Math.ceil(total / pageSize)),
    };
  }
}
