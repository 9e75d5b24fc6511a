import { computeDeadlines, type Deadline } from '@lemon/deadlines';
import type { EntityManager } from 'typeorm';
import { toEnvelopes } from '../case-presumption/case-presumption';
import type { StoredCaseEvent } from '../case-summary/case-summary.entity';
import { DeadlineEntity } from './deadline.entity';

/**
 * Recomputes a case's docket rows from all its events (a corrected or voided input recomputes
 * every dependent deadline) and replaces the case's rows, in the caller's transaction.
 * Computed as of the date of the case's last event, so a rebuild gives identical rows.
 */
export async function refreshCaseDeadlines(
  manager: EntityManager,
  caseId: string,
  organisationId: string,
  jurisdiction: string,
  events: readonly StoredCaseEvent[],
): Promise<Deadline[]> {
  const computedOn = events[events.length - 1].recordedAt.slice(0, 10);
  const report = computeDeadlines({ events: toEnvelopes(events), asOf: computedOn });
  await manager.delete(DeadlineEntity, { caseId });
  if (report.deadlines.length > 0) {
    await manager.insert(
      DeadlineEntity,
      report.deadlines.map((d) => ({
        deadlineId: d.deadlineId,
        caseId,
        organisationId,
        jurisdiction,
        kind: d.kind,
        title: d.title,
        dueOn: d.dueOn,
        dueIsEstimate: d.dueIsEstimate,
        dayType: d.dayType,
        status: d.status,
        statusReason: d.statusReason ?? null,
        satisfiedBy: d.satisfiedBy ?? null,
        rule: d.rule,
        computation: d.computation,
        basedOn: d.basedOn,
        lowConfidence: d.lowConfidence,
        lowConfidenceReasons: d.lowConfidenceReasons,
        computedOn,
        caseVersion: events[events.length - 1].version,
      })),
    );
  }
  return report.deadlines;
}
