import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11 (web app): the case list carries the manufacturer, the days out of service and what
 * happened last; docket rows carry the client's name and the vehicle beside the case id, so the
 * docket and calendar events read as names. Both read models are emptied and rebuilt from the log
 * (their versions went to 2, so the runners start with no checkpoint).
 */
export class ListAndDocketNames1764374400000 implements MigrationInterface {
  name = 'ListAndDocketNames1764374400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('TRUNCATE rm_case_summaries, rm_deadlines');
    await runner.query("DELETE FROM rm_checkpoints WHERE projection IN ('case-list', 'deadline-docket')");
    await runner.query(`
      ALTER TABLE rm_case_summaries
        ADD COLUMN manufacturer_name text NOT NULL DEFAULT '',
        ADD COLUMN manufacturer_directory_id text,
        ADD COLUMN days_out_of_service int NOT NULL DEFAULT 0,
        ADD COLUMN days_out_counted_on date,
        ADD COLUMN repair_open boolean NOT NULL DEFAULT false,
        ADD COLUMN last_event_type text NOT NULL DEFAULT ''`);
    await runner.query(`
      ALTER TABLE rm_deadlines
        ADD COLUMN client_name text NOT NULL DEFAULT '',
        ADD COLUMN model_year int,
        ADD COLUMN make text NOT NULL DEFAULT '',
        ADD COLUMN model text NOT NULL DEFAULT ''`);
    // The case list's "next deadline" reads each listed case's earliest pending deadline.
    await runner.query('CREATE INDEX rm_deadlines_case_due ON rm_deadlines (case_id, due_on)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX rm_deadlines_case_due');
    await runner.query('ALTER TABLE rm_deadlines DROP COLUMN client_name, DROP COLUMN model_year, DROP COLUMN make, DROP COLUMN model');
    await runner.query(`
      ALTER TABLE rm_case_summaries DROP COLUMN manufacturer_name, DROP COLUMN manufacturer_directory_id,
        DROP COLUMN days_out_of_service, DROP COLUMN days_out_counted_on, DROP COLUMN repair_open, DROP COLUMN last_event_type`);
  }
}
