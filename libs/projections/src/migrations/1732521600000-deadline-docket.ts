import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The deadline docket (rm_deadlines), alerts raised from it (al_alerts), and case ownership on summaries. */
export class DeadlineDocket1732521600000 implements MigrationInterface {
  name = 'DeadlineDocket1732521600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE rm_deadlines (
        deadline_id            text        PRIMARY KEY,
        case_id                uuid        NOT NULL,
        organisation_id        text        NOT NULL,
        jurisdiction           text        NOT NULL,
        kind                   text        NOT NULL,
        title                  text        NOT NULL,
        due_on                 date,
        due_is_estimate        boolean     NOT NULL,
        day_type               text        NOT NULL,
        status                 text        NOT NULL,
        status_reason          text,
        satisfied_by           jsonb,
        rule                   jsonb       NOT NULL,
        computation            text        NOT NULL,
        based_on               jsonb       NOT NULL,
        low_confidence         boolean     NOT NULL,
        low_confidence_reasons jsonb       NOT NULL,
        computed_on            date        NOT NULL,
        case_version           int         NOT NULL
      )`);
    await runner.query('CREATE INDEX rm_deadlines_case ON rm_deadlines (case_id)');
    await runner.query('CREATE INDEX rm_deadlines_org_due ON rm_deadlines (organisation_id, due_on, deadline_id)');
    await runner.query('CREATE INDEX rm_deadlines_due ON rm_deadlines (due_on, deadline_id)');
    await runner.query(`
      CREATE TABLE al_alerts (
        deadline_id text        NOT NULL,
        alert_kind  text        NOT NULL,
        lead_days   int         NOT NULL,
        case_id     uuid        NOT NULL,
        outcome     text        NOT NULL,
        raised_on   date        NOT NULL,
        raised_at   timestamptz NOT NULL,
        PRIMARY KEY (deadline_id, alert_kind, lead_days)
      )`);
    await runner.query("ALTER TABLE rm_case_summaries ADD COLUMN organisation_id text NOT NULL DEFAULT 'local'");
    await runner.query('CREATE INDEX rm_case_summaries_org ON rm_case_summaries (organisation_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE rm_case_summaries DROP COLUMN organisation_id');
    await runner.query('DROP TABLE al_alerts');
    await runner.query('DROP TABLE rm_deadlines');
  }
}
