import { Query } from '@nestjs/cqrs';
import type { CaseSummaryView } from '@lemon/projections';
import type { PresumptionEvaluation } from '@lemon/state-rules';

export type CaseSummaryWithPresumption = CaseSummaryView & { presumption: PresumptionEvaluation };

/** The case summary for today, with its presumption block, consistent with the case's last write. */
export class GetCaseSummaryQuery extends Query<CaseSummaryWithPresumption> {
  constructor(readonly caseId: string) {
    super();
  }
}
