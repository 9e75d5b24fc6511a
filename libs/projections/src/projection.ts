import type { RecordedEvent } from '@lemon/event-store';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * `live`: following the log, every batch brings each read model fully up to date.
 * `rebuild`: replaying the whole log; a projection may defer work that only the final state of
 * each stream needs, and do it once in `finishRebuild`.
 */
export type ApplyMode = 'live' | 'rebuild';

/** A stream read whole (every event, in version order). */
export interface WholeStream {
  streamId: string;
  events: readonly RecordedEvent[];
}

/**
 * A read model fed from the global log. `apply` runs inside the runner's transaction together
 * with the checkpoint update, so a batch is applied entirely or not at all; it must also be
 * idempotent per event (a row remembers the last stream version it applied).
 * Bump `version` when the read model's shape or meaning changes: a new version rebuilds from zero.
 */
export interface Projection {
  readonly name: string;
  readonly version: number;
  /** Only streams with this prefix are read (e.g. "case-"). */
  readonly streamPrefix: string;
  /** A reactor (side effects such as webhook alerts) follows the log like a projection but is never rebuilt. */
  readonly reactor?: boolean;
  apply(events: readonly RecordedEvent[], manager: EntityManager, mode?: ApplyMode): Promise<void>;
  /**
   * Optional, for read models that see each stream whole: a rebuild hands them pages of whole
   * streams (when the store reads them in bulk) instead of replaying the log event by event.
   * The rows written must be the ones `apply` keeps live for the same streams.
   */
  rebuildFromStreams?(streams: ReadonlyArray<WholeStream>, manager: EntityManager): Promise<void>;
  /** After a rebuild's last batch: the deferred work, in transactions of its own. */
  finishRebuild?(dataSource: DataSource, onProgress?: (done: number) => void): Promise<void>;
  /** Empties the read model (for a rebuild), inside the rebuild's first transaction. */
  reset(manager: EntityManager): Promise<void>;
}

export const PROJECTIONS = Symbol('PROJECTIONS');
