import type { Agent } from 'node:http';
import type { Clock } from '@lemon/platform';
import type { DataSource } from 'typeorm';
import { rowsOf } from '../sql-rows';
import { postJson, type PostResult } from './http-poster';
import { nextRetryDelay, type RetryPolicy } from './retry-schedule';
import { signWebhook } from './webhook-signer';

export interface WebhookDispatcherOptions {
  retryPolicy: RetryPolicy;
  /** How long a claimed message stays reserved for this worker; after that another may retry it. */
  leaseMs: number;
  /** Hard wall-clock limit of one attempt (WEBHOOK_ATTEMPT_TIMEOUT_MS); must stay below leaseMs. */
  timeoutMs: number;
  /** How many endpoints are delivered to at once (one message in flight per endpoint). */
  batchSize: number;
  /** How long a message raised for (or pending at) a disabled endpoint is held before it expires. */
  heldExpiryMs?: number;
  pollIntervalMs: number;
  agentFor: (url: URL) => Agent;
  log?: (message: string, details: Record<string, unknown>) => void;
}

interface ClaimedMessage {
  id: string;
  subscription_id: string;
  payload: unknown;
  attempts: number;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  subscription_status: string;
  deleted_at: Date | null;
}

export type AttemptTrigger = 'scheduled' | 'redelivery' | 'test';

/** Messages of a disabled endpoint wait this long (from when they were held) for re-enabling. */
export const HELD_EXPIRY_MS = 3 * 24 * 3_600_000;

/**
 * Sends queued webhook messages. Claiming is a short statement (FOR UPDATE SKIP LOCKED + a
 * lease), never a transaction held across the HTTP call: an open transaction would hold back
 * every event-log reader on the server. A worker that dies mid-delivery leaves a lease that
 * expires; the message is then sent again under the same webhook-id, so receivers dedupe.
 *
 * Isolation: each attempt ends within a hard wall-clock limit (below the lease), and messages are
 * claimed per endpoint, one in flight per endpoint, each delivery running on its own: a slow or
 * hanging receiver holds only its own queue, never another endpoint's (another tenant's).
 */
export class WebhookDispatcher {
  private controller = new AbortController();
  private loop?: Promise<void>;
  /** Deliveries running in the loop, by subscription: that endpoint is not claimed again meanwhile. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private wakeLoop?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly options: WebhookDispatcherOptions,
  ) {}

  start(): void {
    this.controller = new AbortController();
    this.loop = this.run(this.controller.signal);
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await this.loop;
  }

  /** Claims and sends every message due now, endpoint by endpoint; returns how many were attempted. */
  async dispatchDue(): Promise<number> {
    let attempted = 0;
    await this.expireHeld();
    for (;;) {
      const claimed = await this.claim();
      if (claimed.length === 0) return attempted;
      await Promise.all(claimed.map((m) => this.deliver(m, 'scheduled')));
      attempted += claimed.length;
    }
  }

