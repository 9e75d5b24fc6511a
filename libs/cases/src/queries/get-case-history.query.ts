import type { CaseCut } from '../case-file/case-cut';
import { Query } from '@nestjs/cqrs';
import type { Principal } from '@lemon/access';
import type { CaseHistoryEntry } from '../case-file/case-history.view';

export type { CaseHistoryEntry } from '../case-file/case-history.view';

export interface CaseHistory {
  caseId: string;
  version: number;
  /** Set when the history is cut at an instant: events recorded up to then. */
  asOf?: string;
  /** This page of the events, oldest first (newest last). */
  events: CaseHistoryEntry[];
  page: number;
  pageSize: number;
  /** Events in the whole history (up to `asOf` when set). */
  total: number;
  totalPages: number;
}

export const HISTORY_DEFAULT_PAGE_SIZE = 100;
export const HISTORY_MAX_PAGE_SIZE = 1000;

/** The events of a case, straight from its stream (the record itself, not a projection), a page at a time. */
export class GetCaseHistoryQuery extends Query<CaseHistory> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly cut: CaseCut = {},
    readonly page = 1,
    readonly pageSize = HISTORY_DEFAULT_PAGE_SIZE,
  ) {
    super();
  }
}
