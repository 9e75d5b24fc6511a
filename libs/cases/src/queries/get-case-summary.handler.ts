import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { computeDeadlines } from '@lemon/deadlines';
import { DomainError } from '@lemon/domain';
import { caseFileAsOf, caseSummaryView, evaluateCasePresumption, toEnvelopes } from '@lemon/projections';
import { CaseRowReader } from './case-row.reader';
import { GetCaseSummaryQuery, type CaseSummaryWithPresumption } from './get-case-summary.query';

@QueryHandler(GetCaseSummaryQuery)
export class GetCaseSummaryHandler implements IQueryHandler<GetCaseSummaryQuery, CaseSummaryWithPresumption> {
  constructor(private readonly rows: CaseRowReader) {}

  async execute({ principal, caseId, asOf }: GetCaseSummaryQuery): Promise<CaseSummaryWithPresumption> {
    const current = await this.rows.readFor(principal, caseId);
    const row = asOf ? caseFileAsOf(current, asOf) : current;
    if (!row) throw new DomainError('case_not_found', `case ${caseId} had not been opened at ${asOf!.toISOString()}`);
    const day = asOf ? this.rows.dayOf(asOf) : this.rows.today();
    return {
      ...caseSummaryView(row, day),
      presumption: evaluateCasePresumption(row.jurisdiction, row.events, day),
      deadlines: computeDeadlines({ events: toEnvelopes(row.events), asOf: day }),
      ...(asOf ? { asOf: { instant: asOf.toISOString(), legalDate: day } } : {}),
    };
  }
}
