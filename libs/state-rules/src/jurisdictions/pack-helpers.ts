import type { LegalDate } from '@lemon/domain';
import { PRONG_KINDS, type ProngKind } from '../state-rule-pack';
import type { Confidence, Sourced } from '../sourced';

/** `effectiveFrom` of a pack's first version when the reference gives no enactment date. */
export const EARLIEST: LegalDate = '1900-01-01';

export const ALL_PRONGS: readonly ProngKind[] = PRONG_KINDS;
export const NO_PRONGS: readonly ProngKind[] = [];

export function sourced<T>(
  value: T,
  confidence: Confidence,
  citation: string,
  sources: readonly string[],
  extra: { note?: string; interpretations?: readonly string[] } = {},
): Sourced<T> {
  return { value, confidence, citation, ...(sources.length ? { sources } : {}), ...extra };
}

export function earliestBasis(citation: string): Sourced<string> {
  return sourced(
    'Earliest encoded text: the reference gives no enactment date, so this version applies to every delivery date before any later version.',
    'M',
    citation,
    [],
  );
}
