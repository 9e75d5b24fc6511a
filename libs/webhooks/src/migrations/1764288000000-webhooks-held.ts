import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a message was held for a disabled endpoint: it expires three days after that (issue 14 §2). */
export class WebhooksHeld1764288000000 implements MigrationInterface {
  name = 'WebhooksHeld1764288000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE wh_messages ADD COLUMN held_since timestamptz');
    await runner.query("CREATE INDEX wh_messages_held ON wh_messages (held_since) WHERE status = 'held'");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX wh_messages_held');
    await runner.query('ALTER TABLE wh_messages DROP COLUMN held_since');
  }
}
