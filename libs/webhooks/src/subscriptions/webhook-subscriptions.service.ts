import { randomUUID } from 'node:crypto';
import type { Clock } from '@lemon/platform';
import type { DataSource } from 'typeorm';
import { HELD_EXPIRY_MS, type WebhookDispatcher } from '../delivery/webhook-dispatcher';
import { checkWebhookTarget } from '../delivery/target-policy';
import { newSigningSecret } from '../delivery/webhook-signer';
import { enqueueWebhookEvent } from '../outbox/webhook-outbox';
import { rowsOf } from '../sql-rows';
import type { WebhookEventType } from '../webhook-event-types';

export interface WebhookSubscriptionView {
  id: string;
  url: string;
  eventTypes: string[];
  description: string | null;
  /** `paused` by its owner, or `disabled` after failing for the whole retry schedule: either way new messages are held. */
  status: SubscriptionStatus;
  /** Why it is not active ("paused by …", or the last failure), and since when. */
  disabledReason: string | null;
  disabledAt: string | null;
  /** Until when the previous secret still signs alongside the new one (after a rotation). */
  previousSecretValidUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export type SubscriptionStatus = 'active' | 'paused' | 'disabled';

export class WebhookTargetRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export class WebhookSubscriptionNotFound extends Error {}

interface SubscriptionRow {
  id: string;
  url: string;
  event_types: string[];
  description: string | null;
  status: SubscriptionStatus;
  disabled_reason: string | null;
  disabled_at: Date | null;
  previous_secret_expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const toView = (row: SubscriptionRow, now: Date): WebhookSubscriptionView => ({
  id: row.id,
  url: row.url,
  eventTypes: row.event_types,
  description: row.description,
  status: row.status,
  disabledReason: row.disabled_reason,
  disabledAt: row.disabled_at?.toISOString() ?? null,
  previousSecretValidUntil:
    row.previous_secret_expires_at && row.previous_secret_expires_at > now ? row.previous_secret_expires_at.toISOString() : null,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

const COLUMNS =
  'id, url, event_types, description, status, disabled_reason, disabled_at, previous_secret_expires_at, created_at, updated_at';

/** Subscriptions of one organisation: create (secret shown once), list, delete, rotate, deliveries, redeliver, test-send. */
export class WebhookSubscriptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly dispatcher: WebhookDispatcher,
    private readonly allowList: readonly string[],
    private readonly rotationGraceMs = 24 * 3_600_000,
    private readonly heldExpiryMs = HELD_EXPIRY_MS,
  ) {}

  async create(organisationId: string, input: { url: string; eventTypes: string[]; description?: string }) {
    const verdict = await checkWebhookTarget(input.url, { allowList: this.allowList });
    if (!verdict.allowed) throw new WebhookTargetRefused(verdict.reason);
    const now = this.now();
    const secret = newSigningSecret();
    const [row]: SubscriptionRow[] = await this.dataSource.query(
      `INSERT INTO wh_subscriptions (id, organisation_id, url, event_types, description, secret, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING ${COLUMNS}`,
      [randomUUID(), organisationId, verdict.url.toString(), [...new Set(input.eventTypes)], input.description ?? null, secret, now],
    );
    return { ...toView(row, now), secret };
  }

  async list(organisationId: string): Promise<WebhookSubscriptionView[]> {
    const rows: SubscriptionRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM wh_subscriptions WHERE organisation_id = $1 AND deleted_at IS NULL ORDER BY created_at`,
      [organisationId],
    );
    return rows.map((r) => toView(r, this.now()));
  }

  async get(organisationId: string, id: string): Promise<WebhookSubscriptionView> {
    return toView(await this.row(organisationId, id), this.now());
  }

  async delete(organisationId: string, id: string): Promise<void> {
    await this.row(organisationId, id);
    const now = this.now();
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE wh_subscriptions SET deleted_at = $2, updated_at = $2 WHERE id = $1', [id, now]);
      // Deleted by its owner: what was still waiting is cancelled (visibly, in the deliveries).
      await manager.query(`UPDATE wh_messages SET status = 'cancelled' WHERE subscription_id = $1 AND status IN ('pending', 'held')`, [id]);
    });
  }

  /**
   * Changes where it posts and what it listens to; what is omitted stays. A new URL passes the same
   * target check as at creation; messages already queued go to the new URL (they are read with the
   * subscription at each attempt).
   */
  async update(
    organisationId: string,
    id: string,
    changes: { url?: string; eventTypes?: string[]; description?: string | null },
  ): Promise<WebhookSubscriptionView> {
    const current = await this.row(organisationId, id);
    let url = current.url;
    if (changes.url !== undefined) {
      const verdict = await checkWebhookTarget(changes.url, { allowList: this.allowList });
      if (!verdict.allowed) throw new WebhookTargetRefused(verdict.reason);
      url = verdict.url.toString();
    }
    const now = this.now();
    const [row] = rowsOf<SubscriptionRow>(
      await this.dataSource.query(
        `UPDATE wh_subscriptions SET url = $2, event_types = $3, description = $4, updated_at = $5 WHERE id = $1 RETURNING ${COLUMNS}`,
        [
          id,
          url,
          changes.eventTypes ? [...new Set(changes.eventTypes)] : current.event_types,
          changes.description === undefined ? current.description : changes.description,
          now,
        ],
      ),
    );
    return toView(row, now);
  }

  /**
   * Paused by its owner (e.g. while the receiving system is down for maintenance): nothing is sent;
   * what is raised meanwhile, and what was waiting, is held exactly as for an auto-disabled
   * endpoint, and delivered when it is resumed (`enable`) or expired three days after it was held.
   * Pausing a paused endpoint changes nothing.
   */
  async pause(organisationId: string, id: string, pausedBy: string): Promise<WebhookSubscriptionView> {
    const current = await this.row(organisationId, id);
    if (current.status === 'paused') return toView(current, this.now());
    const now = this.now();
    const row = await this.dataSource.transaction(async (manager) => {
      const [updated] = rowsOf<SubscriptionRow>(
        await manager.query(
          `UPDATE wh_subscriptions SET status = 'paused', disabled_reason = $2, disabled_at = $3, updated_at = $3 WHERE id = $1 RETURNING ${COLUMNS}`,
          [id, `paused by ${pausedBy}`, now],
        ),
      );
      // An attempt already under way (leased) finishes; if it must be retried, the dispatcher holds it then.
      await manager.query(
        `UPDATE wh_messages SET status = 'held', held_since = $2
          WHERE subscription_id = $1 AND status = 'pending' AND (locked_until IS NULL OR locked_until < $2)`,
        [id, now],
      );
      return updated;
    });
    return toView(row, now);
  }

  /** A new secret, shown once; the old one keeps signing beside it for the grace period. */
  async rotateSecret(organisationId: string, id: string) {
    await this.row(organisationId, id);
    const now = this.now();
    const secret = newSigningSecret();
    const [row] = rowsOf<SubscriptionRow>(
      await this.dataSource.query(
        `UPDATE wh_subscriptions SET previous_secret = secret, previous_secret_expires_at = $3, secret = $2, updated_at = $4
        WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, secret, new Date(now.getTime() + this.rotationGraceMs), now],
      ),
    );
    return { ...toView(row, now), secret };
  }

  /**
   * Resumes a paused endpoint, or re-enables a disabled one (after its owner fixed it): its held messages are queued for
   * delivery at once (those held past three days have expired); failed ones can be redelivered.
   */
  async enable(organisationId: string, id: string): Promise<WebhookSubscriptionView> {
    await this.row(organisationId, id);
    await this.dispatcher.expireHeld();
    const now = this.now();
    const row = await this.dataSource.transaction(async (manager) => {
      const [updated] = rowsOf<SubscriptionRow>(
        await manager.query(
          `UPDATE wh_subscriptions SET status = 'active', disabled_reason = NULL, disabled_at = NULL, updated_at = $2 WHERE id = $1 RETURNING ${COLUMNS}`,
          [id, now],
        ),
      );
      await manager.query(
        `UPDATE wh_messages SET status = 'pending', next_attempt_at = $2, held_since = NULL, locked_until = NULL WHERE subscription_id = $1 AND status = 'held'`,
        [id, now],
      );
      return updated;
    });
    return toView(row, now);
  }

  async deliveries(organisationId: string, id: string, limit = 100) {
    await this.row(organisationId, id);
    const messages: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT m.id, m.event_type, m.status, m.attempts, m.next_attempt_at, m.created_at, m.delivered_at, m.last_status_code, m.last_error, m.held_since, m.payload,
              coalesce(json_agg(json_build_object('attemptedAt', a.attempted_at, 'trigger', a.trigger, 'statusCode', a.status_code,
                        'latencyMs', a.latency_ms, 'error', a.error) ORDER BY a.attempted_at) FILTER (WHERE a.id IS NOT NULL), '[]') AS attempts_log
         FROM wh_messages m LEFT JOIN wh_attempts a ON a.message_id = m.id
        WHERE m.subscription_id = $1
        GROUP BY m.id ORDER BY m.created_at DESC, m.id LIMIT $2`,
      [id, limit],
    );
    return messages.map((m) => ({
      messageId: m.id,
      eventType: m.event_type,
      status: m.status,
      attemptCount: m.attempts,
      nextAttemptAt: m.status === 'pending' ? (m.next_attempt_at as Date).toISOString() : null,
      createdAt: (m.created_at as Date).toISOString(),
      /** A held message (its endpoint is disabled) expires then unless the endpoint is re-enabled. */
      expiresAt: m.status === 'held' ? new Date((m.held_since as Date).getTime() + this.heldExpiryMs).toISOString() : null,
      deliveredAt: (m.delivered_at as Date | null)?.toISOString() ?? null,
      lastStatusCode: m.last_status_code,
      lastError: m.last_error,
      payload: m.payload,
      attempts: m.attempts_log,
    }));
  }

  async redeliver(organisationId: string, id: string, messageId: string) {
    await this.row(organisationId, id);
    const message = await this.dispatcher.loadForImmediateSend(messageId);
    if (!message || message.subscription_id !== id) throw new WebhookSubscriptionNotFound(`message ${messageId} not found`);
    const result = await this.dispatcher.deliver(message, 'redelivery');
    return { messageId, ...result };
  }

  /**
   * Sends a `webhook.test` message at once and answers with the outcome, under the same hard limit
   * as every attempt: the receiver sees a real signed delivery. It is recorded (status `sending`,
   * then `delivered` or `failed`) but never queued: the worker never retries it, and it never
   * counts toward disabling the endpoint.
   */
  async testSend(organisationId: string, id: string) {
    const subscription = await this.get(organisationId, id);
    const now = this.now();
    const dedupeKey = `test:${randomUUID()}`;
    await this.dataSource.transaction((manager) =>
      manager.query(
        `INSERT INTO wh_messages (id, subscription_id, event_type, dedupe_key, payload, next_attempt_at, created_at, status)
         VALUES ($1, $2, 'webhook.test', $3, $4, $5, $5, 'sending')`,
        [
          `msg_${randomUUID().replace(/-/g, '')}`,
          id,
          dedupeKey,
          JSON.stringify({ type: 'webhook.test', timestamp: now.toISOString(), data: { subscriptionId: subscription.id } }),
          now,
        ],
      ),
    );
    const [{ id: messageId }] = await this.dataSource.query('SELECT id FROM wh_messages WHERE subscription_id = $1 AND dedupe_key = $2', [
      id,
      dedupeKey,
    ]);
    const message = await this.dispatcher.loadForImmediateSend(messageId);
    return { messageId, ...(await this.dispatcher.deliver(message!, 'test')) };
  }

  /** For callers outside a transaction of their own (inside one, use enqueueWebhookEvent). */
  enqueue(organisationId: string, type: WebhookEventType, dedupeKey: string, data: Record<string, string | number | boolean | null>) {
    return this.dataSource.transaction((manager) =>
      enqueueWebhookEvent(manager, { organisationId, type, dedupeKey, data, now: this.now() }),
    );
  }

  private async row(organisationId: string, id: string): Promise<SubscriptionRow> {
    const rows: SubscriptionRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM wh_subscriptions WHERE id = $1 AND organisation_id = $2 AND deleted_at IS NULL`,
      [id, organisationId],
    );
    if (!rows[0]) throw new WebhookSubscriptionNotFound(`webhook subscription ${id} not found`);
    return rows[0];
  }

  private now(): Date {
    return new Date(this.clock.now().epochMilliseconds);
  }
}
