import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@lemon/domain';
import { summaryFor } from '../case-file/case-privilege';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { GetCaseSummaryQuery, type CaseSummaryWithPresumption } from './get-case-summary.query';

@QueryHandler(GetCaseSummaryQuery)
export class GetCaseSummaryHandler implements IQueryHandler<GetCaseSummaryQuery, CaseSummaryWithPresumption> {
  constructor(private readonly cases: CaseStreamReader) {}

  async execute({ principal, caseId, asOf }: GetCaseSummaryQuery): Promise<CaseSummaryWithPresumption> {
    const { file: current, audience } = await this.cases.read(principal, caseId);
    const file = asOf ? current.asOf(asOf) : current;
    if (!file) throw new DomainError('case_not_found', `case ${caseId} had not been opened at ${asOf!.toISOString()}`);
    const day = asOf ? this.cases.dayOf(asOf) : this.cases.today();
    const summary = {
      ...file.summary(day),
      presumption: file.presumption(day),
      deadlines: file.deadlines(day),
      ...(asOf ? { asOf: { instant: asOf.toISOString(), legalDate: day } } : {}),
    };
    return summaryFor(audience, summary, file.events);
  }
}
