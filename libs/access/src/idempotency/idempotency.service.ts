import { createHash } from 'node:crypto';
import type { Clock } from '@lemon/platform';
import type { DataSource } from 'typeorm';

export type IdempotencyOutcome =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; response: unknown; headers: Record<string, string> }
  /** The first response carried a secret (a key, a signing secret, a feed token): it was not kept. */
  | { kind: 'secret_not_replayable'; id: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in_progress' };

/** Keys are remembered this long; after that the same key starts a new request. */
const RETENTION_MS = 24 * 3_600_000;

export const hashRequestBody = (body: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(body ?? null))
    .digest('hex');

/** Stored in place of a response that carried a secret: only the created resource's id is kept. */
const SECRET_MARKER = '$secretNotReplayable';

/**
 * Idempotency-Key: the first request with a key (per user) runs and its response is stored; the
 * same key with the same method, path and body replays that response and runs nothing; the same
 * key with anything else is refused. A request that failed leaves no record, so it can be retried.
 * A request still marked running after `inProgressTimeoutMs` (its process died) is taken over by
 * the next retry; the ids it creates are derived from the key (idempotency-scope.ts), so the
 * retry finds what the dead one committed instead of doing it twice.
 */
export class IdempotencyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly inProgressTimeoutMs = 10_000,
  ) {}

  async begin(ownerUserId: string, key: string, method: string, path: string, bodyHash: string): Promise<IdempotencyOutcome> {
    const now = this.now();
    await this.dataSource.query('DELETE FROM idem_requests WHERE owner_user_id = $1 AND key = $2 AND created_at < $3', [
      ownerUserId,
      key,
      new Date(now.getTime() - RETENTION_MS),
    ]);
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idem_requests (owner_user_id, key, method, path, body_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING key`,
      [ownerUserId, key, method, path, bodyHash, now],
    );
    if (inserted.length > 0) return { kind: 'new' };
    const [row]: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT * FROM idem_requests WHERE owner_user_id = $1 AND key = $2',
      [ownerUserId, key],
    );
    if (!row) return this.begin(ownerUserId, key, method, path, bodyHash); // expired between the two statements
    if (row.method !== method || row.path !== path || row.body_hash !== bodyHash) return { kind: 'mismatch' };
    if (row.status === null) {
      // Running, or abandoned by a process that died: after the timeout the retry takes over.
      // TypeORM answers an UPDATE with [rows, rowCount].
      const [takenOver]: [unknown[], number] = await this.dataSource.query(
        `UPDATE idem_requests SET created_at = $3 WHERE owner_user_id = $1 AND key = $2 AND status IS NULL AND created_at < $4
         RETURNING key`,
        [ownerUserId, key, now, new Date(now.getTime() - this.inProgressTimeoutMs)],
      );
      return takenOver.length > 0 ? { kind: 'new' } : { kind: 'in_progress' };
    }
    const response = row.response as Record<string, unknown> | null;
    if (response && typeof response === 'object' && SECRET_MARKER in response) {
      return { kind: 'secret_not_replayable', id: (response[SECRET_MARKER] as { id?: unknown }).id ?? null };
    }
    return { kind: 'replay', status: row.status as number, response: row.response, headers: (row.headers ?? {}) as Record<string, string> };
  }

  /**
   * Stores the response for replays. `secretFree: false` (a response that shows a secret once)
   * stores only the created resource's id: secrets are never kept at rest for a replay.
   */
  async complete(
    ownerUserId: string,
    key: string,
    status: number,
    response: unknown,
    headers: Record<string, string>,
    { secretFree = true }: { secretFree?: boolean } = {},
  ): Promise<void> {
    if (!secretFree) response = { [SECRET_MARKER]: { id: (response as { id?: unknown } | null)?.id ?? null } };
    await this.dataSource.query('UPDATE idem_requests SET status = $3, response = $4, headers = $5 WHERE owner_user_id = $1 AND key = $2', [
      ownerUserId,
      key,
      status,
      JSON.stringify(response ?? null),
      JSON.stringify(headers),
    ]);
  }

  async abandon(ownerUserId: string, key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM idem_requests WHERE owner_user_id = $1 AND key = $2 AND status IS NULL', [ownerUserId, key]);
  }

  private now(): Date {
    return new Date(this.clock.now().epochMilliseconds);
  }
}
