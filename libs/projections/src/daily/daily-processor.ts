import { ACTOR_OF_KIND } from '@lemon/deadlines';
import type { EventStore } from '@lemon/event-store';
import type { DataSource } from 'typeorm';
import { chunksOf, readCaseHistories } from '../case-history/case-histories';
import { presumptionForStorage } from '../case-presumption/case-presumption';
import type { AlertScanResult, DeadlineAlertScheduler } from '../deadline-docket/deadline-alert-scheduler';
import { legalToday, nowOf, type LegalCalendar } from '../legal-day';

export interface DailyRunResult {
  legalDay: string;
  /** Docket rows whose last day was before this legal day: OPEN to MISSED (OVERDUE for a program's decision), UPCOMING to PASSED. */
  missed: number;
  /** Case-list rows whose stored presumption went stale and was re-evaluated for this day. */
  presumptionsRefreshed: number;
  alerts: AlertScanResult;
}

const CHUNK = 500;
/** Kinds whose late decision belongs to a dispute program: OVERDUE rather than MISSED (libs/deadlines decides this). */
const PROGRAM_KINDS = Object.entries(ACTOR_OF_KIND)
  .filter(([, actor]) => actor === 'program')
  .map(([kind]) => kind);
const PROCESSOR = 'daily';

/**
 * Moves what time alone changes, once at the start of each legal day in LEGAL_TIME_ZONE (the
 * injected clock's date there, never the UTC date): docket deadlines whose last day has passed go
 * from OPEN to MISSED, stale presumption statuses in the case list are re-evaluated from each
 * case's stream, and the day's deadline alerts are raised. `rm_daily_runs` remembers the last
 * legal day processed, so a restart or a second worker does not run a day twice (a second run
 * would change nothing anyway: every step is idempotent).
 */
export class DailyProcessor {
  constructor(private readonly deps: LegalCalendar & { dataSource: DataSource; store: EventStore; alerts: DeadlineAlertScheduler }) {}

  /** The legal day last processed, if any. */
  async lastProcessedDay(): Promise<string | undefined> {
    const rows: Array<{ legal_day: string }> = await this.deps.dataSource.query(
      "SELECT to_char(legal_day, 'YYYY-MM-DD') AS legal_day FROM rm_daily_runs WHERE processor = $1",
      [PROCESSOR],
    );
    return rows[0]?.legal_day;
  }

  /** Runs the day-start pass when the legal day changed since the last one; undefined when it had already run today. */
  async runIfDue(): Promise<DailyRunResult | undefined> {
    const today = legalToday(this.deps);
    const last = await this.lastProcessedDay();
    if (last !== undefined && last >= today) return undefined;
    return this.run(today);
  }

  async run(today: string): Promise<DailyRunResult> {
    const { dataSource } = this.deps;
    // The same statuses and reasons computeDeadlines gives on this day (libs/deadlines): a duty
    // becomes MISSED (OVERDUE for a program's decision), a period's UPCOMING end PASSED.
    const missed: unknown[] = await dataSource.query(
      `UPDATE rm_deadlines
          SET status = CASE WHEN status = 'UPCOMING' THEN 'PASSED' WHEN kind = ANY ($2::text[]) THEN 'OVERDUE' ELSE 'MISSED' END,
              status_reason = CASE
                WHEN status = 'UPCOMING' THEN regexp_replace(status_reason, '^The period ends on', 'The period ended on')
                WHEN kind = ANY ($2::text[]) THEN 'The program''s decision was due by ' || to_char(due_on, 'YYYY-MM-DD') ||
                  '. Nothing recorded satisfying it by ' || to_char(due_on, 'YYYY-MM-DD') || '.'
                ELSE 'Nothing recorded satisfying it by ' || to_char(due_on, 'YYYY-MM-DD') || '.' END,
              computed_on = $1::date
        WHERE status IN ('OPEN', 'UPCOMING') AND due_on < $1::date
      RETURNING deadline_id`,
      [today, PROGRAM_KINDS],
    );
    const presumptionsRefreshed = await this.refreshStalePresumptions(today);
    const alerts = await this.deps.alerts.scan(today, nowOf(this.deps));
    await dataSource.query(
      `INSERT INTO rm_daily_runs (processor, legal_day, ran_at) VALUES ($1, $2::date, now())
       ON CONFLICT (processor) DO UPDATE SET legal_day = greatest(rm_daily_runs.legal_day, EXCLUDED.legal_day), ran_at = now()`,
      [PROCESSOR, today],
    );
    return { legalDay: today, missed: missed.length, presumptionsRefreshed, alerts };
  }

  private async refreshStalePresumptions(today: string): Promise<number> {
    const { dataSource, store } = this.deps;
    const stale: Array<{ case_id: string; version: number; jurisdiction: string }> = await dataSource.query(
      `SELECT case_id, version, jurisdiction FROM rm_case_summaries
        WHERE presumption_stale_on IS NOT NULL AND presumption_stale_on <= $1::date ORDER BY case_id`,
      [today],
    );
    for (const chunk of chunksOf(stale, CHUNK)) {
      const histories = await readCaseHistories(store, new Map(chunk.map((r) => [r.case_id, r.version])));
      const updates = chunk
        .filter((r) => histories.has(r.case_id))
        .map((r) => ({
          case_id: r.case_id,
          version: r.version,
          ...presumptionForStorage(r.jurisdiction, histories.get(r.case_id)!, today),
        }));
      // Only rows still at the version judged: a newer event's projection already stored a fresher status.
      await dataSource.query(
        `UPDATE rm_case_summaries s
            SET presumption_status = u.status, presumption_evaluated_on = u."evaluatedOn", presumption_stale_on = u."staleOn"
           FROM jsonb_to_recordset($1::jsonb) AS u(case_id uuid, version int, status text, "evaluatedOn" date, "staleOn" date)
          WHERE s.case_id = u.case_id AND s.version = u.version`,
        [JSON.stringify(updates)],
      );
    }
    return stale.length;
  }
}
