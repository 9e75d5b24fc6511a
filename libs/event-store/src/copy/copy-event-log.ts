import { ConcurrencyError, EventIdConflictError } from '../event-store.errors';
import type { Checkpoint, EventStore, NewEvent, RecordedEvent } from '../event-store.port';

export interface CopyProgress {
  /** Source events handled in this run (copied + skipped). */
  processed: number;
  copied: number;
  /** Already in the target with the same id at the same version: a rerun over copied events. */
  skipped: number;
  /** Events in the source log (with the prefix), counted once at the start. */
  total: number;
  /** Source checkpoint of the last event handled: pass it as resumeAfter to continue. */
  checkpoint?: Checkpoint;
}

export interface CopyEventLogResult extends CopyProgress {
  /** False when the signal stopped the copy before the end of the source log. */
  completed: boolean;
}

export interface CopyEventLogOptions {
  from: EventStore;
  to: EventStore;
  streamPrefix?: string;
  batchSize: number;
  /** A checkpoint of the SOURCE store (checkpoints never cross adapters). */
  resumeAfter?: Checkpoint;
  /** Called after every append, so the reported checkpoint is always safe to resume from. */
  onProgress?: (progress: CopyProgress) => void | Promise<void>;
  /** Stops between appends; the result then carries the checkpoint to resume from. */
  signal?: AbortSignal;
}

/** The target holds a different event at a version the source wants to fill: nothing is overwritten. */
export class CopyConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly streamVersion: number,
    readonly sourceEventId: string,
    readonly targetEventId: string | undefined,
  ) {
    super(
      targetEventId === undefined
        ? `target stream ${streamId} ends before version ${streamVersion - 1}: earlier events were never copied (resumed from a checkpoint past the last copied event?)`
        : `target stream ${streamId} holds event ${targetEventId} at version ${streamVersion}, the source has ${sourceEventId}`,
    );
    this.name = 'CopyConflictError';
  }
}

/**
 * Copies the source's global log, in order, into the target. For each event it keeps the id, the
 * stream and version, the type, schemaVersion, data, metadata and recordedAt. recordedAt is kept
 * to the millisecond, since the port carries JS Dates. The source's checkpoints are NOT kept:
 * the target assigns its own.
 *
 * It appends with expected version = the event's streamVersion - 1, so the target enforces each
 * stream's order. Consecutive events of one stream with the same recordedAt go in one append, so a
 * command's events stay one atomic write, as in the source.
 *
 * A rerun is harmless, by event id. An append whose ids are all stored reports duplicate: true
 * and counts as skipped. If some are stored, or the target stream is already past that version,
 * the target stream is compared version by version: the same ids are skipped, the rest appended,
 * and a different event at the same version raises CopyConflictError.
 *
 * Copying a live log works but chases its tail. For a cut-over, stop the writers, then run once
 * more with resumeAfter.
 */
export async function copyEventLog({
  from,
  to,
  streamPrefix,
  batchSize,
  resumeAfter,
  onProgress,
  signal,
}: CopyEventLogOptions): Promise<CopyEventLogResult> {
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const progress: CopyProgress = {
    processed: 0,
    copied: 0,
    skipped: 0,
    total: await from.countEvents(streamPrefix),
    checkpoint: resumeAfter,
  };
  while (!signal?.aborted) {
    const batch = await from.readAll({ after: progress.checkpoint, limit: batchSize, streamPrefix });
    if (batch.length === 0) return { ...progress, completed: true };
    for (const group of appendGroups(batch)) {
      if (signal?.aborted) break;
      const { copied, skipped } = await copyGroup(to, group);
      progress.copied += copied;
      progress.skipped += skipped;
      progress.processed += group.length;
      progress.checkpoint = group[group.length - 1].position;
      await onProgress?.({ ...progress });
    }
  }
  return { ...progress, completed: false };
}

/** Consecutive events of the same stream and recordedAt (AppendOptions carries one recordedAt per append). */
export function appendGroups(events: RecordedEvent[]): RecordedEvent[][] {
  const groups: RecordedEvent[][] = [];
  for (const event of events) {
    const current = groups[groups.length - 1];
    const previous = current?.[current.length - 1];
    if (
      previous &&
      previous.streamId === event.streamId &&
      previous.streamVersion + 1 === event.streamVersion &&
      previous.recordedAt.getTime() === event.recordedAt.getTime()
    ) {
      current.push(event);
    } else {
      groups.push([event]);
    }
  }
  return groups;
}

const toNewEvent = ({ id, type, schemaVersion, data, metadata }: RecordedEvent): NewEvent => ({ id, type, schemaVersion, data, metadata });

async function copyGroup(to: EventStore, group: RecordedEvent[]): Promise<{ copied: number; skipped: number }> {
  const [first] = group;
  try {
    const result = await to.appendToStream(first.streamId, group.map(toNewEvent), {
      expected: first.streamVersion - 1,
      recordedAt: first.recordedAt,
    });
    return result.duplicate ? { copied: 0, skipped: group.length } : { copied: group.length, skipped: 0 };
  } catch (error) {
    if (!(error instanceof ConcurrencyError) && !(error instanceof EventIdConflictError)) throw error;
    return reconcile(to, group);
  }
}

/** Part of the group is already in the target (an earlier run grouped differently): keep what matches, append the rest. */
async function reconcile(to: EventStore, group: RecordedEvent[]): Promise<{ copied: number; skipped: number }> {
  const { streamId } = group[0];
  const { events, version } = await to.readStream(streamId);
  const byVersion = new Map(events.map((event) => [event.streamVersion, event]));
  const missing: RecordedEvent[] = [];
  for (const event of group) {
    const there = byVersion.get(event.streamVersion);
    if (!there) missing.push(event);
    else if (there.id !== event.id) throw new CopyConflictError(streamId, event.streamVersion, event.id, there.id);
  }
  const skipped = group.length - missing.length;
  if (missing.length === 0) return { copied: 0, skipped };
  if (missing[0].streamVersion !== version + 1) throw new CopyConflictError(streamId, missing[0].streamVersion, missing[0].id, undefined);
  await to.appendToStream(streamId, missing.map(toNewEvent), { expected: version, recordedAt: missing[0].recordedAt });
  return { copied: missing.length, skipped };
}