  private async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await this.expireHeld();
        await this.startDueDeliveries();
      } catch (error) {
        this.options.log?.('webhook dispatch failed; retrying', { error: (error as Error).message });
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs);
        this.wakeLoop = () => (clearTimeout(timer), resolve());
        signal.addEventListener('abort', this.wakeLoop, { once: true });
      });
      this.wakeLoop = undefined;
    }
    await Promise.all(this.inFlight.values());
  }

  /** Claims due messages of endpoints with nothing in flight and starts each delivery on its own. */
  private async startDueDeliveries(): Promise<void> {
    const free = this.options.batchSize - this.inFlight.size;
    if (free <= 0) return;
    for (const message of await this.claim(free, [...this.inFlight.keys()])) {
      const delivery = this.deliver(message, 'scheduled').then(
        () => undefined,
        (error: Error) => this.options.log?.('webhook delivery failed', { messageId: message.id, error: error.message }),
      );
      this.inFlight.set(
        message.subscription_id,
        delivery.finally(() => {
          this.inFlight.delete(message.subscription_id);
          this.wakeLoop?.(); // that endpoint's next message, at once
        }),
      );
    }
  }

  /**
   * Due messages, at most one per endpoint, skipping endpoints with a message still leased (in
   * flight here or in another worker) and those in `busy`.
   */
  private async claim(limit = this.options.batchSize, busy: string[] = []): Promise<ClaimedMessage[]> {
    const now = this.now();
    const result = await this.dataSource.query(
      `WITH candidates AS (
         SELECT m.id, m.next_attempt_at,
                row_number() OVER (PARTITION BY m.subscription_id ORDER BY m.next_attempt_at, m.id) AS nth
           FROM wh_messages m
          WHERE m.status = 'pending' AND m.next_attempt_at <= $1 AND (m.locked_until IS NULL OR m.locked_until < $1)
            AND NOT (m.subscription_id = ANY ($4::uuid[]))
            AND NOT EXISTS (SELECT 1 FROM wh_messages b
                             WHERE b.subscription_id = m.subscription_id AND b.status = 'pending' AND b.locked_until >= $1)
       ),
       due AS (
         SELECT m.id FROM wh_messages m JOIN candidates c ON c.id = m.id
          WHERE c.nth = 1
          ORDER BY c.next_attempt_at
          LIMIT $3
          FOR UPDATE OF m SKIP LOCKED)
       UPDATE wh_messages m SET locked_until = $2
         FROM due, wh_subscriptions s
        WHERE m.id = due.id AND s.id = m.subscription_id
        RETURNING m.id, m.subscription_id, m.payload, m.attempts, s.url, s.secret, s.previous_secret,
                  s.previous_secret_expires_at, s.status AS subscription_status, s.deleted_at`,
      [now, new Date(now.getTime() + this.options.leaseMs), limit, busy],
    );
    return rowsOf<ClaimedMessage>(result);
  }

  /** Held messages past their time are given up, visibly (status `expired`), never deleted. */
  async expireHeld(): Promise<void> {
    const now = this.now();
    await this.dataSource.query(
      `UPDATE wh_messages SET status = 'expired', locked_until = NULL WHERE status = 'held' AND held_since < $1`,
      [new Date(now.getTime() - (this.options.heldExpiryMs ?? HELD_EXPIRY_MS))],
    );
  }

  /** Sends one message now (also used for redelivery and test-sends) and records the attempt. */
  async deliver(message: ClaimedMessage, trigger: AttemptTrigger): Promise<PostResult> {
    if (message.deleted_at) {
      await this.dataSource.query(`UPDATE wh_messages SET status = 'cancelled', locked_until = NULL WHERE id = $1`, [message.id]);
      return { error: 'subscription deleted', latencyMs: 0 };
    }
    if (message.subscription_status !== 'active' && trigger === 'scheduled') {
      // Disabled meanwhile: kept for re-enabling (or expiry), never dropped.
      await this.dataSource.query(
        `UPDATE wh_messages SET status = 'held', held_since = $2, locked_until = NULL WHERE id = $1 AND status = 'pending'`,
        [message.id, this.now()],
      );
      return { error: 'endpoint disabled: message held', latencyMs: 0 };
    }
    const now = this.now();
    const secrets = [message.secret];
    if (message.previous_secret && message.previous_secret_expires_at && message.previous_secret_expires_at > now)
      secrets.push(message.previous_secret);
    const body = JSON.stringify(message.payload);
    const url = new URL(message.url);
    const result = await postJson(
      url,
      { ...signWebhook(message.id, now, body, secrets) },
      body,
      this.options.agentFor(url),
      this.options.timeoutMs,
    );
    await this.record(message, trigger, result, now);
    return result;
  }

  private async record(message: ClaimedMessage, trigger: AttemptTrigger, result: PostResult, at: Date): Promise<void> {
    const ok = result.statusCode !== undefined && result.statusCode >= 200 && result.statusCode < 300;
    const attempts = message.attempts + 1;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO wh_attempts (message_id, attempted_at, trigger, status_code, latency_ms, error) VALUES ($1, $2, $3, $4, $5, $6)`,
        [message.id, at, trigger, result.statusCode ?? null, result.latencyMs, result.error ?? null],
      );
      if (trigger === 'test') {
        // Answered to the caller at once; never retried, never counted toward disabling.
        await manager.query(
          `UPDATE wh_messages SET status = $2, attempts = $3, delivered_at = $4, locked_until = NULL, last_status_code = $5, last_error = $6 WHERE id = $1`,
          [message.id, ok ? 'delivered' : 'failed', attempts, ok ? at : null, result.statusCode ?? null, result.error ?? null],
        );
        return;
      }
      if (ok) {
        await manager.query(
          `UPDATE wh_messages SET status = 'delivered', attempts = $2, delivered_at = $3, locked_until = NULL, last_status_code = $4, last_error = NULL WHERE id = $1`,
          [message.id, attempts, at, result.statusCode],
        );
        return;
      }
      const delay = nextRetryDelay(this.options.retryPolicy, attempts);
      if (delay === null) {
        await manager.query(
          `UPDATE wh_messages SET status = 'failed', attempts = $2, locked_until = NULL, last_status_code = $3, last_error = $4 WHERE id = $1`,
          [message.id, attempts, result.statusCode ?? null, result.error ?? null],
        );
        // The endpoint failed for the whole retry span (about three days): stop sending to it, visibly.
        await manager.query(
          `UPDATE wh_subscriptions SET status = 'disabled', disabled_at = $2, updated_at = $2,
                  disabled_reason = $3 WHERE id = $1 AND status = 'active'`,
          [
            message.subscription_id,
            at,
            `message ${message.id} failed ${attempts} attempts over the whole retry schedule; last: ${result.statusCode ?? result.error}`,
          ],
        );
        // What was still queued for it is kept (held) for re-enabling, not cancelled.
        await manager.query(
          `UPDATE wh_messages SET status = 'held', held_since = $2, locked_until = NULL WHERE subscription_id = $1 AND status = 'pending'`,
          [message.subscription_id, at],
        );
        return;
      }
      await manager.query(
        `UPDATE wh_messages SET attempts = $2, next_attempt_at = $3, locked_until = NULL, last_status_code = $4, last_error = $5 WHERE id = $1`,
        [message.id, attempts, new Date(at.getTime() + delay), result.statusCode ?? null, result.error ?? null],
      );
    });
  }

  /** Loads a message for an immediate send outside the schedule (redelivery, test-send). */
  async loadForImmediateSend(messageId: string): Promise<ClaimedMessage | undefined> {
    const rows: ClaimedMessage[] = await this.dataSource.query(
      `SELECT m.id, m.subscription_id, m.payload, m.attempts, s.url, s.secret, s.previous_secret,
              s.previous_secret_expires_at, s.status AS subscription_status, s.deleted_at
         FROM wh_messages m JOIN wh_subscriptions s ON s.id = m.subscription_id WHERE m.id = $1`,
      [messageId],
    );
    return rows[0];
  }

  private now(): Date {
    return new Date(this.clock.now().epochMilliseconds);
  }
}
