import type { Deadline } from '@lemon/deadlines';
import type { EntityManager } from 'typeorm';
import type { StoredCaseEvent } from '../case-summary/case-summary.entity';
import { caseBasicsOf } from '../case-history/case-histories';
import { caseViewOf, type CaseView } from '../case-history/case-view';

/** A case's deadlines as of the legal date `today` (a corrected or voided input recomputes every dependent deadline). */
export function caseDeadlinesOf(events: readonly StoredCaseEvent[], today: string): Deadline[] {
  return caseViewOf(events, today)?.deadlines() ?? [];
}

/** The docket rows of a case (snake_case keys: the table's columns). */
export function docketRowsOf(caseId: string, events: readonly StoredCaseEvent[], today: string): Array<Record<string, unknown>> {
  const view = caseViewOf(events, today);
  return view ? docketRowsOfView(caseId, view, today) : [];
}

/** `docketRowsOf` from the case already folded (and judged) on `today`. */
export function docketRowsOfView(caseId: string, view: CaseView, today: string): Array<Record<string, unknown>> {
  const basics = caseBasicsOf(caseId, view.events, view.caseFile);
  if (!basics) return [];
  return view.deadlines().map((d) => ({
    deadline_id: d.deadlineId,
    case_id: caseId,
    organisation_id: basics.organisationId,
    shared_with: basics.sharedWith,
    jurisdiction: basics.file.jurisdiction,
    client_name: basics.clientName,
    model_year: basics.file.vehicle.modelYear,
    make: basics.file.vehicle.make,
    model: basics.file.vehicle.model,
    kind: d.kind,
    title: d.title,
    due_on: d.dueOn,
    due_is_estimate: d.dueIsEstimate,
    day_type: d.dayType,
    status: d.status,
    status_reason: d.statusReason ?? null,
    satisfied_by: d.satisfiedBy ?? null,
    rule: d.rule,
    computation: d.computation,
    based_on: d.basedOn,
    low_confidence: d.lowConfidence,
    low_confidence_reasons: d.lowConfidenceReasons,
    computed_on: today,
    case_version: basics.last.version,
  }));
}

const COLUMNS = [
  'deadline_id',
  'case_id',
  'organisation_id',
  'shared_with',
  'jurisdiction',
  'client_name',
  'model_year',
  'make',
  'model',
  'kind',
  'title',
  'due_on',
  'due_is_estimate',
  'day_type',
  'status',
  'status_reason',
  'satisfied_by',
  'rule',
  'computation',
  'based_on',
  'low_confidence',
  'low_confidence_reasons',
  'computed_on',
  'case_version',
];

/** Replaces the docket rows of these cases: one DELETE and one INSERT (rows as one JSON document). */
export async function replaceDocketRows(
  manager: EntityManager,
  caseIds: readonly string[],
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  if (caseIds.length === 0) return;
  await manager.query('DELETE FROM rm_deadlines WHERE case_id = ANY ($1::uuid[])', [caseIds]);
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO rm_deadlines (${COLUMNS.join(', ')})
     SELECT ${COLUMNS.join(', ')} FROM jsonb_populate_recordset(NULL::rm_deadlines, $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}
