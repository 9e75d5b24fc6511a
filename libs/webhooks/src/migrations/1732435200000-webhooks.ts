import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook subscriptions, the durable outbox of messages, and every delivery attempt (wh_). */
export class Webhooks1732435200000 implements MigrationInterface {
  name = 'Webhooks1732435200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE wh_subscriptions (
        id                         uuid        PRIMARY KEY,
        organisation_id            text        NOT NULL,
        url                        text        NOT NULL,
        event_types                text[]      NOT NULL,
        description                text,
        secret                     text        NOT NULL,
        previous_secret            text,
        previous_secret_expires_at timestamptz,
        status                     text        NOT NULL DEFAULT 'active',
        disabled_reason            text,
        disabled_at                timestamptz,
        created_at                 timestamptz NOT NULL,
        updated_at                 timestamptz NOT NULL,
        deleted_at                 timestamptz
      )`);
    await runner.query('CREATE INDEX wh_subscriptions_org ON wh_subscriptions (organisation_id) WHERE deleted_at IS NULL');
    await runner.query(`
      CREATE TABLE wh_messages (
        id               text        PRIMARY KEY,
        subscription_id  uuid        NOT NULL REFERENCES wh_subscriptions (id),
        event_type       text        NOT NULL,
        dedupe_key       text        NOT NULL,
        payload          jsonb       NOT NULL,
        status           text        NOT NULL DEFAULT 'pending',
        attempts         int         NOT NULL DEFAULT 0,
        next_attempt_at  timestamptz NOT NULL,
        locked_until     timestamptz,
        created_at       timestamptz NOT NULL,
        delivered_at     timestamptz,
        last_status_code int,
        last_error       text,
        UNIQUE (subscription_id, dedupe_key)
      )`);
    await runner.query("CREATE INDEX wh_messages_due ON wh_messages (next_attempt_at) WHERE status = 'pending'");
    await runner.query(`
      CREATE TABLE wh_attempts (
        id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        message_id   text        NOT NULL REFERENCES wh_messages (id),
        attempted_at timestamptz NOT NULL,
        trigger      text        NOT NULL,
        status_code  int,
        latency_ms   int         NOT NULL,
        error        text
      )`);
    await runner.query('CREATE INDEX wh_attempts_message ON wh_attempts (message_id, attempted_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE wh_attempts');
    await runner.query('DROP TABLE wh_messages');
    await runner.query('DROP TABLE wh_subscriptions');
  }
}
