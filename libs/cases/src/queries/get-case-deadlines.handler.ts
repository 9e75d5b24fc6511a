import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { computeDeadlines, type DeadlineReport } from '@lemon/deadlines';
import { toEnvelopes } from '@lemon/projections';
import { CaseRowReader } from './case-row.reader';
import { GetCaseDeadlinesQuery } from './get-case-deadlines.query';

@QueryHandler(GetCaseDeadlinesQuery)
export class GetCaseDeadlinesHandler implements IQueryHandler<GetCaseDeadlinesQuery, DeadlineReport> {
  constructor(private readonly rows: CaseRowReader) {}

  async execute({ principal, caseId, asOf }: GetCaseDeadlinesQuery): Promise<DeadlineReport> {
    const row = await this.rows.readFor(principal, caseId);
    return computeDeadlines({ events: toEnvelopes(row.events), asOf: asOf ?? this.rows.today() });
  }
}
