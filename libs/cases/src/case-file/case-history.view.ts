import { CASE_EVENT_TYPES, caseEventLabel, recordKeyOf, recordOf, type CaseEvent, type CaseEventType, type RecordRef } from '@lemon/domain';
import type { RecordedEvent } from '@lemon/event-store';

export interface CaseHistoryEntry {
  eventId: string;
  type: string;
  /** What happened, in words ("Repair attempt corrected"). */
  label?: string;
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

/** What the domain says the event is (label) and which record it changes (recordOf); nothing for an unknown type. */
const meaningOf = (e: RecordedEvent): { label?: string; ref?: RecordRef } =>
  (CASE_EVENT_TYPES as readonly string[]).includes(e.type)
    ? { label: caseEventLabel(e.type as CaseEventType), ref: recordOf({ type: e.type, data: e.data } as CaseEvent) }
    : {};

/** Every event as the history shows it, oldest first; a correction or void carries what it supersedes. */
export function caseHistoryEntries(events: readonly RecordedEvent[]): CaseHistoryEntry[] {
  const current = new Map<string, RecordedEvent>(); // the record's effective version so far
  let opened: RecordedEvent | undefined;
  return events.map((e) => {
    const { label, ref } = meaningOf(e);
    const key = ref && recordKeyOf(ref);
    // The case's own terms (acquisition, warranty) were first recorded by the opening.
    const previous = key ? (current.get(key) ?? (ref?.kind === 'case' ? opened : undefined)) : undefined;
    if (key) current.set(key, e);
    if (e.type === 'CaseOpened') opened ??= e;
    const supersedes = (ref?.change === 'corrected' || ref?.change === 'voided') && previous;
    return {
      eventId: e.id,
      type: e.type,
      ...(label ? { label } : {}),
      version: e.streamVersion,
      position: e.position,
      occurredOn: e.metadata.occurredOn,
      recordedAt: e.recordedAt.toISOString(),
      actor: e.metadata.actor,
      correlationId: e.metadata.correlationId,
      causationId: e.metadata.causationId,
      schemaVersion: e.schemaVersion,
      data: e.data,
      ...(supersedes
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
