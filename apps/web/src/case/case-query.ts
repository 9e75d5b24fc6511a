import { api, call } from '../api/client';
import type { CaseSummary } from '../api/types';
import { cutQuery, type PastCut } from './past-cut';

/** Started by index.html before the app's code has loaded, when a case page is opened directly. */
interface EarlyRequest {
  caseId: string;
  response: Promise<Response>;
}
declare global {
  interface Window {
    __earlyCaseSummary?: EarlyRequest;
  }
}

/** The early answer for this case, once: a failure (an ended session, a network error) is asked again through the API client. */
async function earlyAnswer(caseId: string): Promise<CaseSummary | undefined> {
  const early = window.__earlyCaseSummary;
  if (!early || early.caseId !== caseId) return undefined;
  window.__earlyCaseSummary = undefined;
  try {
    const response = await early.response;
    return response.ok ? ((await response.json()) as CaseSummary) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The case page's one request: the summary carries the presumption and the deadlines as of today,
 * so the page needs no second or third round trip. Opening a case page directly, the request was
 * already started by index.html while the code loaded (no waterfall behind the session check).
 */
export const caseSummaryQuery = (caseId: string, cut?: PastCut) =>
  cut
    ? {
        // The file as it stood then never changes: kept as long as the page is open.
        queryKey: ['case', caseId, 'cut', cutQuery(cut)],
        queryFn: () => call<CaseSummary>(api.GET('/cases/{caseId}', { params: { path: { caseId }, query: cutQuery(cut) } } as never)),
        staleTime: Infinity,
      }
    : {
        queryKey: ['case', caseId],
        queryFn: async () =>
          (await earlyAnswer(caseId)) ?? call<CaseSummary>(api.GET('/cases/{caseId}', { params: { path: { caseId } } } as never)),
      };
