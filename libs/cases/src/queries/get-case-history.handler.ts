import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { historyEntryFor, noteEventsSharedReadersSee } from '../case-file/case-privilege';
import { cutOf } from '../case-file/case-cut';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { GetCaseHistoryQuery, type CaseHistory } from './get-case-history.query';

@QueryHandler(GetCaseHistoryQuery)
export class GetCaseHistoryHandler implements IQueryHandler<GetCaseHistoryQuery, CaseHistory> {
  constructor(private readonly cases: CaseStreamReader) {}

  async execute({ principal, caseId, cut, page, pageSize }: GetCaseHistoryQuery): Promise<CaseHistory> {
    const { file: current, audience } = await this.cases.read(principal, caseId);
    const { file, at } = cutOf(current, caseId, cut);
    const entries = file.history(); // all of them: a correction on this page names what it supersedes on an earlier one
    // Which notes a shared reader may see is judged on the case now (a note made firm-private is gone from every as-of view too).
    const noteEvents = audience === 'shared' ? noteEventsSharedReadersSee(current.state()) : undefined;
    const total = entries.length;
    return {
      caseId,
      version: file.version,
      ...(at ? { asOf: at.toISOString() } : {}),
      events: entries.slice((page - 1) * pageSize, page * pageSize).map((entry) => historyEntryFor(audience, entry, noteEvents)),
      page,
      pageSize,
      total,
      totalPages: Math.max(1, Math.ceil(total / pageSize)),
    };
  }
}
