import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Letterhead (per organisation) and signature block (per user) for generated letters. */
export class PaperworkProfiles1732867200000 implements MigrationInterface {
  name = 'PaperworkProfiles1732867200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE doc_organisation_profiles (
        organisation_id uuid        PRIMARY KEY,
        address         text,
        phone           text,
        bar_number      text,
        updated_at      timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE doc_user_signatures (
        user_id         uuid        PRIMARY KEY,
        signature_lines jsonb       NOT NULL DEFAULT '[]',
        bar_number      text,
        updated_at      timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE doc_user_signatures');
    await runner.query('DROP TABLE doc_organisation_profiles');
  }
}
