import { asOfInstant } from '../lib/dates';

/**
 * A past state of the file that the case page shows (read-only): what had been recorded by an instant (`?asOf=`, a day
 * meaning its end), or the file right after its event N (`?version=`, exact even where events share an instant).
 */
export type PastCut = { asOf: string } | { version: number };

export function pastCutFrom(params: URLSearchParams): PastCut | undefined {
  const version = params.get('version');
  if (version && /^[1-9]\d{0,9}$/.test(version)) return { version: Number(version) };
  const asOf = asOfInstant(params.get('asOf'));
  return asOf ? { asOf } : undefined;
}

/** The API's query for the cut (GET /cases/{id} and /history take the same two). */
export const cutQuery = (cut: PastCut | undefined): { asOf?: string; version?: number } =>
  !cut ? {} : 'version' in cut ? { version: cut.version } : { asOf: cut.asOf };

/** The page's address for a cut of a case. */
export const cutPath = (caseId: string, cut: PastCut) =>
  `/cases/${caseId}?${'version' in cut ? `version=${cut.version}` : `asOf=${encodeURIComponent(cut.asOf)}`}`;
