import type { EventStore, RecordedEvent } from '@lemon/event-store';
import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { ApplyMode, Projection } from '../projection';
import { CheckpointEntity } from './checkpoint.entity';

export interface ProjectionRunnerOptions {
  batchSize: number;
  pollIntervalMs?: number;
  /** Connection string used for the lease's session-level advisory lock. */
  leaseDatabaseUrl: string;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

export interface ProjectionProgress {
  projection: string;
  version: number;
  position?: string;
  eventsApplied: number;
}

/** Stable 31-bit key for a projection's advisory lock. */
export const leaseKey = (projection: Pick<Projection, 'name' | 'version'>): number => {
  let hash = 7;
  for (const char of `projection:${projection.name}:v${projection.version}`) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return hash & 0x7fffffff;
};

/** A rebuild found the projection's lease held: a live worker is following the log into it. */
export class ProjectionLockHeldError extends Error {
  constructor(
    readonly projection: string,
    readonly holder: string,
  ) {
    super(
      `projection ${projection} is held by a live worker (${holder}); stop the worker (or its projection runner) first, ` +
        'or rerun with --wait to start as soon as it lets go',
    );
    this.name = 'ProjectionLockHeldError';
  }
}

export interface RebuildOptions {
  onProgress?: (applied: number) => void;
  /** Wait for a live worker to let go of the projection instead of refusing (ProjectionLockHeldError). */
  wait?: boolean;
  /** Called once when the rebuild starts waiting, with who holds the projection. */
  onWaiting?: (holder: string) => void;
  /** Poll interval while waiting. */
  waitPollMs?: number;
}

/** Whole streams per transaction when a rebuild reads streams whole (about 10 events each for a case). */
const STREAMS_PER_PAGE = 500;
/** Pages written concurrently while the next one is computed (the database works while Node computes). */
const PAGES_IN_FLIGHT = 2;

/**
 * Feeds projections from the global log: from each projection's checkpoint, in batches; a batch's
 * read-model writes and the checkpoint commit in ONE transaction. One active runner per
 * projection across processes, guarded by a session advisory lock (released if the process dies).
 */
export class ProjectionRunner {
  private controller = new AbortController();
  private loops: Promise<void>[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions,
  ) {}

  start(): void {
    this.controller = new AbortController();
    this.loops = this.projections.map((projection) => this.runWithLease(projection, this.controller.signal));
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await Promise.allSettled(this.loops);
    this.loops = [];
  }

  async progress(): Promise<ProjectionProgress[]> {
    const rows = await this.dataSource.getRepository(CheckpointEntity).find();
    return this.projections.map((p) => {
      const row = rows.find((r) => r.projection === p.name && r.version === p.version);
      return { projection: p.name, version: p.version, position: row?.position, eventsApplied: row?.eventsApplied ?? 0 };
    });
  }

  /**
   * Empties a projection's read model and replays the whole log into it, batch by batch (never
   * one giant transaction). Takes the projection's lease first, as a live runner does, and holds
   * it to the end: while a live worker holds it the rebuild refuses (ProjectionLockHeldError), or
   * waits with `wait: true`; a worker started meanwhile stands by until the rebuild is done.
   */
  async rebuild(projection: Projection, options: RebuildOptions | ((applied: number) => void) = {}): Promise<number> {
    return this.rebuildAll([projection], options);
  }

  /**
   * `rebuild` for several projections at once, holding all their leases. When every one of them
   * sees streams whole (`rebuildFromStreams`) over the same streams and the store reads streams in
   * bulk, the log is not replayed event by event: the streams are read once, a page at a time,
   * and each page goes to every projection (so a case is folded and judged once for all of them),
   * then each checkpoint is set to the head position read before the first page (events appended
   * meanwhile are already in the streams read, and the live runner re-applies them idempotently).
   * Otherwise each projection replays the log in turn. Returns the events replayed (per projection).
   */
  async rebuildAll(projections: readonly Projection[], options: RebuildOptions | ((applied: number) => void) = {}): Promise<number> {
    const { onProgress, wait = false, onWaiting, waitPollMs = 1000 } = typeof options === 'function' ? { onProgress: options } : options;
    for (const projection of projections)
      if (projection.reactor) throw new Error(`${projection.name} is a reactor: its side effects are never replayed`);
    const lease = new Client({
      connectionString: this.options.leaseDatabaseUrl,
      application_name: `lemon projections rebuild (pid ${process.pid})`,
    });
    await lease.connect();
    lease.on('error', () => undefined);
    try {
      for (const projection of projections) {
        for (let announced = false; ;) {
          const { rows } = await lease.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [leaseKey(projection)]);
          if (rows[0].locked) break;
          const holder = await this.leaseHolder(lease, projection);
          if (!wait) throw new ProjectionLockHeldError(`${projection.name}@v${projection.version}`, holder);
          if (!announced) onWaiting?.(holder);
          announced = true;
          await new Promise((r) => setTimeout(r, waitPollMs));
        }
      }
      const prefixes = new Set(projections.map((p) => p.streamPrefix));
      if (projections.length > 0 && prefixes.size === 1 && projections.every((p) => p.rebuildFromStreams) && this.readsStreamsWhole()) {
        return await this.replayStreams(projections, [...prefixes][0], onProgress);
      }
      let applied = 0;
      for (const projection of projections) applied = await this.replay(projection, onProgress);
      return applied;
    } finally {
      await lease.end().catch(() => undefined);
    }
  }

  private readsStreamsWhole(): boolean {
    return typeof this.store.readStreamsPage === 'function' && typeof this.store.headPositionOf === 'function';
  }

