import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration (issue 11): a user can be deactivated (and reactivated) without deleting them, so
 * their name stays on everything they recorded; their sessions and API keys stop working at once.
 * Role changes and (de)activations are kept in an administration log: who did what to whom, when.
 */
export class UserDeactivation1764374400000 implements MigrationInterface {
  name = 'UserDeactivation1764374400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE iam_users ADD COLUMN deactivated_at timestamptz');
    await runner.query(`
      CREATE TABLE audit_admin_actions (
        id              uuid        PRIMARY KEY,
        seq             bigserial   NOT NULL,
        at              timestamptz NOT NULL,
        organisation_id uuid        NOT NULL,
        actor_user_id   uuid        NOT NULL,
        action          text        NOT NULL,
        target_user_id  uuid        NOT NULL,
        detail          jsonb       NOT NULL DEFAULT '{}'
      )`);
    await runner.query('CREATE INDEX audit_admin_actions_org ON audit_admin_actions (organisation_id, at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE audit_admin_actions');
    await runner.query('ALTER TABLE iam_users DROP COLUMN deactivated_at');
  }
}
