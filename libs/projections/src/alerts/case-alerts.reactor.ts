import { CASE_STREAM_PREFIX } from '@lemon/domain';
import type { EventStore, RecordedEvent } from '@lemon/event-store';
import { enqueueWebhookEvent } from '@lemon/webhooks';
import type { EntityManager } from 'typeorm';
import { caseBasicsOf, touchedCases, type CaseBasics } from '../case-history/case-histories';
import { ProjectedCases } from '../case-history/projected-cases';
import { mapYielding } from '../case-history/yielding';
import {
  alertFor,
  normaliseLeads,
  raiseDeadlineAlerts,
  type AlertableDeadline,
  type DeadlineAlert,
} from '../deadline-docket/deadline-alert-scheduler';
import { legalToday, nowOf, type LegalCalendar } from '../legal-day';
import type { Projection } from '../projection';

export const CASE_ALERTS = { name: 'case-alerts', version: 1 } as const;

/**
 * A reactor, not a read model: it follows the log with its own checkpoint and turns what a batch
 * changed into webhook outbox rows, in the batch's transaction (so an alert is queued exactly when
 * the checkpoint moves past its cause).
 * - `case.presumption_met` when a case's presumption crosses into MET (its last status is kept in
 *   rx_case_presumptions, the reactor's own state);
 * - `deadline.missed` for a deadline already MISSED when first computed, and
 *   `deadline.approaching` for one computed inside a lead window (al_alerts keeps each once; the
 *   daily processor raises the ones time alone brings).
 * Never rebuilt: alerts are side effects, raised live once.
 */
export class CaseAlertsReactor implements Projection {
  readonly name = CASE_ALERTS.name;
  readonly version = CASE_ALERTS.version;
  readonly streamPrefix = CASE_STREAM_PREFIX;
  readonly reactor = true;
  private readonly leads: number[];
  private readonly cases: ProjectedCases;

  /** `cases`: the per-case state shared with the process's other consumers (else one of its own). */
  constructor(private readonly deps: LegalCalendar & { store: EventStore; leadDays: readonly number[]; cases?: ProjectedCases }) {
    this.leads = normaliseLeads(deps.leadDays);
    this.cases = deps.cases ?? new ProjectedCases(deps.store);
  }

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const today = legalToday(this.deps);
    const now = nowOf(this.deps);
    const views = await this.cases.viewsAt(touchedCases(events), today);
    const previous: Array<{ case_id: string; status: string }> = await manager.query(
      'SELECT case_id, status FROM rx_case_presumptions WHERE case_id = ANY ($1::uuid[])',
      [[...views.keys()]],
    );
    const before = new Map(previous.map((r) => [r.case_id, r.status]));
    const crossed: CaseBasics[] = [];
    const statuses: Array<{ case_id: string; status: string; case_version: number }> = [];
    const alerts: Array<{ row: AlertableDeadline; alert: DeadlineAlert }> = [];
    // Judging is CPU work (unless the case list or the docket judged this version already): give the event loop back between cases.
    await mapYielding(views, ([caseId, view]) => {
      const basics = caseBasicsOf(caseId, view.events, view.caseFile);
      if (!basics) return;
      const { status } = view.presumption();
      if (status === 'MET' && before.get(caseId) !== 'MET') crossed.push(basics);
      statuses.push({ case_id: caseId, status, case_version: basics.last.version });
      for (const deadline of view.deadlines()) {
        const row: AlertableDeadline = {
          deadline_id: deadline.deadlineId,
          case_id: caseId,
          organisation_id: basics.organisationId,
          jurisdiction: basics.file.jurisdiction,
          kind: deadline.kind,
          title: deadline.title,
          due_on: deadline.dueOn,
          due_is_estimate: deadline.dueIsEstimate,
          status: deadline.status,
        };
        const alert = alertFor(row, today, this.leads);
        if (alert) alerts.push({ row, alert });
      }
    });
    for (const { caseId, organisationId, file, last } of crossed) {
      await enqueueWebhookEvent(manager, {
        organisationId,
        type: 'case.presumption_met',
        dedupeKey: `presumption_met:${caseId}:v${last.version}`,
        data: {
          caseId,
          jurisdiction: file.jurisdiction,
          evaluatedOn: today,
          links: { case: `/cases/${caseId}`, presumption: `/cases/${caseId}/presumption` },
        },
        now,
      });
    }
    // Each case's last status, for the batch in one statement.
    if (statuses.length > 0)
      await manager.query(
        `INSERT INTO rx_case_presumptions (case_id, status, case_version)
         SELECT case_id, status, case_version FROM jsonb_to_recordset($1::jsonb) AS r(case_id uuid, status text, case_version int)
         ON CONFLICT (case_id) DO UPDATE SET status = EXCLUDED.status, case_version = EXCLUDED.case_version`,
        [JSON.stringify(statuses)],
      );
    await raiseDeadlineAlerts(manager, alerts, today, now);
  }

  async reset(): Promise<void> {
    throw new Error('the case-alerts reactor is never rebuilt: its alerts were raised live, once');
  }
}
