import { enqueueWebhookEvent } from '@lemon/webhooks';
import { addDays, daysBetween } from '@lemon/state-rules';
import type { DataSource } from 'typeorm';

export interface DeadlineAlertSchedulerOptions {
  /** Days before the due date to warn, e.g. [30, 14, 7, 1]. */
  leadDays: readonly number[];
}

interface DueRow {
  deadline_id: string;
  case_id: string;
  organisation_id: string;
  jurisdiction: string;
  kind: string;
  title: string;
  due_on: string;
  due_is_estimate: boolean;
}

export interface AlertScanResult {
  raised: number;
  skipped: number;
}

/**
 * Raises `deadline.approaching` at each lead time and `deadline.missed` once, from the docket's
 * OPEN deadlines: exactly once per deadline and lead time across restarts and several workers
 * (the al_alerts primary key decides; only the inserting transaction queues webhooks). A deadline
 * that is met or no longer applies is not OPEN on the docket, so it raises nothing more.
 * A deadline first seen inside several lead windows raises only the nearest one.
 */
export class DeadlineAlertScheduler {
  private readonly leads: number[];

  constructor(
    private readonly dataSource: DataSource,
    options: DeadlineAlertSchedulerOptions,
  ) {
    this.leads = [...new Set(options.leadDays)].filter((d) => Number.isInteger(d) && d >= 0).sort((a, b) => b - a);
  }

  async scan(today: string, now: Date): Promise<AlertScanResult> {
    const horizon = addDays(today, this.leads[0] ?? 0);
    const due: DueRow[] = await this.dataSource.query(
      `SELECT deadline_id, case_id, organisation_id, jurisdiction, kind, title, to_char(due_on, 'YYYY-MM-DD') AS due_on, due_is_estimate
         FROM rm_deadlines WHERE status IN ('OPEN', 'UPCOMING') AND due_on IS NOT NULL AND due_on <= $1::date
        ORDER BY due_on, deadline_id`,
      [horizon],
    );
    const result: AlertScanResult = { raised: 0, skipped: 0 };
    for (const row of due) {
      const remaining = daysBetween(today, row.due_on);
      if (remaining < 0) {
        // A period's end (UPCOMING) passing is not a missed duty: nothing to alert.
        if (row.kind === 'rights_period_end') continue;
        if (await this.raise(row, 'deadline.missed', 0, [], today, now, remaining)) result.raised++;
        continue;
      }
      const applicable = this.leads.filter((lead) => lead >= remaining);
      if (applicable.length === 0) continue;
      const nearest = applicable[applicable.length - 1];
      const passed = applicable.slice(0, -1);
      if (await this.raise(row, 'deadline.approaching', nearest, passed, today, now, remaining)) result.raised++;
      else result.skipped++;
    }
    return result;
  }

  /** Records the alert (and the wider leads it supersedes) and queues its webhooks, in one transaction. */
  private raise(
    row: DueRow,
    type: 'deadline.approaching' | 'deadline.missed',
    lead: number,
    superseded: number[],
    today: string,
    now: Date,
    remaining: number,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO al_alerts (deadline_id, alert_kind, lead_days, case_id, outcome, raised_on, raised_at)
         VALUES ($1, $2, $3, $4, 'raised', $5, $6) ON CONFLICT DO NOTHING RETURNING deadline_id`,
        [row.deadline_id, type, lead, row.case_id, today, now],
      );
      if (inserted.length === 0) return false;
      for (const wider of superseded) {
        await manager.query(
          `INSERT INTO al_alerts (deadline_id, alert_kind, lead_days, case_id, outcome, raised_on, raised_at)
           VALUES ($1, $2, $3, $4, 'superseded', $5, $6) ON CONFLICT DO NOTHING`,
          [row.deadline_id, type, wider, row.case_id, today, now],
        );
      }
      await enqueueWebhookEvent(manager, {
        organisationId: row.organisation_id,
        type,
        dedupeKey: `${row.deadline_id}:${type}:${lead}`,
        data: {
          deadlineId: row.deadline_id,
          caseId: row.case_id,
          kind: row.kind,
          title: row.title,
          jurisdiction: row.jurisdiction,
          dueOn: row.due_on,
          dueIsEstimate: row.due_is_estimate,
          leadDays: lead,
          daysRemaining: remaining,
          links: { case: `/cases/${row.case_id}`, deadlines: `/cases/${row.case_id}/deadlines` },
        },
        now,
      });
      return true;
    });
  }
}
