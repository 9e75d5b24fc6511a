import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People sign in: password hashes on users, server-side sessions (only hashes of their ids),
 * one-time links (invitation, password reset, first-start setup; only hashes), the login
 * brute-force counters (rate-limiter-flexible's table layout) and the CSRF signing secret.
 */
export class PeopleSignIn1764316800000 implements MigrationInterface {
  name = 'PeopleSignIn1764316800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE iam_users ADD COLUMN password_hash text, ADD COLUMN password_set_at timestamptz');
    await runner.query('CREATE INDEX iam_users_email ON iam_users (lower(email))');
    await runner.query(`
      CREATE TABLE iam_sessions (
        id_hash      text        PRIMARY KEY,
        user_id      uuid        NOT NULL REFERENCES iam_users (id),
        created_at   timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        ended_at     timestamptz
      )`);
    await runner.query('CREATE INDEX iam_sessions_user ON iam_sessions (user_id)');
    await runner.query(`
      CREATE TABLE iam_credential_links (
        token_hash   text        PRIMARY KEY,
        user_id      uuid        NOT NULL REFERENCES iam_users (id),
        purpose      text        NOT NULL CHECK (purpose IN ('invitation', 'password_reset', 'setup')),
        created_at   timestamptz NOT NULL,
        expires_at   timestamptz NOT NULL,
        used_at      timestamptz
      )`);
    await runner.query('CREATE INDEX iam_credential_links_user ON iam_credential_links (user_id)');
    await runner.query('CREATE TABLE iam_login_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)');
    await runner.query('CREATE TABLE iam_secrets (name text PRIMARY KEY, value text NOT NULL)');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['iam_secrets', 'iam_login_limits', 'iam_credential_links', 'iam_sessions'])
      await runner.query(`DROP TABLE ${table}`);
    await runner.query('DROP INDEX iam_users_email');
    await runner.query('ALTER TABLE iam_users DROP COLUMN password_hash, DROP COLUMN password_set_at');
  }
}
