import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';

export interface WorkerSighting {
  workerId: string;
  host: string;
  pid: number;
  startedAt: Date;
  beatAt: Date;
  /** Seconds since that heartbeat, by the database's clock (the same clock that wrote it). */
  secondsAgo: number;
}

/**
 * The worker says it is alive: one row per worker process in rm_worker_heartbeats, its `beat_at`
 * set by the database's clock every interval. The api (which may run alone) reads the newest one
 * for /health.
 */
export class WorkerHeartbeat {
  readonly workerId = `${hostname()}:${process.pid}:${Date.now().toString(36)}`;
  private timer?: NodeJS.Timeout;
  private beating?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly intervalMs: number,
    private readonly onError: (error: Error) => void = () => undefined,
  ) {}

  async beat(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO rm_worker_heartbeats (worker_id, host, pid, started_at, beat_at) VALUES ($1, $2, $3, now(), now())
       ON CONFLICT (worker_id) DO UPDATE SET beat_at = now()`,
      [this.workerId, hostname(), process.pid],
    );
  }

  start(): void {
    const tick = () => {
      this.beating = this.beat()
        .catch((error: Error) => this.onError(error))
        .finally(() => {
          if (this.timer !== undefined) this.timer = setTimeout(tick, this.intervalMs);
        });
    };
    this.timer = setTimeout(() => undefined, 0);
    tick();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.beating;
    // A stopped worker is gone at once, not after the staleness window.
    await this.dataSource.query('DELETE FROM rm_worker_heartbeats WHERE worker_id = $1', [this.workerId]).catch(() => undefined);
  }
}

/** The most recent heartbeat of any worker (old rows of dead workers are pruned after a day). */
export async function lastWorkerSighting(dataSource: DataSource): Promise<WorkerSighting | undefined> {
  await dataSource.query("DELETE FROM rm_worker_heartbeats WHERE beat_at < now() - interval '1 day'");
  const rows: Array<{ worker_id: string; host: string; pid: number; started_at: Date; beat_at: Date; seconds_ago: number }> =
    await dataSource.query(
      `SELECT worker_id, host, pid, started_at, beat_at, extract(epoch FROM now() - beat_at)::float8 AS seconds_ago
         FROM rm_worker_heartbeats ORDER BY beat_at DESC LIMIT 1`,
    );
  const r = rows[0];
  return r && { workerId: r.worker_id, host: r.host, pid: r.pid, startedAt: r.started_at, beatAt: r.beat_at, secondsAgo: r.seconds_ago };
}
