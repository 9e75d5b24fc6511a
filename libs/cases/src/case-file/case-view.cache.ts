import type { DeadlineReport } from '@lemon/deadlines';
import type { CaseState } from '@lemon/domain';
import type { PresumptionEvaluation } from '@lemon/state-rules';
import { LRUCache } from 'lru-cache';
import type { CaseHistoryEntry } from './case-history.view';
import type { CaseSummaryView } from './case-summary.view';

/** What one (case, version, legal day) yields; each view is computed on first use. */
export interface CaseViews {
  state?: CaseState;
  summary?: CaseSummaryView;
  presumption?: PresumptionEvaluation;
  deadlines?: DeadlineReport;
  history?: CaseHistoryEntry[];
}

/** Views that do not depend on "today" (the folded state, the history) are kept under this day. */
export const ANY_DAY = '*';

/**
 * A case's events up to a version never change, so their views for one legal day never change
 * either: the key is everything they depend on.
 */
export const caseViewKey = (caseId: string, version: number, legalDay: string): string => `${caseId}@${version}@${legalDay}`;

export interface CaseViewCacheLimits {
  /** Most (case, version, day) entries kept. */
  maxEntries: number;
  /** Most events behind the kept entries together: memory stays proportional to events, not to entries. */
  maxEvents: number;
}

export const DEFAULT_CASE_VIEW_CACHE_LIMITS: CaseViewCacheLimits = { maxEntries: 5_000, maxEvents: 500_000 };

/**
 * Derived views of single cases, least recently used first out (lru-cache). The values are shared
 * between requests: callers must never mutate them (privilege filters build new objects).
 */
export class CaseViewCache {
  private readonly lru: LRUCache<string, CaseViews>;

  constructor(limits: CaseViewCacheLimits = DEFAULT_CASE_VIEW_CACHE_LIMITS) {
    this.lru = new LRUCache<string, CaseViews>({ max: limits.maxEntries, maxSize: limits.maxEvents });
  }

  /** The view `kind` of the entry `key` (built over `eventCount` events), computed once. */
  view<K extends keyof CaseViews>(
    key: string,
    eventCount: number,
    kind: K,
    compute: () => NonNullable<CaseViews[K]>,
  ): NonNullable<CaseViews[K]> {
    let views = this.lru.get(key);
    if (!views) {
      views = {};
      this.lru.set(key, views, { size: Math.max(1, eventCount) });
    }
    return (views[kind] ??= compute()) as NonNullable<CaseViews[K]>;
  }

  has(key: string): boolean {
    return this.lru.has(key);
  }

  get size(): number {
    return this.lru.size;
  }
}
