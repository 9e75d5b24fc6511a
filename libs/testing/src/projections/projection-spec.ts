import { randomUUID } from 'node:crypto';
import { caseStreamId } from '@lemon/domain';
import { PostgresEventStore, type EventStore, type RecordedEvent } from '@lemon/event-store';
import type { Clock } from '@lemon/platform';
import { READ_MODEL_MIGRATIONS, type Projection } from '@lemon/projections';
import { Webhooks1732435200000, WebhooksHeld1764288000000 } from '@lemon/webhooks';
import { DataSource } from 'typeorm';
import { FixedClock } from '../fixed-clock';
import { createTestDatabase, type TestDatabase } from '../postgres/test-database';

/** A case event as a spec gives it: the case, the event, and optionally who recorded it when. */
export interface GivenCaseEvent {
  caseId: string;
  type: string;
  data: unknown;
  /** Instant the event was recorded (default: the spec clock's instant). */
  recordedAt?: string;
  metadata?: Record<string, unknown>;
}

export interface ProjectionSpecDeps {
  store: EventStore;
  clock: Clock;
  timeZone: string;
}

/**
 * Given / when / then for projections and reactors, against real PostgreSQL: a fresh database
 * with the event store and every read-model migration; events in (appended to the real store,
 * then fed to the projection from the global log exactly as the runner feeds it, one
 * transaction per batch); rows out (any SQL).
 *
 *   const spec = await ProjectionSpec.start((deps) => new CaseListProjection(deps));
 *   await spec.given(opened);
 *   await spec.when(repaired);
 *   expect(await spec.rows('SELECT status FROM rm_case_summaries')).toEqual([{ status: 'open' }]);
 */
export class ProjectionSpec {
  private after?: string;
  private readonly versions = new Map<string, number>();
  readonly projection: Projection;

  private constructor(
    readonly db: TestDatabase,
    readonly dataSource: DataSource,
    readonly store: PostgresEventStore,
    readonly clock: FixedClock,
    build: (deps: ProjectionSpecDeps) => Projection,
    readonly timeZone: string,
  ) {
    this.projection = build({ store, clock, timeZone });
  }

  static async start(
    build: (deps: ProjectionSpecDeps) => Projection,
    options: { now?: string; timeZone?: string } = {},
  ): Promise<ProjectionSpec> {
    const db = await createTestDatabase('projection_spec');
    await PostgresEventStore.migrate(db.pool);
    const dataSource = new DataSource({
      type: 'postgres',
      url: db.url,
      migrations: [...READ_MODEL_MIGRATIONS, Webhooks1732435200000, WebhooksHeld1764288000000],
      migrationsTableName: 'rm_migrations',
      logging: false,
      extra: { max: 4 },
    });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const clock = FixedClock.at(options.now ?? '2025-06-02T15:00:00Z');
    return new ProjectionSpec(db, dataSource, new PostgresEventStore(db.pool), clock, build, options.timeZone ?? 'America/New_York');
  }

  /** Appends the events (in order, each case's stream at its next version) and projects them. */
  async given(...events: GivenCaseEvent[]): Promise<this> {
    await this.append(events);
    await this.project();
    return this;
  }

  /** The events under test: appended and projected, like `given`, read better in a spec. */
  when(...events: GivenCaseEvent[]): Promise<this> {
    return this.given(...events);
  }

  /** Rows out. */
  async rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.dataSource.query(sql, params);
  }

  /** Feeds the projection every log event after what it has seen, batch by batch, as the runner does. */
  async project(batchSize = 100): Promise<RecordedEvent[]> {
    const seen: RecordedEvent[] = [];
    for (;;) {
      const batch = await this.store.readAll({ after: this.after, limit: batchSize, streamPrefix: this.projection.streamPrefix });
      if (batch.length === 0) return seen;
      await this.dataSource.transaction((manager) => this.projection.apply(batch, manager, 'live'));
      this.after = batch[batch.length - 1].position;
      seen.push(...batch);
    }
  }

  /** Replays the whole log in rebuild mode (reset, replay, finishRebuild), as `projections:rebuild` does. */
  async rebuild(batchSize = 100): Promise<void> {
    await this.dataSource.transaction((manager) => this.projection.reset(manager));
    let after: string | undefined;
    for (;;) {
      const batch = await this.store.readAll({ after, limit: batchSize, streamPrefix: this.projection.streamPrefix });
      if (batch.length === 0) break;
      await this.dataSource.transaction((manager) => this.projection.apply(batch, manager, 'rebuild'));
      after = batch[batch.length - 1].position;
    }
    await this.projection.finishRebuild?.(this.dataSource);
  }

  /** Rebuilds from pages of whole streams (`rebuildFromStreams`), as `projections:rebuild` does when the store reads streams in bulk. */
  async rebuildFromStreams(streamsPerPage = 1): Promise<void> {
    const { rebuildFromStreams } = this.projection;
    if (!rebuildFromStreams || !this.store.readStreamsPage)
      throw new Error('the projection or the store cannot rebuild from whole streams');
    await this.dataSource.transaction((manager) => this.projection.reset(manager));
    let afterStreamId: string | undefined;
    for (;;) {
      const page = await this.store.readStreamsPage({ streamPrefix: this.projection.streamPrefix, afterStreamId, limit: streamsPerPage });
      if (page.length === 0) break;
      await this.dataSource.transaction((manager) => rebuildFromStreams.call(this.projection, page, manager));
      afterStreamId = page[page.length - 1].streamId;
    }
  }

  private async append(events: GivenCaseEvent[]): Promise<void> {
    for (const e of events) {
      const stream = caseStreamId(e.caseId);
      const version = this.versions.get(stream) ?? 0;
      await this.store.appendToStream(
        stream,
        [{ id: randomUUID(), type: e.type, schemaVersion: 1, data: e.data, metadata: e.metadata ?? {} }],
        { expected: version, recordedAt: new Date(e.recordedAt ?? this.clock.now().toString()) },
      );
      this.versions.set(stream, version + 1);
    }
  }

  async close(): Promise<void> {
    await this.dataSource.destroy();
    await this.db.drop();
  }
}
