import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, users, API keys (hashed), the case access log and idempotency records. */
export class Access1732694400000 implements MigrationInterface {
  name = 'Access1732694400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE iam_organisations (
        id         uuid        PRIMARY KEY,
        name       text        NOT NULL,
        kind       text        NOT NULL CHECK (kind IN ('law_firm', 'manufacturer')),
        operator   boolean     NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE iam_users (
        id              uuid        PRIMARY KEY,
        organisation_id uuid        NOT NULL REFERENCES iam_organisations (id),
        name            text        NOT NULL,
        email           text,
        role            text        NOT NULL CHECK (role IN ('admin', 'attorney', 'staff', 'auditor')),
        created_at      timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX iam_users_org ON iam_users (organisation_id)');
    await runner.query(`
      CREATE TABLE iam_api_keys (
        id           uuid        PRIMARY KEY,
        user_id      uuid        NOT NULL REFERENCES iam_users (id),
        key_hash     text        NOT NULL UNIQUE,
        key_prefix   text        NOT NULL,
        label        text,
        created_at   timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_at   timestamptz
      )`);
    await runner.query('CREATE INDEX iam_api_keys_user ON iam_api_keys (user_id)');
    await runner.query(`
      CREATE TABLE audit_case_reads (
        id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id           uuid        NOT NULL,
        organisation_id   uuid        NOT NULL,
        organisation_kind text        NOT NULL,
        user_id           uuid        NOT NULL,
        role              text        NOT NULL,
        method            text        NOT NULL,
        path              text        NOT NULL,
        correlation_id    text,
        read_at           timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX audit_case_reads_case ON audit_case_reads (case_id, read_at)');
    await runner.query(`
      CREATE TABLE idem_requests (
        owner_user_id uuid        NOT NULL,
        key           text        NOT NULL,
        method        text        NOT NULL,
        path          text        NOT NULL,
        body_hash     text        NOT NULL,
        status        int,
        response      jsonb,
        headers       jsonb,
        created_at    timestamptz NOT NULL,
        PRIMARY KEY (owner_user_id, key)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['idem_requests', 'audit_case_reads', 'iam_api_keys', 'iam_users', 'iam_organisations'])
      await runner.query(`DROP TABLE ${table}`);
  }
}
