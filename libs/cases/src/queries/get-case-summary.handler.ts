import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { caseSummaryView, evaluateCasePresumption } from '@lemon/projections';
import { CaseRowReader } from './case-row.reader';
import { GetCaseSummaryQuery, type CaseSummaryWithPresumption } from './get-case-summary.query';

@QueryHandler(GetCaseSummaryQuery)
export class GetCaseSummaryHandler implements IQueryHandler<GetCaseSummaryQuery, CaseSummaryWithPresumption> {
  constructor(private readonly rows: CaseRowReader) {}

  async execute({ caseId }: GetCaseSummaryQuery): Promise<CaseSummaryWithPresumption> {
    const row = await this.rows.read(caseId);
    const today = this.rows.today();
    return { ...caseSummaryView(row, today), presumption: evaluateCasePresumption(row.jurisdiction, row.events, today) };
  }
}
