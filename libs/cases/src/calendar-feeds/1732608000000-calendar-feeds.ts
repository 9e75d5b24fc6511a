import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Revocable per-organisation tokens for the iCalendar docket feed (stored hashed). */
export class CalendarFeeds1732608000000 implements MigrationInterface {
  name = 'CalendarFeeds1732608000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE cal_feed_tokens (
        id              uuid        PRIMARY KEY,
        organisation_id text        NOT NULL,
        token_hash      text        NOT NULL UNIQUE,
        label           text,
        created_at      timestamptz NOT NULL,
        last_used_at    timestamptz,
        revoked_at      timestamptz
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE cal_feed_tokens');
  }
}
