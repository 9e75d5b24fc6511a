import type { CaseSummary } from '../api/types';
import { addDays, toUtc } from './dates';

export interface Span {
  from: string;
  to: string;
}

/**
 * Days out of service as merged spans: repair visits (date in to date out, or through today when
 * still open) and recorded intervals, voided ones left out; overlapping or touching spans become
 * one, so no day is drawn twice. Excluded days are not subtracted here (the count comes from the API).
 */
export function mergedOutOfService(summary: Pick<CaseSummary, 'repairAttempts' | 'outOfService'>, today: string): Span[] {
  const spans: Span[] = [
    ...summary.repairAttempts.filter((r) => !r.voided).map((r) => ({ from: r.dateIn, to: r.dateOut ?? today })),
    ...(summary.outOfService?.intervals ?? []).filter((i) => !i.voided).map((i) => ({ from: i.from, to: i.to })),
  ].sort((a, b) => toUtc(a.from) - toUtc(b.from));
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && toUtc(span.from) <= toUtc(addDays(last.to, 1))) {
      if (toUtc(span.to) > toUtc(last.to)) last.to = span.to;
    } else merged.push({ ...span });
  }
  return merged;
}

/** Replaces ids the API still puts in labels with what people read (defect descriptions). */
export function withNames(text: string, names: Record<string, string>): string {
  return Object.entries(names).reduce((out, [id, name]) => out.split(id).join(`“${name}”`), text);
}
