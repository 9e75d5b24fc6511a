import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read-only shares on case summaries (projection v4 rebuilds them from the log). */
export class CaseSharing1732780800000 implements MigrationInterface {
  name = 'CaseSharing1732780800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE rm_case_summaries ADD COLUMN shared_with text[] NOT NULL DEFAULT '{}'");
    await runner.query('CREATE INDEX rm_case_summaries_shared ON rm_case_summaries USING gin (shared_with)');
    await runner.query('ALTER TABLE rm_case_summaries ALTER COLUMN organisation_id DROP DEFAULT');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE rm_case_summaries DROP COLUMN shared_with');
  }
}
