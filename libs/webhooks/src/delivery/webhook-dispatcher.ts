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
  timeoutMs: number;
  batchSize: number;
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

/**
 * Sends queued webhook messages. Claiming is a short statement (FOR UPDATE SKIP LOCKED + a
 * lease), never a transaction held across the HTTP call: an open transaction would hold back
 * every event-log reader on the server. A worker that dies mid-delivery leaves a lease that
 * expires; the message is then sent again under the same webhook-id, so receivers dedupe.
 */
export class WebhookDispatcher {
  private controller = new AbortController();
  private loop?: Promise<void>;

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

  /** Claims and sends every message due now; returns how many were attempted. */
  async dispatchDue(): Promise<number> {
    let attempted = 0;
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
        await this.dispatchDue();
      } catch (error) {
        this.options.log?.('webhook dispatch failed; retrying', { error: (error as Error).message });
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs);
        signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      });
    }
  }

  private async claim(): Promise<ClaimedMessage[]> {
    const now = this.now();
    const result = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM wh_messages
          WHERE status = 'pending' AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until < $1)
          ORDER BY next_attempt_at
          LIMIT $3
          FOR UPDATE SKIP LOCKED)
       UPDATE wh_messages m SET locked_until = $2
         FROM due, wh_subscriptions s
        WHERE m.id = due.id AND s.id = m.subscription_id
        RETURNING m.id, m.subscription_id, m.payload, m.attempts, s.url, s.secret, s.previous_secret,
                  s.previous_secret_expires_at, s.status AS subscription_status, s.deleted_at`,
      [now, new Date(now.getTime() + this.options.leaseMs), this.options.batchSize],
    );
    return rowsOf<ClaimedMessage>(result);
  }

  /** Sends one message now (also used for redelivery and test-sends) and records the attempt. */
  async deliver(message: ClaimedMessage, trigger: AttemptTrigger): Promise<PostResult> {
    if (message.deleted_at || message.subscription_status !== 'active') {
      await this.dataSource.query(`UPDATE wh_messages SET status = 'cancelled', locked_until = NULL WHERE id = $1`, [message.id]);
      return { error: 'subscription no longer active', latencyMs: 0 };
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
