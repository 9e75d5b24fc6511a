import { Query } from '@nestjs/cqrs';
import type { Principal } from '@lemon/access';
import type { DeadlineReport } from '@lemon/deadlines';
import type { PresumptionEvaluation } from '@lemon/state-rules';
import type { CaseCut } from '../case-file/case-cut';
import type { CaseSummaryView } from '../case-file/case-summary.view';

export type CaseSummaryWithPresumption = CaseSummaryView & {
  presumption: PresumptionEvaluation;
  deadlines: DeadlineReport;
  /** Set when the view is the file as it stood earlier: at an instant, or right after event `version`. */
  asOf?: { instant: string; legalDate: string; version: number };
};

/** An answer already serialized to JSON, with the case version it shows (its ETag). */
export class SerializedCaseView {
  constructor(
    readonly version: number,
    readonly json: string,
  ) {}
}

/**
 * The case summary with its presumption and deadlines (CaseSummaryWithPresumption), from the
 * case's own events, as the reader may see it, serialized to JSON; with a cut (`asOf`, an instant, or
 * `version`), the file as it stood then: events recorded up to that instant (or up to event N), judged
 * on that day. Today's answer
 * for the firm and for a shared reader is serialized once per case version and legal day, so a
 * read of a case that did not move costs no JSON.stringify (the answer is ~16 kB for a typical
 * case).
 */
export class GetSerializedCaseSummaryQuery extends Query<SerializedCaseView> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly cut: CaseCut = {},
  ) {
    super();
  }
}
