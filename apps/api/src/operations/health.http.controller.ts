import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { EVENT_STORE, OPEN_APPENDS_SQL, type EventStore } from '@lemon/event-store';
import { APP_CONFIG, type AppConfig } from '@lemon/platform';
import { CASE_ALERTS, CASE_LIST, DEADLINE_DOCKET, lastWorkerSighting, ReadModelWaiter } from '@lemon/projections';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';

const LAG_SCAN_LIMIT = 10_000;
const FOLLOWED = [CASE_LIST, DEADLINE_DOCKET, CASE_ALERTS];
const STREAM_PREFIX = 'case-';
/** When the api process started: "worker not seen for N s" counts from here if no worker ever beat. */
const STARTED_AT = Date.now();

type Check = { status: 'up' | 'down' } & Record<string, unknown>;

/**
 * `/health`: `ok`, `degraded` (the api serves, but something holds the read side back: an append
 * left open, no worker heartbeat) or `error` (503: the database is unreachable). Each part is in
 * `details`; the healthy ones also in `info`, the others in `error`, as @nestjs/terminus shapes it.
 */
@ApiTags('operations')
@Public()
@Controller('health')
export class HealthHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly waiter: ReadModelWaiter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'ok / degraded / error: database reachability, projection lag (events not yet applied, counted up to 10,000), ' +
      'the oldest append still open (degraded past STALLED_APPEND_AFTER_MS), the worker heartbeat (degraded: "worker not seen for N s")',
  })
  async check() {
    const details: Record<string, Check> = {};
    try {
      await this.dataSource.query('SELECT 1');
      details.database = { status: 'up' };
    } catch (error) {
      details.database = { status: 'down', message: (error as Error).message };
      throw new ServiceUnavailableException({ status: 'error', info: {}, error: details, details });
    }
    details.projections = await this.projectionLag();
    if (this.config.eventStore === 'postgres') details.appends = await this.openAppends();
    details.worker = await this.worker();
    const down = Object.entries(details).filter(([, c]) => c.status === 'down');
    return {
      status: down.length ? 'degraded' : 'ok',
      info: Object.fromEntries(Object.entries(details).filter(([, c]) => c.status === 'up')),
      error: Object.fromEntries(down),
      details,
    };
  }

  private async projectionLag(): Promise<Check> {
    const lag: Record<string, { position?: string; lag: number | string }> = {};
    for (const p of FOLLOWED) {
      const position = await this.waiter.projectionPosition(p.name, p.version);
      const behind = await this.store.readAll({ after: position, limit: LAG_SCAN_LIMIT, streamPrefix: STREAM_PREFIX });
      lag[`${p.name}@v${p.version}`] = { position, lag: behind.length === LAG_SCAN_LIMIT ? `>=${LAG_SCAN_LIMIT}` : behind.length };
    }
    return { status: 'up', ...lag };
  }

  /** An append open longer than STALLED_APPEND_AFTER_MS holds every projection back: say so, with its age. */
  private async openAppends(): Promise<Check> {
    const rows: Array<{ pid: number; age_seconds: number; state: string }> = await this.dataSource.query(OPEN_APPENDS_SQL);
    const oldest = rows[0];
    const limitSeconds = this.config.stalledAppendAfterMs / 1000;
    if (!oldest || oldest.age_seconds < limitSeconds) return { status: 'up', open: rows.length };
    const age = Math.floor(oldest.age_seconds);
    return {
      status: 'down',
      open: rows.length,
      oldestAgeSeconds: age,
      oldestSessionState: oldest.state,
      message: `an append has been open for ${age} s (database session ${oldest.pid}, ${oldest.state}); projections wait for it`,
    };
  }

  private async worker(): Promise<Check> {
    const seen = await lastWorkerSighting(this.dataSource);
    const limitSeconds = this.config.workerStaleAfterMs / 1000;
    if (seen && seen.secondsAgo <= limitSeconds) {
      return {
        status: 'up',
        lastHeartbeatAt: seen.beatAt.toISOString(),
        secondsAgo: Math.floor(seen.secondsAgo),
        host: seen.host,
        pid: seen.pid,
      };
    }
    const secondsAgo = Math.floor(seen ? seen.secondsAgo : (Date.now() - STARTED_AT) / 1000);
    return {
      status: 'down',
      ...(seen ? { lastHeartbeatAt: seen.beatAt.toISOString() } : {}),
      secondsAgo,
      message: `worker not seen for ${secondsAgo} s`,
    };
  }
}
