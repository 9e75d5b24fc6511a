import { Query } from '@nestjs/cqrs';
import type { CaseSummaryView } from '@lemon/projections';

/** The case summary for today; waits (bounded) until the read model has every event the store holds for the case. */
export class GetCaseSummaryQuery extends Query<CaseSummaryView> {
  constructor(
    readonly caseId: string,
    readonly consistent = true,
  ) {
    super();
  }
}
