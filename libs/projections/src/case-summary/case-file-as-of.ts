import type { CaseSummaryEntity } from './case-summary.entity';

/**
 * The case file as it stood at an instant: only events recorded up to then ("what did the file
 * say at that moment"). Undefined when the case had not been opened yet.
 */
export function caseFileAsOf(row: CaseSummaryEntity, instant: Date): CaseSummaryEntity | undefined {
  const events = row.events.filter((e) => new Date(e.recordedAt).getTime() <= instant.getTime());
  if (events.length === 0) return undefined;
  const last = events[events.length - 1];
  return {
    ...row,
    events,
    version: last.version,
    lastPosition: last.position,
    updatedAt: new Date(last.recordedAt),
    status: events.some((e) => e.type === 'CaseResolved') ? 'resolved' : 'open',
  };
}
