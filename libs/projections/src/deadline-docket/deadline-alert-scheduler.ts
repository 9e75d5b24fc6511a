import { enqueueWebhookEvent } from '@lemon/webhooks';
import { addDays, daysBetween } from '@lemon/state-rules';
import type { DataSource, EntityManager } from 'typeorm';

export interface DeadlineAlertSchedulerOptions {
  /** Days before the due date to warn, e.g. [30, 14, 7, 1]. */
  leadDays: readonly number[];
}

/** A deadline as alerts need it (a docket row, or a deadline the reactor just computed). */
export interface AlertableDeadline {
  deadline_id: string;
  case_id: string;
  organisation_id: string;
  jurisdiction: string;
  kind: string;
  title: string;
  due_on: string | null;
  due_is_estimate: boolean;
  status: string;
}

export interface DeadlineAlert {
  type: 'deadline.approaching' | 'deadline.missed';
  lead: number;
  /** Wider lead times passed without an alert (first seen inside several windows): recorded, not sent. */
  superseded: number[];
  remaining: number;
}

export interface AlertScanResult {
  raised: number;
  skipped: number;
}

/** Lead days, distinct, widest first. */
export const normaliseLeads = (leadDays: readonly number[]): number[] =>
  [...new Set(leadDays)].filter((d) => Number.isInteger(d) && d >= 0).sort((a, b) => b - a);

/**
 * The alert a deadline calls for on the legal date `today`: `deadline.missed` once its last day
 * has passed without it being met (stored MISSED, or OVERDUE when a dispute program's decision is
 * late, or still OPEN with its last day passed), else `deadline.approaching` at the nearest lead
 * time it is inside (OPEN duties, and a rights period's UPCOMING end). A period end passing
 * (PASSED) is not a missed duty; met and not-applicable deadlines call for nothing.
 */
export function alertFor(row: AlertableDeadline, today: string, leads: readonly number[]): DeadlineAlert | undefined {
  if (row.due_on === null) return undefined;
  const remaining = daysBetween(today, row.due_on);
  if (row.status === 'MISSED' || row.status === 'OVERDUE' || (row.status === 'OPEN' && remaining < 0))
    return { type: 'deadline.missed', lead: 0, superseded: [], remaining };
  if ((row.status !== 'OPEN' && row.status !== 'UPCOMING') || remaining < 0) return undefined;
  const applicable = leads.filter((lead) => lead >= remaining);
  if (applicable.length === 0) return undefined;
  return { type: 'deadline.approaching', lead: applicable[applicable.length - 1], superseded: applicable.slice(0, -1), remaining };
}

/**
 * Records the alert (and the wider leads it supersedes) and queues its webhooks, in the caller's
 * transaction. Exactly once per deadline, kind and lead time: the al_alerts primary key decides,
 * and only the inserting transaction queues webhooks. Returns whether this call raised it.
 */
export async function raiseDeadlineAlert(
  manager: EntityManager,
  row: AlertableDeadline,
  alert: DeadlineAlert,
  today: string,
  now: Date,
): Promise<boolean> {
  const { type, lead } = alert;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO al_alerts (deadline_id, alert_kind, lead_days, case_id, outcome, raised_on, raised_at)
     VALUES ($1, $2, $3, $4, 'raised', $5, $6) ON CONFLICT DO NOTHING RETURNING deadline_id`,
    [row.deadline_id, type, lead, row.case_id, today, now],
  );
  if (inserted.length === 0) return false;
  await recordRaised(manager, row, alert, today, now);
  return true;
}

/**
 * `raiseDeadlineAlert` for many deadlines in the caller's transaction, with ONE statement for the
 * common case (every alert raised already: the reactor sees the same deadlines on each event of a
 * case). Only the alerts this statement inserted record their superseded leads and queue webhooks,
 * so each is still raised exactly once. Returns how many were raised.
 */
export async function raiseDeadlineAlerts(
  manager: EntityManager,
  alerts: ReadonlyArray<{ row: AlertableDeadline; alert: DeadlineAlert }>,
  today: string,
  now: Date,
): Promise<number> {
  if (alerts.length === 0) return 0;
  const inserted: Array<{ deadline_id: string; alert_kind: string; lead_days: number }> = await manager.query(
    `INSERT INTO al_alerts (deadline_id, alert_kind, lead_days, case_id, outcome, raised_on, raised_at)
     SELECT deadline_id, alert_kind, lead_days, case_id, 'raised', $2::date, $3::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS a(deadline_id text, alert_kind text, lead_days int, case_id uuid)
     ON CONFLICT DO NOTHING RETURNING deadline_id, alert_kind, lead_days`,
    [
      JSON.stringify(
        alerts.map(({ row, alert }) => ({
          deadline_id: row.deadline_id,
          alert_kind: alert.type,
          lead_days: alert.lead,
          case_id: row.case_id,
        })),
      ),
      today,
      now,
    ],
  );
  const raised = new Set(inserted.map((r) => `${r.deadline_id}|${r.alert_kind}|${r.lead_days}`));
  for (const { row, alert } of alerts) {
    if (!raised.has(`${row.deadline_id}|${alert.type}|${alert.lead}`)) continue;
    await recordRaised(manager, row, alert, today, now);
  }
  return raised.size;
}

/** What follows the insert that raised an alert: the wider leads it supersedes, and its webhooks. */
async function recordRaised(manager: EntityManager, row: AlertableDeadline, alert: DeadlineAlert, today: string, now: Date): Promise<void> {
  const { type, lead, superseded, remaining } = alert;
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
}

/**
 * Scans the docket for the alerts that time alone brings: `deadline.approaching` as a lead time
 * arrives, `deadline.missed` once a deadline's last day has passed (or it was MISSED already when
 * computed). Safe across restarts and several workers (al_alerts decides). Run by the daily
 * processor at the start of each legal day and on the worker's scan interval; the alerts reactor
 * raises the same alerts as soon as a deadline is computed.
 */
export class DeadlineAlertScheduler {
  readonly leads: number[];

  constructor(
    private readonly dataSource: DataSource,
    options: DeadlineAlertSchedulerOptions,
  ) {
    this.leads = normaliseLeads(options.leadDays);
  }

  async scan(today: string, now: Date): Promise<AlertScanResult> {
    const horizon = addDays(today, this.leads[0] ?? 0);
    const due: AlertableDeadline[] = await this.dataSource.query(
      `SELECT deadline_id, case_id, organisation_id, jurisdiction, kind, title, to_char(due_on, 'YYYY-MM-DD') AS due_on,
              due_is_estimate, status
         FROM rm_deadlines d
        WHERE due_on IS NOT NULL
          AND ((status IN ('OPEN', 'UPCOMING') AND due_on <= $1::date) OR status IN ('MISSED', 'OVERDUE'))
          AND NOT EXISTS (SELECT 1 FROM al_alerts a WHERE a.deadline_id = d.deadline_id AND a.alert_kind = 'deadline.missed')
        ORDER BY due_on, deadline_id`,
      [horizon],
    );
    const result: AlertScanResult = { raised: 0, skipped: 0 };
    for (const row of due) {
      const alert = alertFor(row, today, this.leads);
      if (!alert) continue;
      const raised = await this.dataSource.transaction((manager) => raiseDeadlineAlert(manager, row, alert, today, now));
      if (raised) result.raised++;
      else result.skipped++;
    }
    return result;
  }
}
