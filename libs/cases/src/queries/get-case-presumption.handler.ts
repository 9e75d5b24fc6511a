import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { PresumptionEvaluation } from '@lemon/state-rules';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { GetCasePresumptionQuery } from './get-case-presumption.query';

@QueryHandler(GetCasePresumptionQuery)
export class GetCasePresumptionHandler implements IQueryHandler<GetCasePresumptionQuery, PresumptionEvaluation> {
  constructor(private readonly cases: CaseStreamReader) {}

  async execute({ principal, caseId, asOf }: GetCasePresumptionQuery): Promise<PresumptionEvaluation> {
    const { file } = await this.cases.read(principal, caseId);
    return file.presumption(asOf ?? this.cases.today());
  }
}
