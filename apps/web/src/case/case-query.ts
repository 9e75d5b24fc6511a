import { api, call } from '../api/client';
import type { CaseSummary } from '../api/types';

/**
 * The case page's one request: the summary carries the presumption and the deadlines as of today,
 * so the page needs no second or third round trip. Shared with App.tsx, which starts it while the
 * session is still being checked (no waterfall).
 */
export const caseSummaryQuery = (caseId: string) => ({
  queryKey: ['case', caseId],
  queryFn: () => call<CaseSummary>(api.GET('/cases/{caseId}', { params: { path: { caseId } } } as never)),
});
