import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { WebhookEventType, WebhookPayload } from '../webhook-event-types';

export interface OutgoingWebhookEvent {
  organisationId: string;
  type: WebhookEventType;
  /** Same key, same message: an alert raised twice (another worker, a restart) is stored once per subscription. */
  dedupeKey: string;
  data: WebhookPayload['data'];
  now: Date;
}

/**
 * Writes one outbox message per matching subscription, inside the caller's transaction (the
 * transaction that raised the event), so an event is never lost between "decided to alert" and
 * "queued for delivery". A disabled endpoint's message is stored `held`: delivered when the
 * endpoint is re-enabled, or `expired` three days after it was held. Returns how many messages were stored.
 */
export async function enqueueWebhookEvent(manager: EntityManager, event: OutgoingWebhookEvent): Promise<number> {
  const subscriptions: Array<{ id: string; status: string }> = await manager.query(
    `SELECT id, status FROM wh_subscriptions
      WHERE organisation_id = $1 AND deleted_at IS NULL
        AND ($2 = ANY (event_types) OR '*' = ANY (event_types))`,
    [event.organisationId, event.type],
  );
  let queued = 0;
  for (const { id, status } of subscriptions) {
    const payload: WebhookPayload = { type: event.type, timestamp: event.now.toISOString(), data: event.data };
    const inserted: unknown[] = await manager.query(
      `INSERT INTO wh_messages (id, subscription_id, event_type, dedupe_key, payload, next_attempt_at, created_at, status, held_since)
       VALUES ($1, $2, $3, $4, $5, $6, $6, $7, CASE WHEN $7 = 'held' THEN $6::timestamptz END)
       ON CONFLICT (subscription_id, dedupe_key) DO NOTHING RETURNING id`,
      [
        `msg_${randomUUID().replace(/-/g, '')}`,
        id,
        event.type,
        event.dedupeKey,
        JSON.stringify(payload),
        event.now,
        status === 'active' ? 'pending' : 'held',
      ],
    );
    queued += inserted.length;
  }
  return queued;
}
