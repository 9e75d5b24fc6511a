/**
 * Confidence of a value as the reference material grades it:
 * H = statute text or an official page, corroborated, no sign of amendment;
 * M = a single statute snapshot (2015) or one reputable summary;
 * L = conflicting or weak sources, or not established.
 */
export type Confidence = 'H' | 'M' | 'L';

/** A value together with where it comes from. Every rule-pack value is one of these. */
export interface Sourced<T> {
  value: T;
  confidence: Confidence;
  /** The statute (section where known) the value rests on. */
  citation: string;
  /** Keys of REFERENCE_SOURCES. */
  sources?: readonly string[];
  note?: string;
  /**
   * Readings we chose where the source is silent or ambiguous (e.g. "days" taken as calendar
   * days). Each one is reported as low confidence whenever the value is used.
   */
  interpretations?: readonly string[];
}

export const CONFIDENCE_ORDER: Readonly<Record<Confidence, number>> = { H: 2, M: 1, L: 0 };

export function lowestConfidence(...values: Confidence[]): Confidence {
  return values.reduce<Confidence>((lo, c) => (CONFIDENCE_ORDER[c] < CONFIDENCE_ORDER[lo] ? c : lo), 'H');
}
