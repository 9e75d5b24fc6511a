import type { EventStore } from '@lemon/event-store';
import type { DataSource } from 'typeorm';

/**
 * Read-your-writes: a query may wait until a projection has applied the caller's write.
 * Positions are the event store's checkpoints, whose text order is log order.
 */
export class ReadModelWaiter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly timeoutMs: number,
  ) {}

  async projectionPosition(projection: string, version: number): Promise<string | undefined> {
    const rows: Array<{ position: string }> = await this.dataSource.query(
      'SELECT position FROM rm_checkpoints WHERE projection = $1 AND version = $2',
      [projection, version],
    );
    return rows[0]?.position;
  }

  /**
   * Read-your-writes against the whole log: resolves true once the projection has applied every
   * event readable now (the log's head), false after the timeout. Fast path, one round trip of
   * latency: the projection's checkpoint and the log's last committed position are read side by
   * side, and a checkpoint at or past the last committed position is past the head too (the head
   * is never beyond it); only a projection still behind waits for the head, as `waitFor` does.
   */
  async waitForLog(
    projection: string,
    version: number,
    store: Pick<EventStore, 'headPosition' | 'lastCommittedPosition'>,
  ): Promise<boolean> {
    const [reached, committed] = await Promise.all([this.projectionPosition(projection, version), store.lastCommittedPosition()]);
    if (committed === undefined || (reached !== undefined && reached >= committed)) return true;
    return this.waitFor(projection, version, await store.headPosition());
  }

  /** Resolves true once the projection reached `position`, false after the timeout. */
  async waitFor(projection: string, version: number, position: string | undefined): Promise<boolean> {
    if (!position) return true;
    const deadline = Date.now() + this.timeoutMs;
    let delay = 5;
    for (;;) {
      const reached = await this.projectionPosition(projection, version);
      if (reached !== undefined && reached >= position) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 100);
    }
  }
}