  private async replayStreams(
    projections: readonly Projection[],
    streamPrefix: string,
    onProgress?: (applied: number) => void,
  ): Promise<number> {
    await this.dataSource.transaction(async (manager) => {
      for (const projection of projections) {
        await projection.reset(manager);
        await manager.delete(CheckpointEntity, { projection: projection.name, version: projection.version });
      }
    });
    const head = await this.store.headPositionOf!(streamPrefix);
    const readPage = (afterStreamId?: string) => this.store.readStreamsPage!({ streamPrefix, afterStreamId, limit: STREAMS_PER_PAGE });
    let applied = 0;
    const inFlight: Array<Promise<void>> = [];
    try {
      let next = readPage();
      for (;;) {
        const page = await next;
        if (page.length === 0) break;
        next = readPage(page[page.length - 1].streamId); // read ahead while this page is computed and written
        next.catch(() => undefined); // awaited on the next turn; an error then is thrown there
        if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
        const written = this.dataSource.transaction(async (manager) => {
          for (const projection of projections) await projection.rebuildFromStreams!(page, manager);
        });
        written.catch(() => undefined); // awaited below
        inFlight.push(written);
        for (const stream of page) for (const event of stream.events) if (head !== undefined && event.position <= head) applied++;
        onProgress?.(applied);
      }
      await Promise.all(inFlight.splice(0));
    } catch (error) {
      await Promise.allSettled(inFlight);
      throw error;
    }
    if (head !== undefined) {
      for (const projection of projections) {
        await this.dataSource.query(
          `INSERT INTO rm_checkpoints (projection, version, position, events_applied, updated_at) VALUES ($1, $2, $3, $4, now())
           ON CONFLICT (projection, version) DO UPDATE SET position = EXCLUDED.position, events_applied = EXCLUDED.events_applied, updated_at = now()`,
          [projection.name, projection.version, head, applied],
        );
      }
    }
    return applied;
  }

  /** Who holds a projection's lease: process id, application and client address, from pg_stat_activity. */
  private async leaseHolder(lease: Client, projection: Projection): Promise<string> {
    const { rows } = await lease.query<{ pid: number; application_name: string; client_addr: string | null; backend_start: Date }>(
      `SELECT a.pid, s.application_name, s.client_addr::text AS client_addr, s.backend_start
         FROM pg_locks a JOIN pg_stat_activity s ON s.pid = a.pid
        WHERE a.locktype = 'advisory' AND a.granted AND a.classid = 0 AND a.objid = $1 AND a.objsubid = 1
          AND a.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [leaseKey(projection)],
    );
    if (rows.length === 0) return 'a session that has just let go';
    const r = rows[0];
    return `database session ${r.pid}${r.application_name ? ` "${r.application_name}"` : ''}${r.client_addr ? ` from ${r.client_addr}` : ''}, connected since ${r.backend_start.toISOString()}`;
  }

  private async replay(projection: Projection, onProgress?: (applied: number) => void): Promise<number> {
    await this.dataSource.transaction(async (manager) => {
      await projection.reset(manager);
      await manager.delete(CheckpointEntity, { projection: projection.name, version: projection.version });
    });
    let after: string | undefined;
    let applied = 0;
    for (;;) {
      const batch = await this.store.readAll({ after, limit: this.options.batchSize, streamPrefix: projection.streamPrefix });
      if (batch.length === 0) {
        await projection.finishRebuild?.(this.dataSource);
        return applied;
      }
      await this.applyBatch(projection, batch, 'rebuild');
      after = batch[batch.length - 1].position;
      applied += batch.length;
      onProgress?.(applied);
    }
  }

  private async runWithLease(projection: Projection, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const lease = new Client({
        connectionString: this.options.leaseDatabaseUrl,
        application_name: `lemon projection runner (pid ${process.pid})`,
      });
      try {
        await lease.connect();
        lease.on('error', () => undefined); // a dropped lease connection ends this round; the loop retries
        const { rows } = await lease.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [leaseKey(projection)]);
        if (rows[0].locked) {
          await this.follow(projection, signal);
        } else {
          await sleep(2000, signal); // another worker runs this projection; stand by
        }
      } catch (error) {
        if (signal.aborted) break;
        this.options.log?.('projection failed; retrying', { projection: projection.name, error: (error as Error).message });
        await sleep(1000, signal);
      } finally {
        await lease.end().catch(() => undefined);
      }
    }
  }

  private async follow(projection: Projection, signal: AbortSignal): Promise<void> {
    const checkpoint = await this.dataSource
      .getRepository(CheckpointEntity)
      .findOneBy({ projection: projection.name, version: projection.version });
    const batches = this.store.subscribe({
      after: checkpoint?.position,
      streamPrefix: projection.streamPrefix,
      batchSize: this.options.batchSize,
      pollIntervalMs: this.options.pollIntervalMs ?? 1000,
      signal,
    });
    for await (const batch of batches) await this.applyBatch(projection, batch);
  }

  private async applyBatch(projection: Projection, batch: readonly RecordedEvent[], mode: ApplyMode = 'live'): Promise<void> {
    await this.dataSource.transaction(async (manager: EntityManager) => {
      await projection.apply(batch, manager, mode);
      await manager.query(
        `INSERT INTO rm_checkpoints (projection, version, position, events_applied, updated_at)
         VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (projection, version) DO UPDATE
           SET position = EXCLUDED.position,
               events_applied = rm_checkpoints.events_applied + EXCLUDED.events_applied,
               updated_at = now()`,
        [projection.name, projection.version, batch[batch.length - 1].position, batch.length],
      );
    });
  }
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
