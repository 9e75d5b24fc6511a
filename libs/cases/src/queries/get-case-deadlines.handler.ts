import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DeadlineReport } from '@lemon/deadlines';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { GetCaseDeadlinesQuery } from './get-case-deadlines.query';

@QueryHandler(GetCaseDeadlinesQuery)
export class GetCaseDeadlinesHandler implements IQueryHandler<GetCaseDeadlinesQuery, DeadlineReport> {
  constructor(private readonly cases: CaseStreamReader) {}

  async execute({ principal, caseId, asOf }: GetCaseDeadlinesQuery): Promise<DeadlineReport> {
    const { file } = await this.cases.read(principal, caseId);
    return file.deadlines(asOf ?? this.cases.today());
  }
}
