import type { RecordedEvent } from '@lemon/event-store';

export interface CaseHistoryEntry {
  eventId: string;
  type: string;
  version: number;
  position: string;
  occurredOn?: string;
  recordedAt: string;
  actor?: unknown;
  correlationId?: string;
  causationId?: string;
  schemaVersion: number;
  data: unknown;
  /**
   * For a correction or a void: the record as it stood before (the original, or the previous
   * correction), so the history shows both side by side.
   */
  supersedes?: { eventId: string; version: number; type: string; recordedAt: string; data: unknown };
  /** Set when part of the event is privileged and withheld from this reader (e.g. a firm-private note's text). */
  withheld?: string[];
}

/** Corrections and voids name the record they change by one of these ids. */
const RECORD_KEYS: Record<string, string> = {
  RepairAttemptRecorded: 'repairAttemptId',
  RepairAttemptCorrected: 'repairAttemptId',
  RepairAttemptVoided: 'repairAttemptId',
  OutOfServiceRecorded: 'intervalId',
  OutOfServiceCorrected: 'intervalId',
  OutOfServiceVoided: 'intervalId',
};
const CHANGES = new Set(['RepairAttemptCorrected', 'RepairAttemptVoided', 'OutOfServiceCorrected', 'OutOfServiceVoided']);

const recordKey = (e: RecordedEvent): string | undefined => {
  const key = RECORD_KEYS[e.type];
  return key && `${key}:${(e.data as Record<string, string>)[key]}`;
};

/** Every event as the history shows it, oldest first; a correction or void carries what it supersedes. */
export function caseHistoryEntries(events: readonly RecordedEvent[]): CaseHistoryEntry[] {
  const current = new Map<string, RecordedEvent>(); // the record's effective version so far
  return events.map((e) => {
    const key = recordKey(e);
    const previous = key ? current.get(key) : undefined;
    if (key) current.set(key, e);
    return {
      eventId: e.id,
      type: e.type,
      version: e.streamVersion,
      position: e.position,
      occurredOn: e.metadata.occurredOn,
      recordedAt: e.recordedAt.toISOString(),
      actor: e.metadata.actor,
      correlationId: e.metadata.correlationId,
      causationId: e.metadata.causationId,
      schemaVersion: e.schemaVersion,
      data: e.data,
      ...(CHANGES.has(e.type) && previous
        ? {
            supersedes: {
              eventId: previous.id,
              version: previous.streamVersion,
              type: previous.type,
              recordedAt: previous.recordedAt.toISOString(),
              data: previous.data,
            },
          }
        : {}),
    };
  });
}
