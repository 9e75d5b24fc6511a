import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { evaluateCasePresumption } from '@lemon/projections';
import type { PresumptionEvaluation } from '@lemon/state-rules';
import { CaseRowReader } from './case-row.reader';
import { GetCasePresumptionQuery } from './get-case-presumption.query';

@QueryHandler(GetCasePresumptionQuery)
export class GetCasePresumptionHandler implements IQueryHandler<GetCasePresumptionQuery, PresumptionEvaluation> {
  constructor(private readonly rows: CaseRowReader) {}

  async execute({ principal, caseId, asOf }: GetCasePresumptionQuery): Promise<PresumptionEvaluation> {
    const row = await this.rows.readFor(principal, caseId);
    return evaluateCasePresumption(row.jurisdiction, row.events, asOf ?? this.rows.today());
  }
}
