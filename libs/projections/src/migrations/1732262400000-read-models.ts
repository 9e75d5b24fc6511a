import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models (rm_) and projection checkpoints. The event store's own tables are migrated by its adapter. */
export class ReadModels1732262400000 implements MigrationInterface {
  name = 'ReadModels1732262400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE rm_checkpoints (
        projection     text        NOT NULL,
        version        int         NOT NULL,
        position       text        NOT NULL,
        events_applied bigint      NOT NULL DEFAULT 0,
        updated_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, version)
      )`);
    await runner.query(`
      CREATE TABLE rm_case_summaries (
        case_id       uuid        PRIMARY KEY,
        version       int         NOT NULL,
        last_position text        NOT NULL,
        status        text        NOT NULL,
        jurisdiction  text        NOT NULL,
        client_name   text        NOT NULL,
        vin           text        NOT NULL,
        make          text        NOT NULL,
        model         text        NOT NULL,
        model_year    int         NOT NULL,
        delivery_date date        NOT NULL,
        search_text   text        NOT NULL,
        opened_at     timestamptz NOT NULL,
        updated_at    timestamptz NOT NULL,
        events        jsonb       NOT NULL
      )`);
    await runner.query('CREATE INDEX rm_case_summaries_status ON rm_case_summaries (status)');
    await runner.query('CREATE INDEX rm_case_summaries_jurisdiction ON rm_case_summaries (jurisdiction)');
    await runner.query('CREATE INDEX rm_case_summaries_list ON rm_case_summaries (opened_at DESC, case_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE rm_case_summaries');
    await runner.query('DROP TABLE rm_checkpoints');
  }
}
