import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Presumption status on case summaries, for `GET /cases?presumption=`. The projection's version
 * went to 2, so the runner rebuilds the summaries from the log and fills these columns.
 */
export class CasePresumptionStatus1732348800000 implements MigrationInterface {
  name = 'CasePresumptionStatus1732348800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('TRUNCATE rm_case_summaries');
    await runner.query(`ALTER TABLE rm_case_summaries
      ADD COLUMN presumption_status text NOT NULL,
      ADD COLUMN presumption_evaluated_on date NOT NULL,
      ADD COLUMN presumption_stale_on date`);
    await runner.query('CREATE INDEX rm_case_summaries_presumption ON rm_case_summaries (presumption_status)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE rm_case_summaries
      DROP COLUMN presumption_status, DROP COLUMN presumption_evaluated_on, DROP COLUMN presumption_stale_on`);
  }
}
