import type { CaseReader, CaseReadRequest } from '@lemon/access';
import { Query } from '@nestjs/cqrs';

export interface CaseListItem {
  caseId: string;
  version: number;
  status: string;
  jurisdiction: string;
  clientName: string;
  vehicle: { vin: string; make: string; model: string; modelYear: number };
  deliveryDate: string;
  /** The statutory presumption's status today. */
  presumptionStatus: string;
  openedAt: string;
  updatedAt: string;
  /** The manufacturer as recorded on the case, and the directory entry it links to (null when none). */
  manufacturer: { name: string; directoryId: string | null };
  /** The case's earliest deadline due today or later that is still open (a duty, or a rights period's end); null when none. */
  nextDeadline: CaseNextDeadline | null;
  /** Calendar days out of service today, merged so no day counts twice (an open repair counts through today). */
  daysOutOfService: number;
  /** The case's last recorded event: when, and its type (e.g. RepairAttemptRecorded). */
  lastActivity: { at: string; eventType: string };
}

export interface CaseNextDeadline {
  deadlineId: string;
  kind: string;
  title: string;
  dueOn: string;
  dueIsEstimate: boolean;
  /** Who must act: consumer, firm, manufacturer, program or court (from the kind). */
  actor: string;
  status: string;
}

export interface CaseListPage {
  items: CaseListItem[];
  page: number;
  pageSize: number;
  total: number;
}

/** What the case list can be ordered by (`GET /cases?sort=key`, `-key` for descending). */
export const CASE_LIST_SORT_KEYS = [
  'client',
  'jurisdiction',
  'delivered',
  'opened',
  'lastActivity',
  'nextDeadline',
  'presumption',
  'daysOutOfService',
] as const;
export type CaseListSortKey = (typeof CASE_LIST_SORT_KEYS)[number];

export interface CaseListSort {
  key: CaseListSortKey;
  descending: boolean;
}

/** The list's order when none is asked for: the newest case first. */
export const DEFAULT_CASE_LIST_SORT: CaseListSort = { key: 'opened', descending: true };

export interface CaseListFilter {
  /** Only cases this organisation owns or was shared. */
  visibleTo: string;
  jurisdiction?: string;
  status?: string;
  q?: string;
  /** MET | NOT_MET | PERIOD_EXPIRED | INSUFFICIENT_DATA, as of today. */
  presumption?: string;
  /** Manufacturer name or vehicle make (contains, any case), or a manufacturer directory id (exact). */
  manufacturer?: string;
  /** Only cases with an open deadline due between today and today + N days. */
  dueWithinDays?: number;
  /** The order of the rows (ties: by case id); default the newest case first. */
  sort?: CaseListSort;
  page: number;
  pageSize: number;
  /** Wait until the case list has applied the log up to this position (read-your-writes). */
  minPosition?: string;
}

/** The reader of a list across cases and the request it came through. */
export interface CaseListReadBy {
  reader: CaseReader;
  request: CaseReadRequest;
}

export class ListCasesQuery extends Query<CaseListPage> {
  constructor(
    readonly filter: CaseListFilter,
    /** Who reads and through which request: a read of a case shared with the reader's organisation is put in that case's access log. */
    readonly readBy?: CaseListReadBy,
  ) {
    super();
  }
}
