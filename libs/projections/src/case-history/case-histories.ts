import {
  CASE_STREAM_PREFIX,
  caseEventEnvelopeOf,
  caseStreamId,
  foldCaseFile,
  type CaseOpened,
  type CaseState,
  type ExistingCaseState,
} from '@lemon/domain';
import type { EventStore, RecordedEvent } from '@lemon/event-store';
import type { StoredCaseEvent } from '../case-summary/case-summary.entity';
import { caseHistoryMemo } from './case-evaluations';

export const caseIdOfStream = (streamId: string): string => streamId.slice(CASE_STREAM_PREFIX.length);

export const toStoredEvent = (event: RecordedEvent): StoredCaseEvent => ({
  eventId: event.id,
  type: event.type,
  version: event.streamVersion,
  position: event.position,
  data: event.data,
  metadata: event.metadata as Record<string, unknown>,
  recordedAt: event.recordedAt.toISOString(),
});

const storedHistories = new WeakMap<readonly RecordedEvent[], StoredCaseEvent[]>();

/** A whole stream's events as the evaluators take them, converted once however many projections read the same page. */
export const storedHistoryOf = (events: readonly RecordedEvent[]): StoredCaseEvent[] => {
  let history = storedHistories.get(events);
  if (!history) storedHistories.set(events, (history = events.map(toStoredEvent)));
  return history;
};

/** The cases a batch of log events touches, each with the highest stream version the batch holds for it. */
export function touchedCases(events: readonly RecordedEvent[]): Map<string, number> {
  const touched = new Map<string, number>();
  for (const event of events) {
    const caseId = caseIdOfStream(event.streamId);
    touched.set(caseId, Math.max(touched.get(caseId) ?? 0, event.streamVersion));
  }
  return touched;
}

/**
 * Each case's history read from its own stream, up to the given version (the log position a
 * projection has reached: later events come in a later batch). Streams are read `concurrency` at
 * a time. Read models keep no copy of the events: this is how a projection sees a case whole.
 */
export async function readCaseHistories(
  store: EventStore,
  upTo: ReadonlyMap<string, number>,
  concurrency = 8,
): Promise<Map<string, StoredCaseEvent[]>> {
  const ids = [...upTo.keys()];
  const histories = new Map<string, StoredCaseEvent[]>();
  const missing = ids.filter((caseId) => !caseHistoryMemo.get(`${caseId}@${upTo.get(caseId)!}`));
  if (store.readStreams && missing.length > 1) {
    // One round trip for the whole batch when the store reads streams in bulk.
    const streams = await store.readStreams(missing.map(caseStreamId));
    for (const caseId of missing) {
      const limit = upTo.get(caseId)!;
      const history = streams
        .get(caseStreamId(caseId))!
        .filter((e) => e.streamVersion <= limit)
        .map(toStoredEvent);
      if (history.length === limit) caseHistoryMemo.set(`${caseId}@${limit}`, history);
      histories.set(caseId, history);
    }
  }
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const caseId = ids[next++];
      if (histories.has(caseId)) continue;
      const limit = upTo.get(caseId)!;
      const key = `${caseId}@${limit}`;
      const known = caseHistoryMemo.get(key);
      if (known) {
        histories.set(caseId, known);
        continue;
      }
      const { events } = await store.readStream(caseStreamId(caseId));
      const history = events.filter((e) => e.streamVersion <= limit).map(toStoredEvent);
      // Only a complete history is kept (the stream may be read before a later batch's commit is visible).
      if (history.length === limit) caseHistoryMemo.set(key, history);
      histories.set(caseId, history);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  return new Map(ids.filter((id) => histories.get(id)!.length > 0).map((id) => [id, histories.get(id)!]));
}

/** What every cross-case read model needs to know about a case, from its whole history. */
export interface CaseBasics {
  caseId: string;
  opened: CaseOpened['data'];
  openedAt: string;
  organisationId: string;
  /** The client's name as last recorded (CaseOpened, then any ClientDetailsUpdated). */
  clientName: string;
  sharedWith: string[];
  status: 'open' | 'resolved';
  last: StoredCaseEvent;
  /** The case file folded from the whole history (the domain's one fold). */
  file: ExistingCaseState;
}

/** The organisation a case belongs to (recorded on CaseOpened; before that, the opener's organisation). */
const ownerOf = (opened: StoredCaseEvent): string =>
  (opened.data as CaseOpened['data']).ownerOrganisationId ??
  (opened.metadata.actor as { organisationId?: string } | undefined)?.organisationId ??
  'unowned';

/**
 * Undefined for a stream that does not start a case (a case stream always starts with CaseOpened).
 * What the events mean (current client, shares, status) comes from the domain's one case-file fold.
 */
export function caseBasicsOf(caseId: string, events: readonly StoredCaseEvent[], caseFile?: CaseState): CaseBasics | undefined {
  const opened = events.find((e) => e.type === 'CaseOpened');
  if (!opened) return undefined;
  const state =
    caseFile ??
    foldCaseFile(
      events.map((e) =>
        caseEventEnvelopeOf({ id: e.eventId, type: e.type, data: e.data, streamVersion: e.version, recordedAt: e.recordedAt }),
      ),
    );
  if (state.status === 'none') return undefined;
  return {
    caseId,
    opened: opened.data as CaseOpened['data'],
    openedAt: opened.recordedAt,
    organisationId: ownerOf(opened),
    clientName: state.client.name,
    sharedWith: [...state.sharedWith].sort(),
    status: state.status,
    last: events[events.length - 1],
    file: state,
  };
}

/** Splits work into chunks (rebuilds and day-start passes never run in one giant transaction). */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
