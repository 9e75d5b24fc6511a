import {
  CASE_EVENT_LABELS,
  caseEventLabel,
  recordKeyOf,
  recordOf,
  type CaseEvent,
  type CaseEventType,
  type RecordRef,
} from '@lemon/domain';
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

/** What the domain says the event is about (unknown types, e.g. written by a newer version, are about nothing). */
const meaningOf = (e: RecordedEvent): { label?: string; record?: RecordRef } =>
  e.type in CASE_EVENT_LABELS
    ? {
        label: caseEventLabel(e.type as CaseEventType),
        record: recordOf({ type: e.type, data: e.data } as CaseEvent),
      }
    : {};

/** Every event as the history shows it, oldest first; a correction or void carries what it supersedes. */
export function caseHistoryEntries(events: readonly RecordedEvent[]): CaseHistoryEntry[] {
  const current = new Map<string, RecordedEvent>(); // the record's effective version so far
  return events.map((e) => {
    const { label, record } = meaningOf(e);
    const key = record && recordKeyOf(record);
    const previous = key ? current.get(key) : undefined;
    if (key) current.set(key, e);
    const superseded = record && (record.change === 'corrected' || record.change === 'voided') ? previous : undefined;
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
      ...(superseded
        ? {
            supersedes: {
              eventId: superseded.id,
              version: superseded.streamVersion,
              type: superseded.type,
              recordedAt: superseded.recordedAt.toISOString(),
              data: superseded.data,
            },
          }
        : {}),
    };
  });
}
