import { Query } from '@nestjs/cqrs';
import type { Principal } from '@lemon/access';
import type { DeadlineReport } from '@lemon/deadlines';
import type { PresumptionEvaluation } from '@lemon/state-rules';
import type { CaseSummaryView } from '../case-file/case-summary.view';

export type CaseSummaryWithPresumption = CaseSummaryView & {
  presumption: PresumptionEvaluation;
  deadlines: DeadlineReport;
  /** Set when the view is the file as it stood at an earlier instant. */
  asOf?: { instant: string; legalDate: string };
};

/**
 * The case summary with its presumption and deadlines, from the case's own events; with `asOf`
 * (an instant), the file as it stood then: events recorded up to that instant, judged on that day.
 */
export class GetCaseSummaryQuery extends Query<CaseSummaryWithPresumption> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly asOf?: Date,
  ) {
    super();
  }
}
