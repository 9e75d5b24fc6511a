import type { CaseListReadBy } from './list-cases.query';
import { Query } from '@nestjs/cqrs';

export interface DocketFilter {
  /** Only deadlines of cases this organisation owns or was shared. */
  visibleTo: string;
  dueBefore?: string;
  dueAfter?: string;
  status?: string;
  jurisdiction?: string;
  kind?: string;
  page: number;
  pageSize: number;
}

export interface DocketEntry {
  deadlineId: string;
  caseId: string;
  /** The client's name and the vehicle, beside the case id (people read names, not ids). */
  clientName: string;
  vehicle: { modelYear: number | null; make: string; model: string };
  jurisdiction: string;
  kind: string;
  title: string;
  /** Who must act: consumer, firm, manufacturer, program or court (from the kind). */
  actor: string;
  dueOn: string | null;
  dueIsEstimate: boolean;
  dayType: string;
  /** Status today: an OPEN deadline whose last day has passed is MISSED (a program's: OVERDUE); an UPCOMING period end PASSED. */
  status: string;
  statusReason: string | null;
  rule: { text: string; citation: string; confidence: string; rulePackVersion: string };
  computation: string;
  basedOn: string[];
  lowConfidence: boolean;
}

export interface DocketPage {
  items: DocketEntry[];
  page: number;
  pageSize: number;
  /** Matching deadlines, counted up to DOCKET_COUNT_CAP (then `totalIsCapped`): an exact count of a large docket costs more than the page. */
  total: number;
  /** True when more than DOCKET_COUNT_CAP deadlines match: `total` is then the cap, not the count. */
  totalIsCapped: boolean;
  /** Whether a next page exists. */
  hasMore: boolean;
  asOf: string;
}

/** How far the docket counts matching deadlines for `total`. */
export const DOCKET_COUNT_CAP = 1000;

/** The docket across cases, sorted by due date. */
export class ListDeadlinesQuery extends Query<DocketPage> {
  constructor(
    readonly filter: DocketFilter,
    /** Who reads and through which request: a read of a case shared with the reader's organisation is put in that case's access log. */
    readonly readBy?: CaseListReadBy,
  ) {
    super();
  }
}
