import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10 §5 and §7: the case list and the docket become separate projections ("case-list",
 * "deadline-docket", each with its own checkpoint, both rebuilt from the log on the next start),
 * alerts come from the "case-alerts" reactor (its state: rx_case_presumptions), the daily
 * processor remembers the last legal day it processed, and the worker leaves a heartbeat.
 * The case list keeps no copy of the events any more. The docket carries its case's shares so it filters visibility on its own rows (index-friendly).
 */
export class SplitProjections1764316800000 implements MigrationInterface {
  name = 'SplitProjections1764316800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('TRUNCATE rm_case_summaries, rm_deadlines');
    // No copy of the events in any read model: single cases are read from their own stream.
    await runner.query('ALTER TABLE rm_case_summaries DROP COLUMN events');
    await runner.query("DELETE FROM rm_checkpoints WHERE projection = 'case-summary'");
    await runner.query("ALTER TABLE rm_deadlines ADD COLUMN shared_with text[] NOT NULL DEFAULT '{}'");
    await runner.query('CREATE INDEX rm_deadlines_shared ON rm_deadlines USING gin (shared_with)');
    await runner.query("CREATE INDEX rm_deadlines_open_due ON rm_deadlines (due_on) WHERE status = 'OPEN'");
    await runner.query(
      'CREATE INDEX rm_case_summaries_stale ON rm_case_summaries (presumption_stale_on) WHERE presumption_stale_on IS NOT NULL',
    );
    await runner.query(`
      CREATE TABLE rx_case_presumptions (
        case_id      uuid PRIMARY KEY,
        status       text NOT NULL,
        case_version int  NOT NULL
      )`);
    // The alerts reactor starts where the log is now: the alerts of the past were raised by the
    // projection it replaces (and a full replay would hold up a first start on a large log).
    await runner.query(`
      INSERT INTO rm_checkpoints (projection, version, position, events_applied, updated_at)
      SELECT 'case-alerts', 1, lpad(transaction_id::text, 20, '0') || ':' || lpad(global_position::text, 19, '0'), 0, now()
        FROM es_events ORDER BY transaction_id DESC, global_position DESC LIMIT 1`);
    await runner.query(`
      CREATE TABLE rm_daily_runs (
        processor text        PRIMARY KEY,
        legal_day date        NOT NULL,
        ran_at    timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE rm_worker_heartbeats (
        worker_id  text        PRIMARY KEY,
        host       text        NOT NULL,
        pid        int         NOT NULL,
        started_at timestamptz NOT NULL,
        beat_at    timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE rm_worker_heartbeats');
    await runner.query('DROP TABLE rm_daily_runs');
    await runner.query('DROP TABLE rx_case_presumptions');
    await runner.query('DROP INDEX rm_case_summaries_stale');
    await runner.query('DROP INDEX rm_deadlines_open_due');
    await runner.query('ALTER TABLE rm_deadlines DROP COLUMN shared_with');
    await runner.query("ALTER TABLE rm_case_summaries ADD COLUMN events jsonb NOT NULL DEFAULT '[]'");
  }
}
